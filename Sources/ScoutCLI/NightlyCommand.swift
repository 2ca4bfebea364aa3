import ArgumentParser
import Foundation
import ScoutCore

/// `scout nightly`: one night in its own run directory, with a lock, resume, history and the `latest` link.
package struct NightlyCommand: ParsableCommand {
    package static let configuration = CommandConfiguration(
        commandName: "nightly",
        abstract: "Run every stage into RUNS/<run-id>/ with a lock, resume, history; move RUNS/latest on success.",
        discussion: ScoutExit.summary)

    @Option(
        name: .customLong("runs-dir"),
        help: ArgumentHelp("The runs folder (run directories, latest, .lock, history.sqlite).", valueName: "dir"))
    var runsDir = "runs"

    @OptionGroup var data: DataArguments

    @Option(
        name: .customLong("wait-lock"),
        help: ArgumentHelp(
            "Seconds to wait for another run's lock before failing with exit code 75.", valueName: "seconds"))
    var waitLock = 0.0

    @Flag(
        name: .customLong("no-history"),
        help: "Do not read or record history (no change column, dropped.csv or spike flags).")
    var noHistory = false

    @Flag(help: "Redo every stage, even those whose inputs and outputs are unchanged.")
    var force = false

    @OptionGroup var pipeline: PipelineArguments

    package init() {}

    package func validate() throws {
        try pipeline.input.require()
        if waitLock < 0 { throw ValidationError("--wait-lock must be 0 or more") }
        if let runID = pipeline.shortlist.runID, !RunDirectory.isValidRunID(runID) {
            throw ValidationError(NightlyError.badRunID(runID).description)
        }
    }

    /// The night's options: the pipeline's, with nightly's defaults for the run id, history, do-not-contact list and
    /// statuses (the night's date, from its run id, dates the status windows).
    func options() -> NightlyOptions {
        let shortlist = pipeline.shortlist
        var options = NightlyOptions(
            creators: [], briefs: "", runsDirectory: runsDir, runID: shortlist.runID ?? RunClock.today(),
            dataDirectory: data.directory)
        pipeline.apply(to: &options.run)
        options.run.shortlist.runID = options.runID
        options.run.shortlist.history =
            noHistory ? nil : (shortlist.history ?? RunDirectory.defaultHistory(runsDirectory: runsDir))
        func present(_ path: String) -> String? { FileManager.default.fileExists(atPath: path) ? path : nil }
        var score = pipeline.score
        score.doNotContact = score.doNotContact ?? present(ReferenceData.defaultDoNotContact(in: data.directory))
        score.statuses = score.statuses ?? present(ReferenceData.defaultStatuses(in: data.directory))
        score.relationships = score.relationships ?? present(ReferenceData.defaultRelationships(in: data.directory))
        score.outcomes = score.outcomes ?? present(ReferenceData.defaultOutcomes(in: data.directory))
        score.apply(to: &options.run, runID: options.runID)
        options.waitLock = waitLock
        options.force = force
        options.stageDelayMilliseconds =
            ProcessInfo.processInfo.environment["SCOUT_TEST_STAGE_DELAY_MS"].flatMap(Int.init) ?? 0
        return options
    }

    package func run() throws {
        var runner = NightlyRunner(options: options(), report: printError)
        if TerminalProgress.shared.enableIfTerminal() {
            runner.progress = { index, count, stage in TerminalProgress.shared.stage(index, of: count, stage) }
        }
        var exit = ScoutExit.success
        try runMappingErrors {
            let result = try runner.run(
                successExitCode: pipeline.shortlist.exitCode, failureExitCode: ScoutExit.code(for:))
            TerminalProgress.shared.clear()
            printError(NightlySummary.text(result))
            exit = pipeline.shortlist.exitCode(result.manifest)
        }
        if exit != ScoutExit.success { throw ExitCode(exit) }
    }
}
