import ArgumentParser
import Foundation
import ScoutCore

/// `scout plan --shards N`: the first step of a sharded night.
package struct PlanCommand: ParsableCommand {
    package static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract:
            "Plan a sharded night: order the exports, give them to N ingest shards, check the briefs (<dir>/shards/plan).",
        discussion: """
            The steps of a sharded night, each a task a scheduler can run on another machine (docs/sharding.md): \
            plan; ingest --shard K/N (each K); identity; normalize --shard K/N; statistics; score --shard K/N; merge. \
            Every step after the plan reads the options given here from the plan; the results equal those of scout run.
            """)

    @OptionGroup var out: OutArguments

    @Option(help: ArgumentHelp("How many shards the night's per-shard steps run in.", valueName: "n"))
    var shards: Int

    @OptionGroup var pipeline: PipelineArguments

    package init() {}

    package func validate() throws {
        try pipeline.input.require()
        if shards < 1 { throw ValidationError("--shards must be at least 1") }
        if pipeline.score.threads != nil {
            throw ValidationError("--threads is per task: give it to scout score --shard K/N")
        }
        // --strict is recorded for the ingest shards (a creator file that cannot be used fails the night, as in
        // scout run); its exit policy for quarantined rows belongs to the merge step (scout merge --strict).
    }

    package func run() throws {
        try runMappingErrors {
            let output = try out.runStage(IngestStage.planDefinition(shards: shards), with: pipeline.apply)
            let plan = output.plan
            let sizes = plan.allShards.map { shard in "\(shard): \(plan.files(of: shard).count) files" }.joined(
                separator: ", ")
            printError(
                "scout plan: \(plan.files.count) files, \(output.briefs.count) briefs, \(plan.shards) shards (\(sizes)) -> \(out.out)/shards/plan"
            )
        }
    }
}
