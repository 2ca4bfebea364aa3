import ArgumentParser
import ScoutCore

/// Stage 3's options (`scout run`, `scout nightly`, `scout score`).
struct ScoreArguments: ParsableArguments {
    @Option(help: ArgumentHelp("Scoring threads (default: every core). Results do not depend on it.", valueName: "n"))
    var threads: Int?

    @Option(help: ArgumentHelp("Exclude creators whose authenticity score (0–1) is below this; 0 keeps everyone. (default: \(NumberText.format(MatchModel.defaultMinAuthenticity)))", valueName: "score"))
    var minAuthenticity: Double?

    @Option(help: ArgumentHelp("Least niche score (0–1) that counts as fit for briefs without min_fit; 0: any niche match or matched keyword. (default: \(NumberText.format(MatchModel.defaultMinFit)))",
                               valueName: "score"))
    var minFit: Double?

    func validate() throws {
        if let minAuthenticity, !(0...1).contains(minAuthenticity) { throw ValidationError("--min-authenticity must be between 0 and 1") }
        if let minFit, !(0...1).contains(minFit) { throw ValidationError("--min-fit must be between 0 and 1") }
        if let threads, threads < 1 { throw ValidationError("--threads must be at least 1") }
    }

    func apply(to options: inout PipelineOptions) {
        options.score = ScoreOptions(minAuthenticity: minAuthenticity ?? MatchModel.defaultMinAuthenticity,
                                     minFit: minFit ?? MatchModel.defaultMinFit)
        options.threads = threads
    }
}
