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
    /// `--strict`: a creator file that cannot be used fails the run instead of being set aside.
    public var strict = false
    public var output = OutputOptions()

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
    public static func run(_ options: PipelineOptions) throws -> Manifest {
        var clock = PhaseClock()
        AtomicFile.removeStaleTemporaries(in: options.layout.directory)
        let reference = try ReferenceData.load(from: options.dataDirectory)
        let identity = try IdentityRules(reference: reference, overridesPath: options.mergeOverrides)
        let layout = options.layout
        var ingest = try IngestStage.run(creators: options.creators, briefs: options.briefs, reference: reference, platform: options.platform,
                                         strict: options.strict)
        clock.lap("ingest")
        try IngestStage.write(ingest, to: layout)
        clock.lap("ingest write")

        var normalizeDiagnostics = DiagnosticsCollector()
        let (normalized, files) = NormalizeFiles.run(ingest, identity: identity, diagnostics: &normalizeDiagnostics)
        ingest.rows = []  // not needed after normalising; frees the largest table before scoring
        clock.lap("normalize")
        try NormalizeFiles.write(normalized, files: files, diagnostics: normalizeDiagnostics, to: layout)
        try NormalizeFiles.checkQuarantineRatio(files, limit: options.maxQuarantineRatio)
        clock.lap("normalize write")

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
        let manifest = try ShortlistStage.run(
            briefs: ingest.briefs, candidates: candidates, accounts: normalized.accounts,
            quarantine: quarantine, merges: normalized.merges, files: files,
            options: options.output, layout: layout)
        BackgroundRelease.release(normalized)
        BackgroundRelease.release(ingest)
        clock.lap("shortlist")
        return manifest
    }

    /// Stage 4 alone, from the files of stages 1–3 in `layout`.
    public static func shortlistFromFiles(layout: RunLayout, reference: ReferenceData, output: OutputOptions) throws -> Manifest {
        let briefs = try BriefCodec.read(layout.ingestBriefs, taxonomy: reference.taxonomy)
        let accounts = try AccountCodec.read(layout.accounts)
        let quarantine = try StageCodecs.readQuarantine(layout.ingestQuarantine) + StageCodecs.readQuarantine(layout.normalizeQuarantine)
        let files = try IntermediateTable.readJSON([FileReport].self, from: layout.normalizeFiles)
        try concatenateDiagnostics([layout.ingestDiagnostics, layout.normalizeDiagnostics, layout.scoreDiagnostics], to: layout.diagnostics)
        return try ShortlistStage.run(
            briefs: briefs, candidates: try CandidateCodec.read(layout.candidates), accounts: accounts,
            quarantine: quarantine, merges: try StageCodecs.readMerges(layout.normalizeMerges), files: files,
            options: output, layout: layout)
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
