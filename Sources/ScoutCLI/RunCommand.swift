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
            options.output = OutputOptions(excelBOM: tuning.excel)
            let manifest = try ScoutPipeline.run(options)
            try RunAnnotation.apply(directory: common.out, history: history, doNotContact: doNotContact, runID: runID, excel: tuning.excel)
            printError(RunSummary.text(manifest, directory: common.out))
            quarantined = manifest.totals.rowsQuarantined
        }
        if tuning.strict && quarantined > 0 { throw ExitCode(ScoutExit.quarantinedUnderStrict) }
    }
}
