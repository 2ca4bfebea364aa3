import ArgumentParser
import Foundation
import ScoutCore

/// `scout-ingest` / `scout ingest`: stage 1, or one ingest shard of a sharded night.
package struct IngestCommand: ParsableCommand {
    package static let configuration = CommandConfiguration(
        commandName: "ingest", abstract: "Stage 1: read creator exports and briefs into <dir>/stages/ingest.",
        discussion:
            "With --shard K/N: read the files the plan gives shard K and normalise their rows into <dir>/shards/ingest/K-of-N (a sharded night; see scout plan)."
    )

    @OptionGroup var out: OutArguments

    @OptionGroup var input: InputArguments

    @Flag(help: "Fail when a creator file cannot be used (no handle or follower column…) instead of setting it aside.")
    var strict = false

    @Option(
        help: ArgumentHelp(
            "Run as ingest shard K of a planned night (the inputs come from the plan).", valueName: "K/N"))
    var shard: Shard?

    package init() {}

    package func validate() throws {
        if shard == nil {
            try input.require()
        } else if input.isGiven {
            throw ValidationError(
                "--shard reads the inputs from the plan; give --creators, --briefs and --platform to scout plan")
        } else if strict {
            throw ValidationError("--shard takes --strict from the plan; give it to scout plan")
        }
    }

    package func run() throws {
        try runMappingErrors {
            if let shard {
                let files = try ShardArguments.run(
                    IngestStage.shardDefinition(shard), out: out.out, data: out.data.data, shard: shard, threads: nil)
                printError(
                    "scout ingest \(shard): \(files.count) files, \(files.map(\.accounts.count).reduce(0, +)) rows -> \(out.out)/shards/ingest/\(shard.folder)"
                )
                return
            }
            let output = try out.runStage(IngestStage.definition) { options in
                input.apply(to: &options)
                options.ingest.strict = strict
            }
            printError(
                "scout ingest: \(output.rows.count) rows, \(output.quarantine.count) quarantined, \(output.briefs.count) briefs -> \(out.out)/stages/ingest"
            )
        }
    }
}
