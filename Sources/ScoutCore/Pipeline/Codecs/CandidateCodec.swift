/// Encodes scored candidates for `stages/score/candidates.csv`.
public enum CandidateCodec {
    public static let header = [
        "brief_id", "rank", "creator_id", "score", "niche", "relevance", "engagement", "authenticity", "audience", "commercial",
        "affinity", "tier", "engagement_rate", "flags", "why",
    ]

    public static func write(_ shortlists: [[ScoredCandidate]], tiers: [String: (String, Double?)], to path: String) throws {
        let f = NumberText.format
        try IntermediateTable.write(path, header: header, rows: shortlists.flatMap { $0 }.map { c -> [String] in
            let tier: (String, Double?)? = tiers[c.accountID]
            var row: [String] = [c.briefID, String(c.rank), c.accountID, f(c.score)]
            row += c.components.values.map { f($0) }
            row += [tier?.0 ?? "", f(tier?.1 ?? nil), c.flags.joined(separator: "|"), c.why]
            return row
        })
    }

    /// Candidates with their tier and engagement rate, in file order.
    public static func read(_ path: String) throws -> [(candidate: ScoredCandidate, tier: String, engagementRate: Double?)] {
        let table = try IntermediateTable.read(path, required: header)
        return try table.rows.map { r in
            let values = ScoreWeights.names.map { Double(table.value(r, $0)) }
            guard let rank = Int(table.value(r, "rank")), let score = Double(table.value(r, "score")), !values.contains(nil) else {
                throw ScoutError.badIntermediate(path: path, reason: "bad candidate row for \(table.value(r, "brief_id")) \(table.value(r, "creator_id"))")
            }
            let flags = table.value(r, "flags")
            let candidate = ScoredCandidate(
                briefID: table.value(r, "brief_id"), rank: rank, accountID: table.value(r, "creator_id"), score: score,
                components: ScoreComponents(values: values.map { $0! }), why: table.value(r, "why"),
                flags: flags.split(separator: "|").map(String.init))
            return (candidate, table.value(r, "tier"), Double(table.value(r, "engagement_rate")))
        }
    }
}
