import ArgumentParser
import ScoutCore

/// What a night reads: `--creators`, `--briefs`, `--platform` (shared by `run`, `nightly` and `ingest`).
struct InputOptions: ParsableArguments {
    @Option(name: .customLong("creators"), parsing: .upToNextOption, help: "Creator exports: files or folders of CSVs.")
    var creators: [String]

    @Option(name: .customLong("briefs"), help: "The briefs CSV.")
    var briefs: String

    @Option(help: "Platform for exports that do not say (instagram, tiktok, youtube, …).")
    var platform: Platform?
}

/// How a whole run treats its rows and scores (shared by `run` and `nightly`).
struct RunTuningOptions: ParsableArguments {
    @Option(help: "Scoring threads (default: every core). Results do not depend on it.")
    var threads: Int?

    @Option(help: "Exclude creators whose authenticity score (0–1) is below this; 0 keeps everyone.")
    var minAuthenticity: Double = MatchModel.defaultMinAuthenticity

    @Option(help: "Fail the run when more than this share of creator rows is quarantined (0–1).")
    var maxQuarantineRatio: Double?

    @Option(help: "Extra never_merge/always_merge overrides (action,a,b,note CSV), on top of DATA/merge_overrides.csv.")
    var mergeOverrides: String?

    @Flag(help: "Exit with code 3 when any row was quarantined; a creator file that cannot be used fails the run (exit 1) instead of being set aside.")
    var strict = false

    @Flag(help: "Start output CSVs with a UTF-8 BOM so Excel shows non-ASCII names correctly.")
    var excel = false

    func validate() throws {
        if let ratio = maxQuarantineRatio, !(0...1).contains(ratio) {
            throw ValidationError("--max-quarantine-ratio must be between 0 and 1")
        }
        if !(0...1).contains(minAuthenticity) { throw ValidationError("--min-authenticity must be between 0 and 1") }
        if let threads, threads < 1 { throw ValidationError("--threads must be at least 1") }
    }
}
