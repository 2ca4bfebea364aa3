import Foundation

/// Options of `scout nightly`.
public struct NightlyOptions: Sendable {
    /// What the night reads and how it ingests, links and scores: the options of `scout run`, with the run
    /// directory (`<runsDirectory>/<runID>/`) as its output directory, so the two entry points cannot drift apart.
    public var run: PipelineOptions
    /// The runs folder: `<runsDirectory>/<runID>/`, `latest`, `.lock`, `history.sqlite`.
    public var runsDirectory: String
    public var runID: String
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
        run = PipelineOptions(creators: creators, briefs: briefs,
                              outputDirectory: (runsDirectory as NSString).appendingPathComponent(runID), dataDirectory: dataDirectory)
        self.runsDirectory = runsDirectory
        self.runID = runID
    }

    /// Options that change outputs, as recorded in `run.json` and compared on resume.
    var recorded: [String: String] {
        [
            "creators": run.creators.joined(separator: " "), "briefs": run.briefs, "data": run.dataDirectory,
            "platform": run.platform?.rawValue ?? "", "max_quarantine_ratio": run.maxQuarantineRatio.map { "\($0)" } ?? "",
            "min_authenticity": "\(run.minAuthenticity)", "min_fit": "\(run.minFit)", "merge_overrides": run.mergeOverrides ?? "",
            "excel": run.output.excelBOM ? "true" : "false", "history": history ?? "", "do_not_contact": doNotContact ?? "",
            "force": force ? "true" : "false",
        ]
    }
}
