/// Encodes validated briefs for `stages/ingest/briefs.csv`, in the same columns users write (read back by `BriefReader`).
package enum BriefCodec {
    static let baseHeader = [
        "brief_id", "brand", "niches", "keywords", "description", "platforms", "min_followers", "max_followers",
        "min_engagement_rate", "countries", "languages", "budget", "currency", "shortlist_size", "exclude",
        "max_per_country", "tier", "primary_niches", "min_fit", "unknown_country", "unknown_language",
    ]

    package static func write(_ briefs: [Brief], to path: String) throws {
        let weightNames = Set(briefs.flatMap(\.weights.keys)).sorted()
        // `include_contact` only when a brief sets it, so briefs without it keep the stage file's columns.
        let contact = briefs.contains(where: \.includeContact)
        // Likewise the list rules, only when a brief sets one.
        let rules = briefs.contains {
            $0.budgetMode != .perCreator || $0.maxPerPlatform != nil || !$0.platformMix.isEmpty
        }
        let audience = briefs.contains {
            !$0.audience.isEmpty || $0.audience.minShare != AudienceTarget.defaultMinShare
        }
        // The outreach windows likewise only when a brief sets one.
        let windows = briefs.contains { $0.declinedDays != nil || $0.pitchedDays != nil || $0.conflictDays != nil }
        let relationships = briefs.contains { $0.relationshipMode != nil || $0.relationshipBoost != nil }
        // Seeds and campaign hashtags likewise.
        let seeds = briefs.contains { !$0.seedCreators.isEmpty || $0.seedWeight != nil }
        let hashtags = briefs.contains { !$0.campaignHashtags.isEmpty }
        let outcomes = briefs.contains { $0.outcomesWeight != nil }
        let header =
            baseHeader + (contact ? ["include_contact"] : [])
            + (rules ? ["budget_mode", "max_per_platform", "platform_mix"] : [])
            + (audience ? ["audience_gender", "audience_age", "min_audience_share"] : [])
            + (windows ? ["declined_days", "pitched_days", "conflict_days"] : [])
            + (relationships ? ["relationship_mode", "relationship_boost"] : [])
            + (seeds ? ["seed_creators", "seed_weight"] : []) + (hashtags ? ["campaign_hashtags"] : [])
            + (outcomes ? ["outcomes_weight"] : [])
            + weightNames.map { "w_" + $0 }
        let f = NumberText.format
        let rows = briefs.map { b -> [String] in
            let minimum: String = b.minFollowers.map { String($0) } ?? ""
            let maximum: String = b.maxFollowers.map { String($0) } ?? ""
            let rate: String = f(b.minEngagementRate)
            var row: [String] = [b.id, b.brand, b.niches.joined(separator: "|"), b.keywords.joined(separator: "|")]
            row += [b.description, b.platforms.map(\.rawValue).joined(separator: "|"), minimum, maximum, rate]
            row += [b.countries.joined(separator: "|"), b.languages.joined(separator: "|"), f(b.budget), b.currency]
            row += [
                String(b.shortlistSize), b.exclude.joined(separator: "|"), b.maxPerCountry.map { String($0) } ?? "",
                b.tiers.joined(separator: "|"),
            ]
            row += [
                b.primaryNiches.joined(separator: "|"), f(b.minFit), b.unknownCountry.rawValue,
                b.unknownLanguage.rawValue,
            ]
            if contact { row.append(b.includeContact ? "yes" : "no") }
            if rules {
                let mix = Platform.allCases.compactMap { p in b.platformMix[p].map { "\(p.rawValue):\($0)" } }
                row += [b.budgetMode.rawValue, b.maxPerPlatform.map { String($0) } ?? "", mix.joined(separator: "|")]
            }
            if audience {
                row += [
                    b.audience.gender?.rawValue ?? "", b.audience.ages.map(\.label).joined(separator: "|"),
                    f(b.audience.minShare),
                ]
            }
            if windows { row += [b.declinedDays, b.pitchedDays, b.conflictDays].map { $0.map { String($0) } ?? "" } }
            if relationships { row += [b.relationshipMode?.rawValue ?? "", f(b.relationshipBoost)] }
            if seeds { row += [b.seedCreators.joined(separator: "|"), f(b.seedWeight)] }
            if hashtags { row.append(b.campaignHashtags.joined(separator: "|")) }
            if outcomes { row.append(f(b.outcomesWeight)) }
            return row + weightNames.map { f(b.weights[$0]) }
        }
        try IntermediateTable.write(path, header: header, rows: rows)
    }

    package static func read(_ path: String, taxonomy: NicheTaxonomy) throws -> [Brief] {
        var diagnostics = DiagnosticsCollector()
        return try BriefReader(taxonomy: taxonomy).read(path, diagnostics: &diagnostics).briefs
    }
}
