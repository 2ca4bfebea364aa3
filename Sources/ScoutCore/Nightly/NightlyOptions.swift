import Foundation

/// Options of `scout nightly`.
public struct NightlyOptions: Sendable {
    /// What the night reads and how every stage runs: the options of `scout run`, with the run directory
    /// (`<runsDirectory>/<runID>/`) as its output directory and `runID` as the night history records.
    public var run: PipelineOptions
    /// The runs folder: `<runsDirectory>/<runID>/`, `latest`, `.lock`, `history.sqlite`.
    public var runsDirectory: String
    public var runID: String
    /// Seconds to wait for another run's lock before failing.
    public var waitLock = 0.0
    /// Redo every stage even when its inputs and outputs are unchanged.
    public var force = false
    /// Test hook (`SCOUT_TEST_STAGE_DELAY_MS`): sleep this long at the start of every stage.
    public var stageDelayMilliseconds = 0

    public init(creators: [String], briefs: String, runsDirectory: String, runID: String, dataDirectory: String) {
        run = PipelineOptions(
            creators: creators, briefs: briefs,
            outputDirectory: (runsDirectory as NSString).appendingPathComponent(runID), dataDirectory: dataDirectory)
        run.shortlist.runID = runID
        self.runsDirectory = runsDirectory
        self.runID = runID
    }
}
