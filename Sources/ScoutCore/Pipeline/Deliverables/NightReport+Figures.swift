/// The figures the workbook's charts, the report's charts and the summary share, computed from the night.
extension NightReport {
    /// Score bands on the 0–100 scale: `0–9`, `10–19`, …, `90–100`.
    public static let scoreBands = (0..<10).map { $0 == 9 ? "90–100" : "\($0 * 10)–\($0 * 10 + 9)" }

    /// How many rows fall in each score band, across every brief and per brief id (one pass over the rows).
    public func scoreBandCounts() -> (all: [Int], byBrief: [String: [Int]]) {
        let empty = Array(repeating: 0, count: Self.scoreBands.count)
        var all = empty
        var byBrief: [String: [Int]] = [:]
        for i in rows.indices {
            let band = min(max(Int((rows[i].score * 100).rounded(.down)) / 10, 0), 9)
            all[band] += 1
            byBrief[rows[i].briefID, default: empty][band] += 1
        }
        return (all, byBrief)
    }

    /// Shortlisted rows per tier, smallest tier first (tiers ordered by their smallest follower count tonight).
    public var tierMix: [(tier: String, count: Int)] {
        var counts: [String: Int] = [:]
        var smallest: [String: Int] = [:]
        for row in rows {
            let tier = row.tier.isEmpty ? "unknown" : row.tier
            counts[tier, default: 0] += 1
            smallest[tier] = min(smallest[tier] ?? .max, row.followers)
        }
        return counts.keys.sorted { (smallest[$0]!, $0) < (smallest[$1]!, $1) }.map { ($0, counts[$0]!) }
    }

    /// Where the night's creator rows went, from rows read to shortlisted places.
    public var funnel: [(step: String, count: Int)] {
        [
            ("Rows read", totals.rowsRead), ("Quarantined", totals.rowsQuarantined),
            ("Merged as duplicates", totals.rowsMerged),
            ("Accounts after dedupe", totals.creators), ("People", totals.people),
            ("Kept off: need a check", totals.excludedInauthentic),
            ("Shortlisted (all briefs)", rows.count),
        ]
    }
}
