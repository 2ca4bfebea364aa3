import ArgumentParser
import Foundation
import ScoutCore

/// `scout-normalize` / `scout normalize`: stage 2, or one normalize shard of a sharded night.
package struct NormalizeCommand: ParsableCommand {
    package static let configuration = CommandConfiguration(
        commandName: "normalize", abstract: "Stage 2: parse values, quarantine bad rows, merge duplicate accounts.",
        discussion:
            "With --shard K/N: build the accounts the identity step gave shard K and count their statistics into <dir>/shards/normalize/K-of-N (a sharded night; see scout plan)."
    )

    @OptionGroup var out: OutArguments

    @OptionGroup var normalize: NormalizeArguments

    @Option(
        help: ArgumentHelp(
            "Run as normalize shard K of a planned night (the options come from the plan).", valueName: "K/N"))
    var shard: Shard?

    package init() {}

    package func validate() throws {
        if shard != nil && (normalize.maxQuarantineRatio != nil || normalize.mergeOverrides != nil) {
            throw ValidationError("--shard takes the options from the plan; give them to scout plan")
        }
    }

    package func run() throws {
        try runMappingErrors {
            if let shard {
                let output = try ShardArguments.run(
                    NormalizeStage.shardDefinition(shard), out: out.out, data: out.data.data, shard: shard, threads: nil
                )
                printError(
                    "scout normalize \(shard): \(output.accounts.count) accounts -> \(out.out)/shards/normalize/\(shard.folder)"
                )
                return
            }
            let output = try out.runStage(NormalizeStage.definition, with: normalize.apply)
            printError(
                "scout normalize: \(output.accounts.count) accounts, \(output.merges.count) merges, \(output.quarantine.count) quarantined"
            )
        }
    }
}
