import ArgumentParser
import Foundation
import ScoutCore

/// `scout-score` / `scout score`: stage 3, or one score shard of a sharded night.
package struct ScoreCommand: ParsableCommand {
    package static let configuration = CommandConfiguration(
        commandName: "score", abstract: "Stage 3: score every account against every brief; keep each brief's top K.",
        discussion:
            "With --shard K/N: score shard K's accounts with the night's published statistics and keep each brief's pool in <dir>/shards/score/K-of-N (a sharded night; see scout plan)."
    )

    @OptionGroup var out: OutArguments

    @OptionGroup var score: ScoreArguments

    @Option(
        help: ArgumentHelp(
            "Run as score shard K of a planned night (the options come from the plan).", valueName: "K/N"))
    var shard: Shard?

    package init() {}

    package func validate() throws {
        if shard != nil && (score.minAuthenticity != nil || score.minFit != nil) {
            throw ValidationError("--shard takes the options from the plan; give them to scout plan")
        }
    }

    package func run() throws {
        try runMappingErrors {
            if let shard {
                let output = try ShardArguments.run(
                    ScoreStage.shardDefinition(shard), out: out.out, data: out.data.data, shard: shard,
                    threads: score.threads)
                printError(
                    "scout score \(shard): \(output.summary.accounts) accounts, \(output.pools.count) pool entries -> \(out.out)/shards/score/\(shard.folder)"
                )
                return
            }
            let output = try out.runStage(ScoreStage.definition, with: { score.apply(to: &$0) })
            printError("scout score: \(output.candidates.count) candidates -> \(out.out)/stages/score")
        }
    }
}
