/// Stage 3: score accounts against briefs and keep each brief's top K.
public enum ScoreStage {
    public static func run(briefs: [Brief], accounts: [CreatorAccount], reference: ReferenceData, threads: Int?,
                           minAuthenticity: Double = MatchModel.defaultMinAuthenticity,
                           diagnostics: inout DiagnosticsCollector) -> [[ScoredCandidate]] {
        ScoringEngine(model: MatchModel(reference: reference, minAuthenticity: minAuthenticity), threads: threads)
            .run(briefs: briefs, accounts: accounts, diagnostics: &diagnostics)
    }

    /// Scores `input`, then looks up the tier and engagement rate of every shortlisted account and lists the
    /// accounts excluded as inauthentic.
    static func output(_ input: ScoreInput, reference: ReferenceData, threads: Int?, options: ScoreOptions) -> ScoreOutput {
        var diagnostics = DiagnosticsCollector()
        let shortlists = run(briefs: input.briefs, accounts: input.accounts, reference: reference, threads: threads,
                             minAuthenticity: options.minAuthenticity, diagnostics: &diagnostics)
        let accounts = input.accounts
        var tiers: [String: (String, Double?)] = [:]
        for (id, i) in accounts.firstPositions(of: Set(shortlists.flatMap { $0.map(\.accountID) })) {
            tiers[id] = (reference.tiers.tier(platform: accounts[i].platform, followers: accounts[i].followers),
                         MatchModel.engagementRate(of: accounts[i]))
        }
        let candidates = shortlists.flatMap { $0 }.map { c in
            ShortlistCandidate(candidate: c, tier: tiers[c.accountID]?.0 ?? "", engagementRate: tiers[c.accountID]?.1 ?? nil)
        }
        let model = MatchModel(reference: reference, minAuthenticity: options.minAuthenticity)
        return ScoreOutput(candidates: candidates, inauthentic: AuthenticityReport.rows(accounts, model: model), diagnostics: diagnostics)
    }

    /// Writes `candidates.csv`, the accounts excluded as inauthentic (`inauthentic.csv`) and the diagnostics
    /// under `stages/score/`; returns their paths.
    static func write(_ output: ScoreOutput, to layout: RunLayout) throws -> [String] {
        try CandidateCodec.write(output.candidates, to: layout.candidates)
        try IntermediateTable.write(layout.scoreInauthentic, header: AuthenticityReport.header, rows: output.inauthentic)
        try IntermediateTable.writeDiagnostics(output.diagnostics, to: layout.scoreDiagnostics)
        return [layout.candidates, layout.scoreInauthentic, layout.scoreDiagnostics]
    }
}
