import ArgumentParser
import ScoutCore

/// Every stage's options, shared by `scout run` and `scout nightly` (the stage commands take their own group):
/// a new option goes in its stage's group and reaches every command that runs that stage.
struct PipelineArguments: ParsableArguments {
    @OptionGroup(title: "Input") var input: InputArguments
    @OptionGroup(title: "Normalise") var normalize: NormalizeArguments
    @OptionGroup(title: "Score") var score: ScoreArguments
    @OptionGroup(title: "Shortlist") var shortlist: ShortlistArguments

    func apply(to options: inout PipelineOptions) {
        input.apply(to: &options)
        normalize.apply(to: &options)
        score.apply(to: &options, runID: shortlist.runID)
        shortlist.apply(to: &options)
    }
}
