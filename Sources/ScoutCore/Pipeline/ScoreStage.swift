/// Stage 3: score accounts against briefs and keep each brief's top K.
public enum ScoreStage {
    public static func run(briefs: [Brief], accounts: [CreatorAccount], reference: ReferenceData, threads: Int?,
                           minAuthenticity: Double = MatchModel.defaultMinAuthenticity, minFit: Double = MatchModel.defaultMinFit,
                           diagnostics: inout DiagnosticsCollector) -> ScoringResult {
        ScoringEngine(model: MatchModel(reference: reference, minAuthenticity: minAuthenticity, minFit: minFit), threads: threads)
            .score(briefs: briefs, accounts: accounts, diagnostics: &diagnostics)
    }

    /// Writes `candidates.csv`, the per-brief funnels (`funnels.csv`), the night's authenticity numbers
    /// (`authenticity.json`), the accounts excluded as inauthentic (`inauthentic.csv`) and the diagnostics.
    public static func write(_ result: ScoringResult, accounts: [CreatorAccount], reference: ReferenceData,
                             minAuthenticity: Double = MatchModel.defaultMinAuthenticity,
                             diagnostics: DiagnosticsCollector, to layout: RunLayout) throws {
        var tiers: [String: (String, Double?)] = [:]
        for (id, i) in accounts.firstPositions(of: Set(result.shortlists.flatMap { $0.map(\.accountID) })) {
            tiers[id] = (reference.tiers.tier(platform: accounts[i].platform, followers: accounts[i].followers),
                         MatchModel.engagementRate(of: accounts[i]))
        }
        try CandidateCodec.write(result.shortlists, tiers: tiers, to: layout.candidates)
        try FunnelCodec.write(result.funnels, to: layout.scoreFunnels)
        try IntermediateTable.writeJSON(result.authenticity, to: layout.scoreAuthenticity)
        let model = MatchModel(reference: reference, minAuthenticity: minAuthenticity)
        try IntermediateTable.write(layout.scoreInauthentic, header: AuthenticityReport.header, rows: AuthenticityReport.rows(accounts, model: model))
        try RunLayout.writeDiagnostics(diagnostics, to: layout.scoreDiagnostics)
    }
}
