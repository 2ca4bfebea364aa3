import Foundation
import Testing

@testable import ScoutCore

/// The pieces of the shard contract: stable placement, mergeable statistics published as exact bits, whole task
/// folders, and clear refusals when a step would mix nights, shard counts or reference tables.
struct ShardContractTests {
    /// FNV-1a 64 (the published test vectors) and a placement that never changes between processes or releases.
    @Test func shardPlacementUsesAStableHash() {
        #expect(StableHash.fnv1a64("") == 0xcbf2_9ce4_8422_2325)
        #expect(StableHash.fnv1a64("a") == 0xaf63_dc4c_8601_ec8c)
        #expect(StableHash.fnv1a64("foobar") == 0x8594_4171_f739_67e8)
        #expect(
            Shard.of("p:instagram:sam.bakes", count: 7)
                == Shard(Int(StableHash.fnv1a64("p:instagram:sam.bakes") % 7) + 1, of: 7))
        #expect(Shard.of("p:instagram:sam.bakes", count: 1) == Shard(1, of: 1))
        #expect(Shard(parsing: "2/4") == Shard(2, of: 4))
        for bad in ["0/4", "5/4", "1/0", "2", "a/b", "1/2/3", ""] { #expect(Shard(parsing: bad) == nil, "\(bad)") }
    }

