import ArgumentParser
import Foundation
import ScoutCore

/// `scout run`: every stage in one process.
public struct RunCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "run", abstract: "Run ingest, normalise+dedupe, score and shortlist in one process.")

    @Option(name: .customLong("creators"), parsing: .upToNextOption, help: "Creator exports: files or folders of CSVs.")
    var creators: [String]

    @Option(name: .customLong("briefs"), help: "The briefs CSV.")
    var briefs: String

    @OptionGroup var common: CommonOptions

    @Option(help: "Platform for exports that do not say (instagram, tiktok, youtube, …).")
    var platform: Platform?

    @Option(help: "Scoring threads (default: every core). Results do not depend on it.")
    var threads: Int?

    @Option(help: "Exclude creators whose authenticity score (0–1) is below this; 0 keeps everyone.")
    var minAuthenticity: Double = MatchModel.defaultMinAuthenticity

    @Option(help: "Fail the run when more than this share of creator rows is quarantined (0–1).")
    var maxQuarantineRatio: Double?

    @Option(help: "Extra never_merge/always_merge overrides (action,a,b,note CSV), on top of DATA/merge_overrides.csv.")
    var mergeOverrides: String?

    @Flag(help: "Exit with code 3 when any row was quarantined.")
    var strict = false

    @Flag(help: "Start output CSVs with a UTF-8 BOM so Excel shows non-ASCII names correctly.")
    var excel = false

    @Option(help: "History database: adds the change column, dropped.csv and follower_spike flags, and records this run.")
    var history: String?

    @Option(name: .customLong("run-id"), help: "The night this run is recorded as in --history (default: today's UTC date).")
    var runID: String?

    @Option(name: .customLong("do-not-contact"), help: "CSV (creator,reason) of creators to remove from every shortlist (-> excluded.csv).")
    var doNotContact: String?

    public init() {}

    public func validate() throws {
        if let ratio = maxQuarantineRatio, !(0...1).contains(ratio) {
            throw ValidationError("--max-quarantine-ratio must be between 0 and 1")
        }
        if !(0...1).contains(minAuthenticity) { throw ValidationError("--min-authenticity must be between 0 and 1") }
        if let threads, threads < 1 { throw ValidationError("--threads must be at least 1") }
    }

    public func run() throws {
        var quarantined = 0
        try runMappingErrors {
            var options = PipelineOptions(creators: creators, briefs: briefs, outputDirectory: common.out, dataDirectory: common.dataDirectory)
            options.platform = platform
            options.threads = threads
            options.maxQuarantineRatio = maxQuarantineRatio
            options.minAuthenticity = minAuthenticity
            options.mergeOverrides = mergeOverrides
            options.output = OutputOptions(excelBOM: excel)
            let manifest = try ScoutPipeline.run(options)
            try RunAnnotation.apply(directory: common.out, history: history, doNotContact: doNotContact, runID: runID, excel: excel)
            printError(RunSummary.text(manifest, directory: common.out))
            quarantined = manifest.totals.rowsQuarantined
        }
        if strict && quarantined > 0 { throw ExitCode(ScoutExit.quarantinedUnderStrict) }
    }
}

/// The end-of-run summary printed on standard error.
enum RunSummary {
    static func text(_ manifest: Manifest, directory: String) -> String {
        var lines = ["scout: done"]
        for file in manifest.inputs {
            lines.append("  \(file.path): read \(file.rowsRead), kept \(file.rowsAccepted), merged \(file.rowsMerged), quarantined \(file.rowsQuarantined)")
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
}
