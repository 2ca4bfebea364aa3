/// Encodes scored candidates for `stages/score/candidates.csv`.
package enum CandidateCodec {
    package static let header = [
        "brief_id", "rank", "creator_id", "score", "niche", "relevance", "engagement", "authenticity", "audience",
        "commercial",
        "affinity", "tier", "engagement_rate", "flags", "why", "niche_source", "authenticity_confidence",
    ]

    package static func write(_ candidates: [ShortlistCandidate], to path: String) throws {
        let f = NumberText.format
        try IntermediateTable.write(
            path, header: header,
            rows: candidates.lazy.map { row -> [String] in
                let c = row.candidate
                var fields: [String] = [c.briefID, String(c.rank), c.accountID, f(c.score)]
                fields += c.components.values.map { f($0) }
                fields += [
                    row.tier, f(row.engagementRate), c.flags.joined(separator: "|"), c.why, c.nicheSource,
                    f(c.authenticityConfidence),
                ]
                return fields
            })
    }

    /// Candidates with their tier and engagement rate, in file order.
    package static func read(_ path: String) throws -> [ShortlistCandidate] {
        let table = try IntermediateTable.read(path, required: header)
        return try table.rows.map { r in
            let values = ScoreWeights.names.compactMap { Double(table.value(r, $0)) }
            guard let rank = Int(table.value(r, "rank")), let score = Double(table.value(r, "score")),
                values.count == ScoreWeights.names.count,
                let confidence = Double(table.value(r, "authenticity_confidence"))
            else {
                throw ScoutError.badIntermediate(
                    path: path,
                    reason: "bad candidate row for \(table.value(r, "brief_id")) \(table.value(r, "creator_id"))")
            }
            let flags = table.value(r, "flags")
            let candidate = ScoredCandidate(
                briefID: table.value(r, "brief_id"), rank: rank, accountID: table.value(r, "creator_id"), score: score,
                components: ScoreComponents(values: values), why: table.value(r, "why"),
                flags: flags.split(separator: "|").map(String.init), nicheSource: table.value(r, "niche_source"),
                authenticityConfidence: confidence)
            return ShortlistCandidate(
                candidate: candidate, tier: table.value(r, "tier"),
                engagementRate: Double(table.value(r, "engagement_rate")))
        }
    }
}
