import ArgumentParser
import Foundation
import ScoutCore

/// `scout nightly`: one night in its own run directory, with a lock, resume, history and the `latest` link.
public struct NightlyCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "nightly",
        abstract: "Run every stage into RUNS/<run-id>/ with a lock, resume, history; move RUNS/latest on success.",
        discussion: """
            Exit codes: 0 success; 3 success but rows were quarantined and --strict was given (latest still moves); \
            1 bad input; 75 another run holds the lock (after --wait-lock); 64 bad command line; 70 internal error.
            """)

    @OptionGroup var input: InputOptions

    @Option(name: .customLong("runs-dir"), help: "The runs folder (run directories, latest, .lock, history.sqlite).")
    var runsDir = "runs"

    @Option(name: .customLong("run-id"), help: "The run directory's name (default: today's UTC date, yyyy-mm-dd).")
    var runID: String?

    @Option(name: .customLong("data"), help: "Reference tables folder (default: $SCOUT_DATA, ./data, or the package's data/).")
    var data: String?

    @OptionGroup var tuning: RunTuningOptions

    @Option(name: .customLong("wait-lock"), help: "Seconds to wait for another run's lock before failing with exit code 75.")
    var waitLock = 0.0

    @Option(help: "History database (default: RUNS/history.sqlite).")
    var history: String?

    @Flag(name: .customLong("no-history"), help: "Do not read or record history (no change column, dropped.csv or spike flags).")
    var noHistory = false

    @Option(name: .customLong("do-not-contact"), help: "CSV of creators to remove from every shortlist (default: DATA/do_not_contact.csv when present).")
    var doNotContact: String?

    @Flag(help: "Redo every stage, even those whose inputs and outputs are unchanged.")
    var force = false

    public init() {}

    public func validate() throws {
        if waitLock < 0 { throw ValidationError("--wait-lock must be 0 or more") }
        if let runID, !RunDirectory.isValidRunID(runID) { throw ValidationError(NightlyError.badRunID(runID).description) }
    }

    public func run() throws {
        let dataDirectory = data ?? ReferenceData.defaultDirectory()
        var options = NightlyOptions(creators: input.creators, briefs: input.briefs, runsDirectory: runsDir,
                                     runID: runID ?? RunClock.today(), dataDirectory: dataDirectory)
        options.run.platform = input.platform
        options.run.threads = tuning.threads
        options.run.maxQuarantineRatio = tuning.maxQuarantineRatio
        options.run.minAuthenticity = tuning.minAuthenticity
        options.run.mergeOverrides = tuning.mergeOverrides
        options.run.strict = tuning.strict
        options.run.output = OutputOptions(excelBOM: tuning.excel)
        options.waitLock = waitLock
        options.force = force
        options.history = noHistory ? nil : (history ?? RunDirectory.defaultHistory(runsDirectory: runsDir))
        let defaultList = (dataDirectory as NSString).appendingPathComponent("do_not_contact.csv")
        options.doNotContact = doNotContact ?? (FileManager.default.fileExists(atPath: defaultList) ? defaultList : nil)
        let env = ProcessInfo.processInfo.environment
        options.stageDelayMilliseconds = env["SCOUT_TEST_STAGE_DELAY_MS"].flatMap(Int.init) ?? 0

        var runner = NightlyRunner(options: options, report: printError)
        let terminal = isatty(STDERR_FILENO) == 1
        if terminal {
            runner.progress = { index, count, stage in
                FileHandle.standardError.write(Data("\rscout: [\(index)/\(count)] \(stage)…\u{1B}[K".utf8))
            }
        }
        let strict = tuning.strict
        var exit = ScoutExit.success
        try runMappingErrors {
            let result = try runner.run(
                successExitCode: { strict && $0.totals.rowsQuarantined > 0 ? ScoutExit.quarantinedUnderStrict : ScoutExit.success },
                failureExitCode: ScoutExit.code(for:))
            if terminal { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
            printError(NightlySummary.text(result))
            if strict && result.manifest.totals.rowsQuarantined > 0 { exit = ScoutExit.quarantinedUnderStrict }
        }
        if exit != ScoutExit.success { throw ExitCode(exit) }
    }
}

/// The one-screen summary `scout nightly` prints on standard error at the end.
enum NightlySummary {
    static func text(_ result: NightlyResult) -> String {
        let manifest = result.manifest
        var lines = ["scout: night done -> \(result.runDirectory)"]
        for file in manifest.inputs {
            lines.append(RunSummary.fileLine(file))
        }
        let t = manifest.totals
        let answered = result.annotation.shortlistSizes.filter { $0.size > 0 }.count
        lines.append("  creators after dedupe: \(t.creators); briefs answered: \(answered) of \(t.briefs)")
        let sizes = result.annotation.shortlistSizes.map { "\($0.briefID) \($0.size)" }
        lines.append("  shortlist sizes: " + (sizes.count > 12 ? sizes.prefix(12).joined(separator: ", ") + ", … (\(sizes.count) briefs)" : sizes.joined(separator: ", ")))
        let a = result.annotation
        lines.append("  excluded (do not contact): \(a.excluded); dropped since last run: \(a.dropped); follower spikes: \(a.spikes)")
        lines.append("  stages: " + result.stages.map { $0.skipped ? "\($0.name) skipped" : "\($0.name) \(String(format: "%.2f", $0.seconds))s" }.joined(separator: ", "))
        if t.rowsQuarantined > 0 { lines.append("  quarantined rows: \(result.runDirectory)/quarantine.csv") }
        lines.append("  record: \(result.runDirectory)/run.json; warnings: \(result.runDirectory)/diagnostics.txt")
        return lines.joined(separator: "\n")
    }
}
