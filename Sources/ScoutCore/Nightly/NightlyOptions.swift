/// Options of `scout nightly`.
public struct NightlyOptions: Sendable {
    public var creators: [String]
    public var briefs: String
    /// The runs folder: `<runsDirectory>/<runID>/`, `latest`, `.lock`, `history.sqlite`.
    public var runsDirectory: String
    public var runID: String
    public var dataDirectory: String
    public var platform: Platform?
    public var threads: Int?
    public var maxQuarantineRatio: Double?
    /// Creators whose authenticity is below this are kept off every shortlist.
    public var minAuthenticity = MatchModel.defaultMinAuthenticity
    /// An input-side `merge_overrides.csv`, applied on top of the one in the data folder.
    public var mergeOverrides: String?
    public var excelBOM = false
    /// Seconds to wait for another run's lock before failing.
    public var waitLock = 0.0
    /// Redo every stage even when its inputs and outputs are unchanged.
    public var force = false
    /// The history database; nil disables history (no `change` column, no `dropped.csv`, no spike flags).
    public var history: String?
    /// The do-not-contact CSV; nil when there is none.
    public var doNotContact: String?
    /// Test hook (`SCOUT_TEST_STAGE_DELAY_MS`): sleep this long at the start of every stage.
    public var stageDelayMilliseconds = 0

    public init(creators: [String], briefs: String, runsDirectory: String, runID: String, dataDirectory: String) {
        self.creators = creators
        self.briefs = briefs
        self.runsDirectory = runsDirectory
        self.runID = runID
        self.dataDirectory = dataDirectory
    }

    /// Options that change outputs, as recorded in `run.json` and compared on resume.
    var recorded: [String: String] {
        [
            "creators": creators.joined(separator: " "), "briefs": briefs, "data": dataDirectory,
            "platform": platform?.rawValue ?? "", "max_quarantine_ratio": maxQuarantineRatio.map { "\($0)" } ?? "",
            "excel": excelBOM ? "true" : "false", "history": history ?? "", "do_not_contact": doNotContact ?? "",
            "force": force ? "true" : "false",
        ]
    }
}
