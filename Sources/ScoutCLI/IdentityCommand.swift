import ArgumentParser
import Foundation
import ScoutCore

/// `scout identity`: the global identity step of a sharded night.
package struct IdentityCommand: ParsableCommand {
    package static let configuration = CommandConfiguration(
        commandName: "identity",
        abstract:
            "Sharded night: resolve every account and person from the ingest shards' keys (<dir>/shards/identity).")

    @OptionGroup var shard: ShardArguments

    package init() {}

    package func run() throws {
        try runMappingErrors {
            let output = try shard.run(NormalizeStage.identityDefinition)
            printError(
                "scout identity: \(output.summary.creators) accounts, \(output.summary.people) people, \(output.merges.count) merges -> \(shard.out)/shards/identity"
            )
        }
    }
}
