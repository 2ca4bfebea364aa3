import ArgumentParser
import ScoutCore

/// `--out DIR` and `--data`: where `scout run` and the stage commands work.
struct OutArguments: ParsableArguments {
    @Option(
        name: .customLong("out"),
        help: ArgumentHelp("The run directory: results in it, stage files in its stages/ folder.", valueName: "dir"))
    var out: String

    @OptionGroup var data: DataArguments

    /// Options for a run into `--out`, before any stage's group is applied.
    var options: PipelineOptions { PipelineOptions(outputDirectory: out, dataDirectory: data.directory) }

    /// Runs `stage` alone on the files in `--out`, with the options `apply` sets (a stage command).
    func runStage<Input, Output>(_ stage: PipelineStage<Input, Output>, with apply: (inout PipelineOptions) -> Void)
        throws -> Output
    {
        var options = options
        apply(&options)
        return try ScoutPipeline.runStage(stage, options: options)
    }
}
