/// `run.json` in a run directory: what a night read (sizes, SHA-256), what each stage consumed and produced,
/// how long it took, and how the night ended. Unlike `manifest.json` it holds clock times, so it is not deterministic.
public struct RunRecord: Codable, Sendable {
    /// A file and its fingerprint.
    public struct Fingerprint: Codable, Sendable, Equatable {
        public var path: String
        public var bytes: Int
        public var sha256: String
    }

    /// One stage's inputs and outputs (label or path → SHA-256, or the option's value), and its timing.
    public struct Stage: Codable, Sendable {
        public var name: String
        public var inputs: [String: String]
        public var outputs: [String: String] = [:]
        public var seconds: Double = 0
        public var skipped = false
        public var completed = false
    }

    public var runID: String
    public var scoutVersion = Manifest.version
    public var status = RunStatus.running
    public var exitCode: Int32?
    public var error: String?
    public var attempts = 0
    public var startedAt = ""
    public var finishedAt: String?
    /// Every option that changes an output (each stage's group), the data folder, and `--force`.
    public var options: RecordedOptions?
    public var inputs: [Fingerprint] = []
    public var stages: [Stage] = []
    public var totals: Manifest.Totals?
    public var briefs: [Manifest.BriefSummary]?
    public var history: String?

    enum CodingKeys: String, CodingKey {
        case status, error, attempts, options, inputs, stages, totals, briefs, history
        case runID = "run_id"
        case scoutVersion = "scout_version"
        case exitCode = "exit_code"
        case startedAt = "started_at"
        case finishedAt = "finished_at"
    }

    public init(runID: String) { self.runID = runID }

    /// The stage named `name`, if recorded.
    public func stage(_ name: String) -> Stage? { stages.first { $0.name == name } }

    /// Replaces or appends `stage`.
    public mutating func set(_ stage: Stage) {
        if let index = stages.firstIndex(where: { $0.name == stage.name }) {
            stages[index] = stage
        } else {
            stages.append(stage)
        }
    }
}
