import Foundation

/// A brief prepared for scoring: niches resolved to taxonomy ids, keywords tokenised, exclusions parsed.
public struct PreparedBrief: Sendable {
    public var brief: Brief
    public var nicheIDs: [String]
    /// Each keyword as its tokens (all must occur), with its display text.
    public var keywords: [(text: String, tokens: [String], joined: String)]
    public var excludedHandles: Set<String>
    public var excludedWords: [[String]]
    public var weights: ScoreWeights
}

/// An account prepared for scoring: tier, benchmark, niche ids and the tokens of what it posts about.
public struct PreparedAccount: Sendable {
    public var account: CreatorAccount
    public var tier: String
    public var engagementRate: Double?
    public var benchmark: EngagementBenchmark?
    public var nicheIDs: [String]
    public var tokens: Set<String>
}

/// The match model: hard filters, then niche, relevance and engagement components (see README "Scoring").
public struct MatchModel: Sendable {
    public var reference: ReferenceData

    public init(reference: ReferenceData) { self.reference = reference }

    public func prepare(_ brief: Brief, diagnostics: inout DiagnosticsCollector) -> PreparedBrief {
        var nicheIDs: [String] = []
        for label in brief.niches {
            if let id = reference.taxonomy.resolve(label) { nicheIDs.append(id) } else {
                diagnostics.warning("unknown_niche", file: nil, line: brief.line, "brief \(brief.id): niche '\(label)' is not in the taxonomy")
            }
        }
        let keywords = brief.keywords.map { keyword -> (String, [String], String) in
            let tokens = TextTokens.tokens(keyword)
            return (keyword, tokens, tokens.joined())
        }.filter { !$0.1.isEmpty }
        let handles = brief.exclude.compactMap { HandleParsing.parse($0)?.handle }
        return PreparedBrief(
            brief: brief, nicheIDs: nicheIDs, keywords: keywords, excludedHandles: Set(handles),
            excludedWords: brief.exclude.map(TextTokens.tokens).filter { !$0.isEmpty },
            weights: ScoreWeights(overrides: brief.weights))
    }

    public func prepare(_ account: CreatorAccount, unknownNiches: inout Set<String>) -> PreparedAccount {
        let tier = reference.tiers.tier(platform: account.platform, followers: account.followers)
        var nicheIDs: [String] = []
        for label in account.niches {
            if let id = reference.taxonomy.resolve(label) { if !nicheIDs.contains(id) { nicheIDs.append(id) } } else {
                unknownNiches.insert(label)
            }
        }
        let text = [account.bio, account.captions, account.hashtags.joined(separator: " "), account.displayName].joined(separator: " ")
        var tokens = Set(TextTokens.tokens(text))
        tokens.formUnion(account.hashtags.map { TextTokens.tokens($0).joined() })
        return PreparedAccount(
            account: account, tier: tier, engagementRate: account.engagementRate,
            benchmark: reference.benchmarks.benchmark(platform: account.platform, tier: tier),
            nicheIDs: nicheIDs, tokens: tokens)
    }

    /// Why `account` cannot be on `brief`'s shortlist at all, or `nil` when it passes every hard filter.
    public func exclusion(_ brief: PreparedBrief, _ account: PreparedAccount) -> String? {
        let b = brief.brief, a = account.account
        if !b.platforms.isEmpty && !b.platforms.contains(a.platform) { return "platform" }
        if let low = b.minFollowers, a.followers < low { return "followers_below_min" }
        if let high = b.maxFollowers, a.followers > high { return "followers_above_max" }
        if let minimum = b.minEngagementRate, (account.engagementRate ?? 0) < minimum { return "engagement_below_min" }
        if !b.countries.isEmpty && !b.countries.contains(a.country) && !b.countries.contains(a.audienceCountry) { return "country" }
        if !b.languages.isEmpty && !b.languages.contains(a.language) { return "language" }
        if brief.excludedHandles.contains(a.handle) { return "excluded_handle" }
        for words in brief.excludedWords where words.allSatisfy(account.tokens.contains) { return "excluded_competitor" }
        return nil
    }

    /// The score components; the caller has checked `exclusion` first.
    public func components(_ brief: PreparedBrief, _ account: PreparedAccount, idf: [String: Double]) -> ScoreComponents {
        var components = ScoreComponents()
        components.niche = nicheMatch(brief, account).score
        components.relevance = relevance(brief, account, idf: idf).score
        components.engagement = engagement(account).score
        return components
    }

    /// The best taxonomy similarity between any brief niche and any creator niche.
    func nicheMatch(_ brief: PreparedBrief, _ account: PreparedAccount) -> (score: Double, label: String) {
        var best = (score: 0.0, label: "")
        for briefNiche in brief.nicheIDs {
            for creatorNiche in account.nicheIDs {
                let (score, relation) = reference.taxonomy.similarity(brief: briefNiche, creator: creatorNiche)
                if score > best.score { best = (score, "\(creatorNiche) (\(relation))") }
            }
        }
        return best
    }

    /// IDF-weighted share of the brief's keywords found in the creator's bio, captions and hashtags.
    func relevance(_ brief: PreparedBrief, _ account: PreparedAccount, idf: [String: Double]) -> (score: Double, matched: [String]) {
        guard !brief.keywords.isEmpty else { return (0, []) }
        var total = 0.0, found = 0.0
        var matched: [String] = []
        for keyword in brief.keywords {
            let weight = keyword.tokens.map { idf[$0] ?? 1 }.max() ?? 1
            total += weight
            if keyword.tokens.allSatisfy(account.tokens.contains) || account.tokens.contains(keyword.joined) {
                found += weight
                matched.append(keyword.text)
            }
        }
        return (total > 0 ? found / total : 0, matched)
    }

    /// Engagement against the platform-and-tier median: twice the median or more scores 1; above the
    /// benchmark's plausible maximum scores 0.25 (it is more likely bought than earned).
    func engagement(_ account: PreparedAccount) -> (score: Double, ratio: Double?, flag: String?) {
        guard let rate = account.engagementRate, let benchmark = account.benchmark else { return (0, nil, nil) }
        let ratio = rate / benchmark.median
        if rate > benchmark.high { return (0.25, ratio, "er_implausible") }
        return (min(ratio, 2) / 2, ratio, rate < benchmark.low ? "er_low" : nil)
    }

    /// A sentence a marketer can read: tier, niche, matched terms, engagement against the tier median, country.
    public func explain(_ brief: PreparedBrief, _ account: PreparedAccount, idf: [String: Double]) -> (why: String, flags: [String]) {
        var parts: [String] = [account.tier]
        let niche = nicheMatch(brief, account)
        parts.append(niche.score > 0 ? niche.label : "no niche match")
        let matched = relevance(brief, account, idf: idf).matched
        if !matched.isEmpty { parts.append("matches " + matched.map { "'\($0)'" }.joined(separator: ", ")) }
        let engagement = engagement(account)
        var flags: [String] = []
        if let rate = account.engagementRate, let benchmark = account.benchmark {
            parts.append("ER \(Self.percent(rate)) vs \(Self.percent(benchmark.median)) \(account.tier) median")
        } else {
            parts.append("no engagement data")
        }
        if let flag = engagement.flag { flags.append(flag) }
        let country = account.account.country.isEmpty ? account.account.audienceCountry : account.account.country
        if !country.isEmpty { parts.append(country + (account.account.language.isEmpty ? "" : "/" + account.account.language)) }
        return (parts.joined(separator: " · "), flags)
    }

    static func percent(_ fraction: Double) -> String {
        String(format: "%.1f%%", fraction * 100)
    }
}
