/// Stage 3: score accounts against briefs and keep each brief's top K.
public enum ScoreStage {
    public static func run(briefs: [Brief], accounts: [CreatorAccount], reference: ReferenceData, threads: Int?,
                           diagnostics: inout DiagnosticsCollector) -> [[ScoredCandidate]] {
        ScoringEngine(model: MatchModel(reference: reference), threads: threads)
            .run(briefs: briefs, accounts: accounts, diagnostics: &diagnostics)
    }

    public static func write(_ shortlists: [[ScoredCandidate]], accounts: [CreatorAccount], reference: ReferenceData,
                             diagnostics: DiagnosticsCollector, to layout: RunLayout) throws {
        let wanted = Set(shortlists.flatMap { $0.map(\.accountID) })
        var tiers: [String: (String, Double?)] = [:]
        for account in accounts where wanted.contains(account.id) {
            tiers[account.id] = (reference.tiers.tier(platform: account.platform, followers: account.followers), account.engagementRate)
        }
        try CandidateCodec.write(shortlists, tiers: tiers, to: layout.candidates)
        try RunLayout.writeDiagnostics(diagnostics, to: layout.scoreDiagnostics)
    }
}
