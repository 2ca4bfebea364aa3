/// The options a night ran with, as `run.json` records them: each stage's group, and the data folder.
public struct RecordedOptions: Sendable, Codable, Equatable {
    public var ingest: IngestOptions
    public var normalize: NormalizeOptions
    public var score: ScoreOptions
    public var shortlist: ShortlistOptions
    public var data: String
    /// `scout nightly --force`: every stage redone.
    public var force = false
}
