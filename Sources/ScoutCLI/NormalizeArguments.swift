import ArgumentParser
import ScoutCore

/// Stage 2's options (`scout run`, `scout nightly`, `scout normalize`).
struct NormalizeArguments: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "Fail the run when more than this share of creator rows is quarantined (0–1).", valueName: "ratio"))
    var maxQuarantineRatio: Double?

    @Option(
        help: ArgumentHelp(
            "Extra never_merge/always_merge overrides (action,a,b,note CSV), on top of DATA/merge_overrides.csv.",
            valueName: "file"))
    var mergeOverrides: String?

    func validate() throws {
        if let ratio = maxQuarantineRatio, !(0...1).contains(ratio) {
            throw ValidationError("--max-quarantine-ratio must be between 0 and 1")
        }
    }

    func apply(to options: inout PipelineOptions) {
        options.normalize = NormalizeOptions(maxQuarantineRatio: maxQuarantineRatio, mergeOverrides: mergeOverrides)
    }
}
