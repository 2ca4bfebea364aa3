/// Encodes validated briefs for `stages/ingest/briefs.csv`, in the same columns users write (read back by `BriefReader`).
public enum BriefCodec {
    static let baseHeader = [
        "brief_id", "brand", "niches", "keywords", "description", "platforms", "min_followers", "max_followers",
        "min_engagement_rate", "countries", "languages", "budget", "currency", "shortlist_size", "exclude",
        "max_per_country", "tier", "primary_niches", "min_fit", "unknown_country", "unknown_language",
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
            row += [String(b.shortlistSize), b.exclude.joined(separator: "|"), b.maxPerCountry.map { String($0) } ?? "", b.tiers.joined(separator: "|")]
            row += [b.primaryNiches.joined(separator: "|"), f(b.minFit), b.unknownCountry.rawValue, b.unknownLanguage.rawValue]
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
        "brief_id", "rank", "creator_id", "score", "niche", "relevance", "engagement", "authenticity", "audience", "commercial",
        "affinity", "tier", "engagement_rate", "flags", "why", "niche_source", "authenticity_confidence",
    ]

    public static func write(_ shortlists: [[ScoredCandidate]], tiers: [String: (String, Double?)], to path: String) throws {
        let f = NumberText.format
        try IntermediateTable.write(path, header: header, rows: shortlists.flatMap { $0 }.map { c -> [String] in
            let tier: (String, Double?)? = tiers[c.accountID]
            var row: [String] = [c.briefID, String(c.rank), c.accountID, f(c.score)]
            row += c.components.values.map { f($0) }
            row += [tier?.0 ?? "", f(tier?.1 ?? nil), c.flags.joined(separator: "|"), c.why, c.nicheSource, f(c.authenticityConfidence)]
            return row
        })
    }

    /// Candidates with their tier and engagement rate, in file order.
    public static func read(_ path: String) throws -> [(candidate: ScoredCandidate, tier: String, engagementRate: Double?)] {
        let table = try IntermediateTable.read(path, required: header)
        return try table.rows.map { r in
            let values = ScoreWeights.names.map { Double(table.value(r, $0)) }
            guard let rank = Int(table.value(r, "rank")), let score = Double(table.value(r, "score")), !values.contains(nil),
                  let confidence = Double(table.value(r, "authenticity_confidence")) else {
                throw ScoutError.badIntermediate(path: path, reason: "bad candidate row for \(table.value(r, "brief_id")) \(table.value(r, "creator_id"))")
            }
            let flags = table.value(r, "flags")
            let candidate = ScoredCandidate(
                briefID: table.value(r, "brief_id"), rank: rank, accountID: table.value(r, "creator_id"), score: score,
                components: ScoreComponents(values: values.map { $0! }), why: table.value(r, "why"),
                flags: flags.split(separator: "|").map(String.init), nicheSource: table.value(r, "niche_source"),
                authenticityConfidence: confidence)
            return (candidate, table.value(r, "tier"), Double(table.value(r, "engagement_rate")))
        }
    }
}
