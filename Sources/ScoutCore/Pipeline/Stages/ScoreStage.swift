/// Stage 3: score accounts against briefs and keep each brief's top K.
public enum ScoreStage {
    public static func run(briefs: [Brief], accounts: [CreatorAccount], reference: ReferenceData, threads: Int?,
                           minAuthenticity: Double = MatchModel.defaultMinAuthenticity,
                           diagnostics: inout DiagnosticsCollector) -> [[ScoredCandidate]] {
        ScoringEngine(model: MatchModel(reference: reference, minAuthenticity: minAuthenticity), threads: threads)
            .run(briefs: briefs, accounts: accounts, diagnostics: &diagnostics)
    }

    /// Writes `candidates.csv`, the accounts excluded as inauthentic (`inauthentic.csv`) and the diagnostics.
    public static func write(_ shortlists: [[ScoredCandidate]], accounts: [CreatorAccount], reference: ReferenceData,
                             minAuthenticity: Double = MatchModel.defaultMinAuthenticity,
                             diagnostics: DiagnosticsCollector, to layout: RunLayout) throws {
        var tiers: [String: (String, Double?)] = [:]
        for (id, i) in accounts.firstPositions(of: Set(shortlists.flatMap { $0.map(\.accountID) })) {
            tiers[id] = (reference.tiers.tier(platform: accounts[i].platform, followers: accounts[i].followers),
                         MatchModel.engagementRate(of: accounts[i]))
        }
        try CandidateCodec.write(shortlists, tiers: tiers, to: layout.candidates)
        let model = MatchModel(reference: reference, minAuthenticity: minAuthenticity)
        try IntermediateTable.write(layout.scoreInauthentic, header: AuthenticityReport.header, rows: AuthenticityReport.rows(accounts, model: model))
        try RunLayout.writeDiagnostics(diagnostics, to: layout.scoreDiagnostics)
    }
}
