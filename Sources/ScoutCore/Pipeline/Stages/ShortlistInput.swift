import Foundation

/// What the last stage reads from the three before it.
public struct ShortlistInput: Sendable {
    public var briefs: [Brief]
    public var accounts: [CreatorAccount]
    /// Every quarantined row, stage 1's then stage 2's.
    public var quarantine: [QuarantineEntry]
    public var merges: [MergeRecord]
    /// Every input file's settled report (stage 2's).
    public var files: [FileReport]
    public var candidates: [ShortlistCandidate]
    public var inauthentic: [[String]]
    /// Each brief's funnel from stage 3, in brief order.
    public var funnels: [BriefFunnel]
    /// The night's authenticity in numbers, from stage 3.
    public var authenticity: AuthenticitySummary
    /// From stage 3: the creators the do-not-contact list or the statuses kept off a list (nil without either).
    public var excluded: [ExcludedCreator]?
    /// The three stages' diagnostics, one after the other, as `diagnostics.txt` shows them.
    public var diagnostics: String

    /// The stages' outputs handed over in memory (`scout run`, a night whose stages all ran).
    init(ingest: IngestOutput, normalized: NormalizeOutput, scored: ScoreOutput) {
        briefs = ingest.briefs
        accounts = normalized.accounts
        quarantine = ingest.quarantine + normalized.quarantine
        merges = normalized.merges
        files = normalized.files
        candidates = scored.candidates
        inauthentic = scored.inauthentic
        funnels = scored.funnels
        authenticity = scored.authenticity
        excluded = scored.excluded
        diagnostics = ingest.diagnostics.report + normalized.diagnostics.report + scored.diagnostics.report
    }

    /// The stages' files in `layout` (`scout-shortlist`, a resumed night).
    init(reading layout: RunLayout, reference: ReferenceData) throws {
        briefs = try BriefCodec.read(layout.ingestBriefs, taxonomy: reference.taxonomy)
        accounts = try AccountCodec.read(layout.accounts)
        quarantine =
            try StageCodecs.readQuarantine(layout.ingestQuarantine)
            + StageCodecs.readQuarantine(layout.normalizeQuarantine)
        merges = try StageCodecs.readMerges(layout.normalizeMerges)
        files = try JSONFile.read([FileReport].self, from: layout.normalizeFiles)
        candidates = try CandidateCodec.read(layout.candidates)
        inauthentic = try IntermediateTable.read(layout.scoreInauthentic, required: AuthenticityReport.header).rows
        funnels = try FunnelCodec.read(layout.scoreFunnels)
        authenticity = try JSONFile.read(AuthenticitySummary.self, from: layout.scoreAuthenticity)
        excluded =
            FileManager.default.fileExists(atPath: layout.scoreExcluded)
            ? try ExcludedCodec.read(layout.scoreExcluded) : nil
        diagnostics = try [layout.ingestDiagnostics, layout.normalizeDiagnostics, layout.scoreDiagnostics].map { path in
            guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
                throw ScoutError.badIntermediate(path: path, reason: "missing (run the previous stage first)")
            }
            return text
        }.joined()
    }
}
