import Foundation

/// Stage 3: score accounts against briefs and keep each brief's top K.
public enum ScoreStage {
    public static func run(
        briefs: [Brief], accounts: [CreatorAccount], reference: ReferenceData, threads: Int?,
        minAuthenticity: Double = MatchModel.defaultMinAuthenticity, minFit: Double = MatchModel.defaultMinFit,
        outreach: OutreachRules? = nil, relationships: Relationships? = nil, outcomes: Outcomes? = nil,
        diagnostics: inout DiagnosticsCollector
    ) -> ScoringResult {
        ScoringEngine(
            model: MatchModel(reference: reference, minAuthenticity: minAuthenticity, minFit: minFit), threads: threads,
            outreach: outreach, relationships: relationships, outcomes: outcomes
        )
        .score(briefs: briefs, accounts: accounts, diagnostics: &diagnostics)
    }

    /// Scores `input`, then looks up the tier and engagement rate of every shortlisted account and lists the
    /// accounts excluded as inauthentic; keeps each brief's funnel, the night's authenticity numbers and, with
    /// `outreach`, the creators it kept off the lists.
    static func output(
        _ input: ScoreInput, reference: ReferenceData, threads: Int?, options: ScoreOptions,
        outreach: OutreachRules? = nil, relationships: Relationships? = nil, outcomes: Outcomes? = nil
    ) -> ScoreOutput {
        var diagnostics = DiagnosticsCollector()
        let result = run(
            briefs: input.briefs, accounts: input.accounts, reference: reference, threads: threads,
            minAuthenticity: options.minAuthenticity, minFit: options.minFit, outreach: outreach,
            relationships: relationships, outcomes: outcomes, diagnostics: &diagnostics)
        let accounts = input.accounts
        var tiers: [String: (String, Double?)] = [:]
        for (id, i) in accounts.firstPositions(of: Set(result.shortlists.flatMap { $0.map(\.accountID) })) {
            tiers[id] = tierAndRate(accounts[i], reference: reference)
        }
        let candidates = result.shortlists.flatMap { $0 }.map { c in
            ShortlistCandidate(
                candidate: c, tier: tiers[c.accountID]?.0 ?? "", engagementRate: tiers[c.accountID]?.1 ?? nil)
        }
        return ScoreOutput(
            candidates: candidates, inauthentic: result.inauthentic, funnels: result.funnels,
            authenticity: result.authenticity, excluded: outreach == nil ? nil : result.excluded,
            diagnostics: diagnostics)
    }

    /// Writes `candidates.csv`, the per-brief funnels (`funnels.csv`), the night's authenticity numbers
    /// (`authenticity.json`), the accounts excluded as inauthentic (`inauthentic.csv`) and the diagnostics under
    /// `stages/score/`, and `excluded.csv` when a do-not-contact list or statuses were given (a stale one is
    /// removed otherwise); returns their paths.
    static func write(_ output: ScoreOutput, to layout: RunLayout) throws -> [String] {
        var files: [String] = []
        if let excluded = output.excluded {
            try ExcludedCodec.write(excluded, to: layout.scoreExcluded)
            files.append(layout.scoreExcluded)
        } else {
            try? FileManager.default.removeItem(atPath: layout.scoreExcluded)
        }
        try CandidateCodec.write(output.candidates, to: layout.candidates)
        try FunnelCodec.write(output.funnels, to: layout.scoreFunnels)
        try JSONFile.write(output.authenticity, to: layout.scoreAuthenticity)
        try IntermediateTable.write(
            layout.scoreInauthentic, header: AuthenticityReport.header, rows: output.inauthentic)
        try IntermediateTable.writeDiagnostics(output.diagnostics, to: layout.scoreDiagnostics)
        return [
            layout.candidates, layout.scoreFunnels, layout.scoreAuthenticity, layout.scoreInauthentic,
            layout.scoreDiagnostics,
        ] + files
    }
}
