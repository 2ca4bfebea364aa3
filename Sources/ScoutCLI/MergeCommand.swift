import ArgumentParser
import Foundation
import ScoutCore

/// `scout merge`: the last step of a sharded night, which writes the night's results.
package struct MergeCommand: ParsableCommand {
    package static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract:
            "Sharded night: rank the score shards' pools and write the shortlists, quarantine.csv, merges.csv and manifest.json."
    )

    @OptionGroup var shard: ShardArguments

    @Flag(help: "Exit with code 3 when any row was quarantined (the outputs are still written).")
    var strict = false

    package init() {}

    package func run() throws {
        var exit = ScoutExit.success
        try runMappingErrors {
            let output = try shard.run(ShortlistStage.mergeDefinition)
            printError(RunSummary.text(output, directory: shard.out))
            exit =
                strict && output.manifest.totals.rowsQuarantined > 0
                ? ScoutExit.quarantinedUnderStrict : ScoutExit.success
        }
        if exit != ScoutExit.success { throw ExitCode(exit) }
    }
}
