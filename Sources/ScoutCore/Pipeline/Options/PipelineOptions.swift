import Foundation

/// Options for a whole run: one group per stage (each stage reads only its own, and its group is its resume
/// fingerprint), where the files go, the reference tables, and the thread count.
public struct PipelineOptions: Sendable {
    public var ingest: IngestOptions
    public var normalize = NormalizeOptions()
    public var score = ScoreOptions()
    public var shortlist = ShortlistOptions()
    /// Scoring threads (default: every core). Results do not depend on it, so no fingerprint holds it.
    public var threads: Int?
    public var layout: RunLayout
    /// The reference tables folder (`ReferenceData.tables`).
    public var dataDirectory: String

    public init(creators: [String], briefs: String, outputDirectory: String, dataDirectory: String) {
        ingest = IngestOptions(creators: creators, briefs: briefs)
        layout = RunLayout(directory: outputDirectory)
        self.dataDirectory = dataDirectory
    }

    /// The options of a stage run alone on the files in `outputDirectory` (a stage executable): no inputs of its own.
    public init(outputDirectory: String, dataDirectory: String) {
        self.init(creators: [], briefs: "", outputDirectory: outputDirectory, dataDirectory: dataDirectory)
    }

    /// Every file outside the run directory that the run reads, besides the reference tables: the creator exports
    /// (folders expanded), the briefs, and the override, do-not-contact and statuses files when given.
    public func inputFiles() throws -> [String] {
        try InputFiles.expand(ingest.creators) + [ingest.briefs]
            + [
                normalize.mergeOverrides, score.doNotContact, score.statuses, score.relationships, score.outcomes,
            ].compactMap { $0 }
    }

    /// What `run.json` records of them: every option that changes an output, and the data folder.
    public var recorded: RecordedOptions {
        RecordedOptions(ingest: ingest, normalize: normalize, score: score, shortlist: shortlist, data: dataDirectory)
    }
}
