import ArgumentParser
import Foundation
import ScoutCore

/// `scout statistics`: the global statistics step of a sharded night.
package struct StatisticsCommand: ParsableCommand {
    package static let configuration = CommandConfiguration(
        commandName: "statistics",
        abstract:
            "Sharded night: merge the shards' statistics and publish the figures scoring reads (<dir>/shards/statistics)."
    )

    @OptionGroup var shard: ShardArguments

    package init() {}

    package func run() throws {
        try runMappingErrors {
            let (_, published) = try shard.run(ScoreStage.statisticsDefinition)
            printError(
                "scout statistics: \(published.statistics.accounts) accounts, \(published.statistics.documentFrequency.count) query terms -> \(shard.out)/shards/statistics"
            )
        }
    }
}
