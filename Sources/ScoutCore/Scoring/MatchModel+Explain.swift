import Foundation

extension MatchModel {
    /// A sentence a marketer can read, and the authenticity flags.
    ///
    /// `micro · beauty/skincare (exact, inferred 0.68 from hashtags, bio) · matches 'spf', '日焼け止め' · ER 4.1% vs
    /// 2.6% micro median · JP audience · already tags Glowlab · ¥30000 within ¥75000/creator budget`, then the
    /// authenticity verdict: `needs a check: only 1 post; follows 2,164 accounts, 18× its followers (authenticity 0.31)`.
    public func explain(_ brief: PreparedBrief, _ account: PreparedAccount, corpus: CorpusStatistics) -> (
        why: String, flags: [String]
    ) {
        var parts: [String] = [account.tier]
        let niche = nicheMatch(brief, account)
        if niche.score > 0 {
            parts.append(nicheText(niche.label, account: account))
        } else if !brief.nicheIDs.isEmpty {
            parts.append("no niche match")
        }
        let matched = matchedKeywords(brief, account)
        if !matched.isEmpty { parts.append("matches " + matched.map { "'\($0)'" }.joined(separator: ", ")) }
        if let rate = account.engagementRate, let benchmark = account.benchmark {
            parts.append("ER \(Self.percent(rate)) vs \(Self.percent(benchmark.median)) \(account.tier) median")
        } else {
            parts.append("no engagement data")
        }
        let audience = audience(brief, account)
        if !audience.label.isEmpty {
            var text = audience.label + (audience.label == account.account.country ? "" : " audience")
            if !account.language.isEmpty {
                text += " · " + account.language + (account.languageInferred ? " (from bio)" : "")
            }
            parts.append(text)
        }
        if let demographics = demographicsText(brief.brief.audience, account.account.audience) {
            parts.append(demographics)
        }
        let affinity = affinity(brief, account)
        if !affinity.note.isEmpty { parts.append(affinity.note) }
        let commercial = commercial(brief, account, corpus: corpus)
        if !commercial.note.isEmpty { parts.append(commercial.note) }
        if let verdict = authenticityText(account.authenticity, account: account.account, tier: account.tier) {
            parts.append(verdict)
        }
        return (parts.joined(separator: " · "), account.authenticity.flags.map(\.rawValue))
    }

    /// The audience a brief targets, as the export reports it: `64% women, 58% aged 18–34`; `audience demographics
    /// unknown` when the export has none of them; `nil` when the brief targets none.
    func demographicsText(_ target: AudienceTarget, _ audience: AudienceDemographics) -> String? {
        guard !target.isEmpty else { return nil }
        var parts: [String] = []
        if let gender = target.gender, let share = Self.genderShare(gender, audience) {
            parts.append("\(Int((share * 100).rounded()))% \(gender.rawValue)")
        }
        if !target.ages.isEmpty, let share = audience.share(of: target.ages) {
            parts.append("\(Int((share * 100).rounded()))% aged \(target.ageLabel)")
        }
        return parts.isEmpty ? "audience demographics unknown" : parts.joined(separator: ", ")
    }

    /// `beauty/skincare (exact, stated)` or `beauty/skincare (exact, inferred 0.68 from hashtags, bio)`.
    func nicheText(_ label: String, account: PreparedAccount) -> String {
        guard label.hasSuffix(")"), let id = label.split(separator: " ").first.map(String.init) else { return label }
        let head = String(label.dropLast())
        if account.nicheSource == .inferred, let inferred = account.inferredNiches.first(where: { $0.id == id }) {
            return head + ", inferred \(NumberText.fixed(inferred.confidence, 2)) from "
                + inferred.sources.map(\.rawValue).joined(separator: ", ") + ")"
        }
        return head + ", stated)"
    }

    /// The verdict on authenticity in words, or `nil` when there is nothing to say: `needs a check: …` below
    /// `Authenticity.needsCheckBelow`, else the listed signals, and a note when the evidence is thin.
    public func authenticityText(_ authenticity: Authenticity, account: CreatorAccount, tier: String) -> String? {
        let reasons = authenticity.signals.map { reason($0, account: account, tier: tier) }
        let score = NumberText.fixed(authenticity.score, 2)
        var text: String?
        if authenticity.needsCheck {
            text = "needs a check: " + reasons.joined(separator: "; ") + " (authenticity \(score))"
        } else if !reasons.isEmpty {
            text = "authenticity \(score): " + reasons.joined(separator: "; ")
        }
        if authenticity.confidence < AuthenticitySummary.lowConfidenceBelow {
            let missing = missingEvidence(account)
            let note =
                "thin authenticity evidence" + (missing.isEmpty ? "" : " (no " + missing.joined(separator: ", ") + ")")
            text = text.map { $0 + "; " + note } ?? note
        }
        return text
    }

    /// The kinds of evidence the export did not carry for `account`.
    func missingEvidence(_ account: CreatorAccount) -> [String] {
        var missing: [String] = []
        if account.following == nil { missing.append("following") }
        if account.posts == nil { missing.append("posts") }
        if Self.engagementRate(of: account) == nil { missing.append("engagement") }
        return missing
    }

    /// One signal in words: `only 2 posts`, `follows 2,164 accounts, 17.9× its followers`, `engagement 0.04% per
    /// follower vs 2.6% typical for instagram mega`, `3 comments per 10,000 likes`…
    public func reason(_ signal: AuthenticitySignal, account: CreatorAccount, tier: String) -> String {
        let g = BriefFunnel.grouped
        switch signal.flag {
        case .fewPosts:
            let posts = Int(signal.value)
            return posts == 0 ? "no posts" : "only \(posts) post\(posts == 1 ? "" : "s")"
        case .massFollowing:
            let following = g(Int(signal.value))
            return signal.norm >= 1
                ? "follows \(following) accounts, \(String(format: "%.1f", signal.norm))× its followers"
                : "follows \(following) accounts"
        case .erFarBelowTier, .erFarAboveTier:
            return
                "engagement \(Self.percent(signal.value)) per follower vs \(Self.percent(signal.norm)) typical for \(account.platform.rawValue) \(tier)"
        case .likesViewsAnomaly:
            return
                "engagement \(Self.percent(signal.value)) per view vs \(Self.percent(signal.norm)) typical for \(account.platform.rawValue)"
        case .commentsLikesAnomaly:
            return signal.value < 0.01
                ? "\(String(format: "%.1f", signal.value * 10_000)) comments per 10,000 likes"
                : "\(String(format: "%.2f", signal.value)) comments per like"
        case .digitHandle:
            return "a run of \(Int(signal.value)) digits in the handle"
        case .heavySponsored:
            return "\(Int((signal.value * 100).rounded()))% of posts sponsored"
        case .followerSpike:
            return "follower count jumped between snapshots"
        case .lowAudienceCredibility:
            return "audience credibility \(Int((signal.value * 100).rounded()))% (under 75% is often a sign of fraud)"
        }
    }

    /// A rate as a percentage: two decimals below 1 % (`0.11%`), one above (`4.2%`), `<0.01%` below that.
    static func percent(_ fraction: Double) -> String {
        if fraction > 0 && fraction < 0.0001 { return "<0.01%" }
        return String(format: fraction < 0.01 ? "%.2f%%" : "%.1f%%", fraction * 100)
    }
}
