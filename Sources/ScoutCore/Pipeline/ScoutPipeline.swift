import Foundation

/// Options for a whole run.
public struct PipelineOptions: Sendable {
    public var creators: [String]
    public var briefs: String
    public var layout: RunLayout
    public var dataDirectory: String
    public var platform: Platform?
    public var threads: Int?
    public var maxQuarantineRatio: Double?
    /// Creators whose authenticity is below this are excluded from every shortlist.
    public var minAuthenticity = MatchModel.defaultMinAuthenticity
    /// An extra `merge_overrides.csv` (input side), applied on top of the one in the data folder.
    public var mergeOverrides: String?
    public var output = OutputOptions()
    /// The history database (`--history`): change column, dropped creators, follower spikes; records the run.
    public var history: String?
    /// The night this run is recorded as in `history` (default: today's UTC date).
    public var runID: String?
    /// The do-not-contact CSV (`--do-not-contact`).
    public var doNotContact: String?

    public init(creators: [String], briefs: String, outputDirectory: String, dataDirectory: String) {
        self.creators = creators
        self.briefs = briefs
        self.layout = RunLayout(directory: outputDirectory)
        self.dataDirectory = dataDirectory
    }
}

/// Runs the four stages in one process, writing each stage's intermediate files as it goes.
public enum ScoutPipeline {
    /// - Returns: the manifest of the run.
    /// - Throws: `ScoutError` for bad input (nothing in the output directory's final files changes then).
    @discardableResult
    public static func run(_ options: PipelineOptions) throws -> Manifest {
        try runNight(options).manifest
    }

    /// `run`, returning the last stage's night and what do-not-contact and history did.
    public static func runNight(_ options: PipelineOptions) throws -> ShortlistStage.Output {
        var clock = PhaseClock()
        let reference = try ReferenceData.load(from: options.dataDirectory)
        let identity = try IdentityRules(reference: reference, overridesPath: options.mergeOverrides)
        // Side inputs are read before any output is written.
        let annotator = try annotator(history: options.history, doNotContact: options.doNotContact,
                                      runID: options.runID ?? RunClock.today(), output: options.output)
        let layout = options.layout
        let progress = TerminalProgress.shared
        progress.stage(1, of: 4, "ingest")
        var ingest = try IngestStage.run(creators: options.creators, briefs: options.briefs, reference: reference, platform: options.platform)
        clock.lap("ingest")
        try IngestStage.write(ingest, to: layout)
        clock.lap("ingest write")

        progress.stage(2, of: 4, "normalize")
        var normalizeDiagnostics = DiagnosticsCollector()
        let (normalized, files) = NormalizeFiles.run(ingest, identity: identity, diagnostics: &normalizeDiagnostics)
        ingest.rows = []  // not needed after normalising; frees the largest table before scoring
        clock.lap("normalize")
        try NormalizeFiles.write(normalized, files: files, diagnostics: normalizeDiagnostics, to: layout)
        try NormalizeFiles.checkQuarantineRatio(files, limit: options.maxQuarantineRatio)
        clock.lap("normalize write")

        progress.stage(3, of: 4, "score")
        var scoreDiagnostics = DiagnosticsCollector()
        let shortlists = ScoreStage.run(briefs: ingest.briefs, accounts: normalized.accounts, reference: reference,
                                        threads: options.threads, minAuthenticity: options.minAuthenticity, diagnostics: &scoreDiagnostics)
        clock.lap("score")
        try ScoreStage.write(shortlists, accounts: normalized.accounts, reference: reference, minAuthenticity: options.minAuthenticity,
                             diagnostics: scoreDiagnostics, to: layout)
        clock.lap("score write")

        // The shortlist stage reads candidates back, so a run and a stage-by-stage run write identical bytes.
        let candidates = try CandidateCodec.read(layout.candidates)
        try concatenateDiagnostics([layout.ingestDiagnostics, layout.normalizeDiagnostics, layout.scoreDiagnostics], to: layout.diagnostics)
        let quarantine = ingest.quarantine + normalized.quarantine
        clock.lap("shortlist: read candidates")
        progress.stage(4, of: 4, "shortlist")
        let output = try ShortlistStage.run(
            briefs: ingest.briefs, candidates: candidates, accounts: normalized.accounts,
            quarantine: quarantine, merges: normalized.merges, files: files, reference: reference,
            options: options.output, layout: layout, annotator: annotator, recordedAt: RunClock.timestamp(Date()))
        BackgroundRelease.release(normalized)
        BackgroundRelease.release(ingest)
        clock.lap("shortlist")
        progress.clear()
        return output
    }

    /// The do-not-contact and history step of the last stage, when either is configured.
    public static func annotator(history: String?, doNotContact: String?, runID: String, output: OutputOptions) throws -> ShortlistAnnotator? {
        guard history != nil || doNotContact != nil else { return nil }
        let list = try doNotContact.map { try DoNotContactList.load($0) }
        let store = try history.map { try HistoryStore(path: $0) }
        return ShortlistAnnotator(doNotContact: list, history: store, runID: runID, utf8BOM: output.utf8BOM)
    }

    /// Stage 4 alone, from the files of stages 1–3 in `layout`.
    @discardableResult
    public static func shortlistFromFiles(layout: RunLayout, reference: ReferenceData, output: OutputOptions) throws -> Manifest {
        try shortlistFromFiles(layout: layout, reference: reference, output: output, annotator: nil).manifest
    }

    /// Stage 4 alone with do-not-contact and history (`annotator`), from the files of stages 1–3 in `layout`.
    public static func shortlistFromFiles(layout: RunLayout, reference: ReferenceData, output: OutputOptions,
                                          annotator: ShortlistAnnotator?) throws -> ShortlistStage.Output {
        let briefs = try BriefCodec.read(layout.ingestBriefs, taxonomy: reference.taxonomy)
        let accounts = try AccountCodec.read(layout.accounts)
        let quarantine = try StageCodecs.readQuarantine(layout.ingestQuarantine) + StageCodecs.readQuarantine(layout.normalizeQuarantine)
        let files = try IntermediateTable.readJSON([FileReport].self, from: layout.normalizeFiles)
        try concatenateDiagnostics([layout.ingestDiagnostics, layout.normalizeDiagnostics, layout.scoreDiagnostics], to: layout.diagnostics)
        return try ShortlistStage.run(
            briefs: briefs, candidates: try CandidateCodec.read(layout.candidates), accounts: accounts,
            quarantine: quarantine, merges: try StageCodecs.readMerges(layout.normalizeMerges), files: files,
            reference: reference, options: output, layout: layout, annotator: annotator, recordedAt: RunClock.timestamp(Date()))
    }

    static func concatenateDiagnostics(_ paths: [String], to path: String) throws {
        var bytes: [UInt8] = []
        for part in paths {
            guard let data = FileManager.default.contents(atPath: part) else { continue }
            bytes += Array(data)
        }
        try AtomicFile.write(bytes, to: path)
    }
}
