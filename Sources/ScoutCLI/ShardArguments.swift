import ArgumentParser
import Foundation
import ScoutCore

/// What every step of a sharded night takes: the run directory (which holds the plan) and, optionally, the data
/// folder; the options themselves come from the plan.
struct ShardArguments: ParsableArguments {
    @Option(
        name: .customLong("out"),
        help: ArgumentHelp("The run directory `scout plan` wrote its plan in.", valueName: "dir"))
    var out: String

    @Option(
        name: .customLong("data"),
        help: ArgumentHelp(
            "Reference tables folder (default: $SCOUT_DATA, else the plan's); must hold the tables the night was planned with.",
            valueName: "dir"))
    var data: String?

    /// Runs one step of the night in `--out`.
    func run<Input, Output>(_ stage: PipelineStage<Input, Output>) throws -> Output {
        try Self.run(stage, out: out, data: data, shard: nil, threads: nil)
    }

    /// Runs one step of the night in `out`, reading the reference tables in `data`, else `$SCOUT_DATA`, else the
    /// plan's folder.
    static func run<Input, Output>(
        _ stage: PipelineStage<Input, Output>, out: String, data: String?, shard: Shard?,
        threads: Int?
    ) throws -> Output {
        let data = data ?? ProcessInfo.processInfo.environment["SCOUT_DATA"].flatMap { $0.isEmpty ? nil : $0 }
        return try ScoutPipeline.runShardStep(stage, run: out, shard: shard, dataDirectory: data, threads: threads)
    }
}
