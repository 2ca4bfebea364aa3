import ArgumentParser
import Foundation
import ScoutCore

/// `scout run`: every stage in one process.
public struct RunCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "run", abstract: "Run ingest, normalise+dedupe, score and shortlist in one process.")

    @OptionGroup var input: InputOptions

    @OptionGroup var common: CommonOptions

    @OptionGroup var tuning: RunTuningOptions

    @Option(help: "History database: adds the change column, dropped.csv and follower_spike flags, and records this run.")
    var history: String?

    @Option(name: .customLong("run-id"), help: "The night this run is recorded as in --history (default: today's UTC date).")
    var runID: String?

    @Option(name: .customLong("do-not-contact"), help: "CSV (creator,reason) of creators to remove from every shortlist (-> excluded.csv).")
    var doNotContact: String?

    public init() {}

    public func run() throws {
        var quarantined = 0
        try runMappingErrors {
            var options = PipelineOptions(creators: input.creators, briefs: input.briefs, outputDirectory: common.out,
                                          dataDirectory: common.dataDirectory)
            options.platform = input.platform
            options.threads = tuning.threads
            options.maxQuarantineRatio = tuning.maxQuarantineRatio
            options.minAuthenticity = tuning.minAuthenticity
            options.mergeOverrides = tuning.mergeOverrides
            options.strict = tuning.strict
            options.output = OutputOptions(excelBOM: tuning.excel)
            let manifest = try ScoutPipeline.run(options)
            try RunAnnotation.apply(directory: common.out, history: history, doNotContact: doNotContact, runID: runID, excel: tuning.excel)
            printError(RunSummary.text(manifest, directory: common.out))
            quarantined = manifest.totals.rowsQuarantined
        }
        if tuning.strict && quarantined > 0 { throw ExitCode(ScoutExit.quarantinedUnderStrict) }
    }
}

/// The end-of-run summary printed on standard error.
enum RunSummary {
    static func text(_ manifest: Manifest, directory: String) -> String {
        var lines = ["scout: done"]
        for file in manifest.inputs {
            lines.append(fileLine(file))
        }
        let t = manifest.totals
        lines.append("  creators after dedupe: \(t.creators) accounts, \(t.people) people; briefs: \(t.briefs); shortlisted: \(t.shortlisted)")
        let short = manifest.briefs.filter { $0.shortlisted < $0.requested }
        if !short.isEmpty {
            lines.append("  briefs with fewer candidates than asked: " + short.map { "\($0.id) \($0.shortlisted)/\($0.requested)" }.joined(separator: ", "))
        }
        lines.append("  shortlists: \(directory)/shortlists.csv and \(directory)/shortlists/")
        if t.excludedInauthentic > 0 {
            lines.append("  excluded as likely inauthentic: \(t.excludedInauthentic) creators (\(directory)/inauthentic.csv)")
        }
        if t.rowsQuarantined > 0 { lines.append("  quarantined rows: \(directory)/quarantine.csv") }
        lines.append("  warnings: \(directory)/diagnostics.txt")
        return lines.joined(separator: "\n")
    }

    /// One input file's line: its row accounting, or why it was set aside.
    static func fileLine(_ file: FileReport) -> String {
        if let reason = file.setAside { return "  \(file.path): SET ASIDE, not read: \(reason)" }
        return "  \(file.path): read \(file.rowsRead), kept \(file.rowsAccepted), merged \(file.rowsMerged), quarantined \(file.rowsQuarantined)"
    }
}
