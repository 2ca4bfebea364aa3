/// Encodes validated briefs for `stages/ingest/briefs.csv`, in the same columns users write (read back by `BriefReader`).
public enum BriefCodec {
    static let baseHeader = [
        "brief_id", "brand", "niches", "keywords", "description", "platforms", "min_followers", "max_followers",
        "min_engagement_rate", "countries", "languages", "budget", "currency", "shortlist_size", "exclude",
    ]

    public static func write(_ briefs: [Brief], to path: String) throws {
        let weightNames = Set(briefs.flatMap(\.weights.keys)).sorted()
        let header = baseHeader + weightNames.map { "w_" + $0 }
        let f = NumberText.format
        let rows = briefs.map { b -> [String] in
            let minimum: String = b.minFollowers.map { String($0) } ?? ""
            let maximum: String = b.maxFollowers.map { String($0) } ?? ""
            let rate: String = f(b.minEngagementRate)
            var row: [String] = [b.id, b.brand, b.niches.joined(separator: "|"), b.keywords.joined(separator: "|")]
            row += [b.description, b.platforms.map(\.rawValue).joined(separator: "|"), minimum, maximum, rate]
            row += [b.countries.joined(separator: "|"), b.languages.joined(separator: "|"), f(b.budget), b.currency]
            row += [String(b.shortlistSize), b.exclude.joined(separator: "|")]
            return row + weightNames.map { f(b.weights[$0]) }
        }
        try IntermediateTable.write(path, header: header, rows: rows)
    }

    public static func read(_ path: String, taxonomy: NicheTaxonomy) throws -> [Brief] {
        var diagnostics = DiagnosticsCollector()
        return try BriefReader(taxonomy: taxonomy).read(path, diagnostics: &diagnostics).briefs
    }
}

/// Encodes scored candidates for `stages/score/candidates.csv`.
public enum CandidateCodec {
    public static let header = [
        "brief_id", "rank", "creator_id", "score", "niche", "relevance", "engagement", "tier", "engagement_rate", "flags", "why",
    ]

    public static func write(_ shortlists: [[ScoredCandidate]], tiers: [String: (String, Double?)], to path: String) throws {
        let f = NumberText.format
        try IntermediateTable.write(path, header: header, rows: shortlists.flatMap { $0 }.map { c in
            [c.briefID, String(c.rank), c.accountID, f(c.score), f(c.components.niche), f(c.components.relevance),
             f(c.components.engagement), tiers[c.accountID]?.0 ?? "", f(tiers[c.accountID]?.1 ?? nil),
             c.flags.joined(separator: "|"), c.why]
        })
    }

    /// Candidates with their tier and engagement rate, in file order.
    public static func read(_ path: String) throws -> [(candidate: ScoredCandidate, tier: String, engagementRate: Double?)] {
        let table = try IntermediateTable.read(path, required: header)
        return try table.rows.map { r in
            guard let rank = Int(r[1]), let score = Double(r[3]), let niche = Double(r[4]), let relevance = Double(r[5]),
                let engagement = Double(r[6])
            else { throw ScoutError.badIntermediate(path: path, reason: "bad candidate row for \(r[0]) \(r[2])") }
            var components = ScoreComponents()
            components.niche = niche
            components.relevance = relevance
            components.engagement = engagement
            let candidate = ScoredCandidate(
                briefID: r[0], rank: rank, accountID: r[2], score: score, components: components, why: r[10],
                flags: r[9].split(separator: "|").map(String.init))
            return (candidate, r[7], Double(r[8]))
        }
    }
}
