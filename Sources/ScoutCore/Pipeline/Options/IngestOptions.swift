/// What a run reads (stage 1): the creator exports, the briefs file, and the platform of exports that do not say.
///
/// Every property changes the stage's output, so all of them are part of its resume fingerprint (`run.json`).
public struct IngestOptions: Sendable, Codable, Equatable {
    /// Files, or folders whose `.csv`/`.tsv`/`.txt` files are read (sorted by name).
    public var creators: [String]
    public var briefs: String
    public var platform: Platform?
    /// `--strict`: a creator file that cannot be used (no handle or follower column…) fails the run instead of
    /// being set aside (docs/reliability.md).
    public var strict = false

    public init(creators: [String], briefs: String, platform: Platform? = nil, strict: Bool = false) {
        self.creators = creators
        self.briefs = briefs
        self.platform = platform
        self.strict = strict
    }
}
