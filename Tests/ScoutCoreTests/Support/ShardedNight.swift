import Foundation
import Testing

@testable import ScoutCore

/// A sharded night run step by step through the stage definitions, as the CLI (and so the Airflow DAG) runs them.
enum ShardedNight {
    /// Plans `options`' night in `shards` shards, then runs every step in order.
    static func run(_ options: PipelineOptions, shards: Int) throws {
        _ = try ScoutPipeline.runStage(IngestStage.planDefinition(shards: shards), options: options)
        let directory = options.layout.directory
        func step<Input, Output>(_ stage: PipelineStage<Input, Output>, _ shard: Shard? = nil) throws {
            _ = try ScoutPipeline.runShardStep(
                stage, run: directory, shard: shard, dataDirectory: options.dataDirectory, threads: options.threads)
        }
        for shard in Shard.all(shards) { try step(IngestStage.shardDefinition(shard), shard) }
        try step(NormalizeStage.identityDefinition)
        for shard in Shard.all(shards) { try step(NormalizeStage.shardDefinition(shard), shard) }
        try step(ScoreStage.statisticsDefinition)
        for shard in Shard.all(shards) { try step(ScoreStage.shardDefinition(shard), shard) }
        try step(ShortlistStage.mergeDefinition)
    }

    /// `ShardedNightTests.fixture`'s night (with `configure` applied) in one process and in `shards` shards: expects
    /// every delivered file byte-identical; returns the one-process run directory.
    static func expectSameAsOneProcess(shards: Int, configure: (inout PipelineOptions) -> Void) throws -> String {
        let (whole, sharded) = (Fixtures.temporaryDirectory(), Fixtures.temporaryDirectory())
        var one = ShardedNightTests.options(whole + "/n1", runID: "n1")
        var many = ShardedNightTests.options(sharded + "/n1", runID: "n1")
        configure(&one)
        configure(&many)
        _ = try ScoutPipeline.run(one)
        try run(many, shards: shards)
        let files = try deliverables(in: one.layout.directory)
        #expect(try deliverables(in: many.layout.directory) == files)
        for name in files {
            #expect(
                FileManager.default.contents(atPath: many.layout.directory + "/" + name)
                    == FileManager.default.contents(atPath: one.layout.directory + "/" + name), "N = \(shards): \(name)"
            )
        }
        return one.layout.directory
    }

    /// Every file of a run directory outside `stages/` and `shards/`, relative, sorted: what a night delivers.
    static func deliverables(in directory: String) throws -> [String] {
        try PipelineTests.files(in: directory).filter { !$0.hasPrefix("stages/") && !$0.hasPrefix("shards/") }
    }

    /// Every shard's accounts, sorted by id: the night's accounts.
    static func accounts(in directory: String, shards: Int) throws -> [CreatorAccount] {
        let layout = ShardLayout(run: directory)
        return try Shard.all(shards).flatMap {
            try AccountCodec.read(layout.normalize($0) + "/" + ShardLayout.accountsFile)
        }
        .sorted { $0.id < $1.id }
    }
}
