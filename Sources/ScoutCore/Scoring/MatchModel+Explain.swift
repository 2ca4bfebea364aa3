import Foundation

extension MatchModel {
    /// A sentence a marketer can read, and the authenticity flags.
    ///
    /// `micro · beauty/skincare (exact) · matches 'spf', '日焼け止め' · ER 4.1% vs 2.6% micro median · JP audience ·
    /// already tags Glowlab · ¥30000 within ¥75000/creator budget`, then any authenticity warning.
    public func explain(_ brief: PreparedBrief, _ account: PreparedAccount, corpus: CorpusStatistics) -> (why: String, flags: [String]) {
        var parts: [String] = [account.tier]
        let niche = nicheMatch(brief, account)
        parts.append(niche.score > 0 ? niche.label : "no niche match")
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
            if !account.language.isEmpty { text += " · " + account.language + (account.languageInferred ? " (from bio)" : "") }
            parts.append(text)
        }
        let affinity = affinity(brief, account)
        if !affinity.note.isEmpty { parts.append(affinity.note) }
        let commercial = commercial(brief, account, corpus: corpus)
        if !commercial.note.isEmpty { parts.append(commercial.note) }
        let flags = account.authenticity.flags.map(\.rawValue)
        if !flags.isEmpty { parts.append("authenticity \(String(format: "%.2f", account.authenticity.score)) (\(flags.joined(separator: ", ")))") }
        return (parts.joined(separator: " · "), flags)
    }

    static func percent(_ fraction: Double) -> String {
        String(format: "%.1f%%", fraction * 100)
    }
}