    /// Statistics counted in parts and merged equal those counted at once, in any order, and their published
    /// doubles survive the JSON round trip bit for bit.
    @Test func statisticsMergeExactlyAndPublishBitPatterns() throws {
        let (briefs, accounts) = ScoringEngineTests.night(creators: 600, briefs: 30, seed: 5)
        let model = MatchModel(reference: Fixtures.reference)
        var unknown: [String: [String]] = [:]
        let terms = NightStatistics.queryTerms(briefs.map { model.prepare($0, unknownNiches: &unknown) })
        let (prepared, _) = ScoringEngine.prepare(accounts, model: model, workers: 2)
        let whole = NightStatistics(prepared, terms: terms)
        var parts = [
            NightStatistics(prepared[..<250], terms: terms), NightStatistics(prepared[250..<251], terms: terms),
            NightStatistics(prepared[251...], terms: terms),
        ]
        parts.append(NightStatistics(terms: terms))  // an empty shard
        for order in [[0, 1, 2, 3], [3, 2, 1, 0], [1, 3, 0, 2]] {
            var merged = parts[order[0]]
            for i in order.dropFirst() { merged.merge(parts[i]) }
            #expect(merged == whole)
        }
        #expect(whole.costsPerEngagement.count > 100 && whole.documentFrequency.values.contains { $0 > 10 })
        let published = PublishedStatistics(whole)
        let encoder = JSONEncoder()
        let read = try JSONDecoder().decode(PublishedStatistics.self, from: encoder.encode(published))
        #expect(read.corpus == published.corpus)
        #expect(read.corpus.averageLength.bitPattern == published.corpus.averageLength.bitPattern)
        for (term, idf) in published.corpus.idfs { #expect(read.corpus.idf(term).bitPattern == idf.bitPattern) }
        #expect(published.corpus.medianCostPerEngagement == NightStatistics.median(whole.costsPerEngagement))
    }

    /// A task's folder appears whole: a failed attempt leaves the previous one in place, a retried one replaces it,
    /// and temporaries of killed attempts are cleared.
    @Test func taskFoldersAreReplacedWhole() throws {
        let path = Fixtures.temporaryDirectory() + "/shards/ingest/1-of-2"
        do {
            let first = try TaskFolder(path)
            try AtomicFile.write(Array("one".utf8), to: first.file("a.txt"))
            try AtomicFile.write(Array("one".utf8), to: first.file("b.txt"))
            try first.commit()
        }
        do {  // an attempt that dies before committing
            let failed = try TaskFolder(path)
            try AtomicFile.write(Array("two".utf8), to: failed.file("a.txt"))
        }
        #expect(try String(contentsOfFile: path + "/a.txt", encoding: .utf8) == "one")
        let stale = (path as NSString).deletingLastPathComponent + "/.1-of-2.tmp-99999999"
        try FileManager.default.createDirectory(atPath: stale, withIntermediateDirectories: true)
        let retry = try TaskFolder(path)
        #expect(!FileManager.default.fileExists(atPath: stale))
        try AtomicFile.write(Array("three".utf8), to: retry.file("a.txt"))
        try retry.commit()
        #expect(try FileManager.default.contentsOfDirectory(atPath: path) == ["a.txt"])
        #expect(try String(contentsOfFile: path + "/a.txt", encoding: .utf8) == "three")
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: (path as NSString).deletingLastPathComponent) == [
                "1-of-2"
            ])
    }

    static func planned(shards: Int) throws -> PipelineOptions {
        let options = ShardedNightTests.options(Fixtures.temporaryDirectory() + "/n1", runID: "n1")
        _ = try ScoutPipeline.runStage(IngestStage.planDefinition(shards: shards), options: options)
        return options
    }

    /// A step refuses another shard count, reference tables other than the plan's, a step before it that has not
    /// run, and a folder written for another plan (a night planned again with another N).
    @Test func stepsRefuseToMixNights() throws {
        let options = try Self.planned(shards: 3)
        let run = options.layout.directory
        func step<Input, Output>(_ stage: PipelineStage<Input, Output>, _ shard: Shard?, data: String? = nil) throws {
            _ = try ScoutPipeline.runShardStep(
                stage, run: run, shard: shard, dataDirectory: data ?? options.dataDirectory, threads: nil)
        }
        #expect(throws: ScoutError.badOption("--shard 1/4: the night was planned with 3 shards (use --shard K/3)")) {
            try step(IngestStage.shardDefinition(Shard(1, of: 4)), Shard(1, of: 4))
        }
        let otherData = Fixtures.temporaryDirectory()
        for table in ReferenceData.Table.allCases {
            try FileManager.default.copyItem(
                atPath: ReferenceData.path(table, in: options.dataDirectory),
                toPath: ReferenceData.path(table, in: otherData))
        }
        // The same tables: fine.
        try step(IngestStage.shardDefinition(Shard(1, of: 3)), Shard(1, of: 3), data: otherData)
        let tiers = ReferenceData.path(.tiers, in: otherData)
        try (String(contentsOfFile: tiers, encoding: .utf8) + "\n").write(
            toFile: tiers, atomically: true, encoding: .utf8)
        #expect(throws: ScoutError.self) {
            try step(IngestStage.shardDefinition(Shard(2, of: 3)), Shard(2, of: 3), data: otherData)
        }
        #expect { try step(NormalizeStage.identityDefinition, nil) } throws: { error in
            "\(error)".contains(
                "shards/ingest/2-of-3: bad intermediate file: missing (run `scout ingest --shard 2/3` first)")
        }
        for shard in Shard.all(3) { try step(IngestStage.shardDefinition(shard), shard) }
        try step(NormalizeStage.identityDefinition, nil)
        // Planned again with 2 shards: ingest 1-of-2 never ran, and the identity folder is the old plan's.
        _ = try ScoutPipeline.runStage(IngestStage.planDefinition(shards: 2), options: options)
        #expect { try step(NormalizeStage.shardDefinition(Shard(1, of: 2)), Shard(1, of: 2)) } throws: { error in
            "\(error)".contains(
                "shards/identity: bad intermediate file: written for another plan or shard (run `scout identity` again)"
            )
        }
        #expect { try step(NormalizeStage.identityDefinition, nil) } throws: { error in
            "\(error)".contains("missing (run `scout ingest --shard 1/2` first)")
        }
    }

    /// An edited plan is refused (every task checks the plan's id against its content).
    @Test func anEditedPlanIsRefused() throws {
        let options = try Self.planned(shards: 2)
        let path = ShardLayout(run: options.layout.directory).plan + "/plan.json"
        let text = try String(contentsOfFile: path, encoding: .utf8).replacingOccurrences(
            of: "\"shard\" : 2", with: "\"shard\" : 1")
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        #expect { try ShardPlan.read(run: options.layout.directory) } throws: {
            "\($0)".contains("edited since `scout plan` wrote it")
        }
    }

    /// Files are given whole to the shard with the fewest bytes so far, largest first; extra shards stay empty
    /// and still run (their outputs are empty, the results unchanged).
    @Test func planBalancesWholeFiles() throws {
        let options = ShardedNightTests.options(Fixtures.temporaryDirectory() + "/n1", runID: "n1")
        let brief = try ShardPlan.read(run: try Self.planned(shards: 1).layout.directory).briefs
        let plan = try ShardPlan.make(options: options, shards: 3, briefs: brief)
        let load = (1...3).map { k in plan.files.filter { $0.shard == k }.map(\.bytes).reduce(0, +) }
        #expect(plan.files.map(\.index) == Array(plan.files.indices))
        #expect(load.max()! - load.min()! <= plan.files.map(\.bytes).max()!)
        let many = try ShardPlan.make(options: options, shards: 12, briefs: brief)
        #expect(Set(many.files.map(\.shard)).count == many.files.count)  // nine files, nine shards used, three empty
    }
}
