import CSQLite
import Foundation
import Testing

@testable import ScoutCore

/// Campaign outcomes through whole nights: sharded == one process, every entry point, the sample, the history.
struct OutcomesNightTests {
    /// The sharded-night fixture with outcomes (good and poor results, a bare handle, a brief id, another brand's
    /// campaign, yen and dollars): N shards write exactly what one process writes, and the adjustments show.
    @Test(arguments: [1, 3, 7]) func shardedNightsWithOutcomesEqualOneProcess(shards: Int) throws {
        let outcomes = Fixtures.temporaryFile(
            """
            creator,brand,campaign,date,cost,currency,clicks,conversions
            instagram:vg.us2,Verde Mesa,vm-1,2026-10-01,200,USD,900,40
            instagram:vg.us2,verde mesa,vm-2,2026-08-01,250,USD,1000,35
            @vg.mx3,Verde Mesa,vm-1,2026-10-02,300,USD,90,2
            instagram:tie.b,,speedrun,2026-11-01,30000,JPY,1500,
            tiktok:mgmt.three,Roam,r-1,2026-09-01,500,USD,400,10
            instagram:luciaveg,Crumb,c-1,2026-09-01,100,USD,900,30
            instagram:jo.draws.art,Inkwell,i-1,2026-09-01,100,USD,150,5

            """, name: "outcomes.csv")
        let directory = try ShardedNight.expectSameAsOneProcess(shards: shards) { options in
            options.score.outcomes = outcomes
            options.score.asOf = "2026-12-01"
        }
        let rows = try PipelineTests.table(directory + "/shortlists.csv")
        let adjusted = rows.filter { $0["why"]!.hasPrefix("past ") }.map { $0["brief_id"]! + " " + $0["handle"]! }
        #expect(adjusted.contains("vegan-cap vg.us2") && adjusted.contains("vegan-mix vg.mx3"), "\(adjusted)")
        // The campaign named by brief id breaks the speedrun tie; luciaveg's Crumb campaign does not count for Verde Mesa.
        let speedrun = rows.filter { $0["brief_id"] == "speedrun" }
        #expect(speedrun.first?["handle"] == "tie.b" && speedrun.first?["rank"] == "1" && speedrun.last?["rank"] == "2")
        #expect(!rows.contains { $0["handle"] == "luciaveg" && $0["why"]!.hasPrefix("past ") })
    }

    static var sampleOutcomes: String { Fixtures.dataDirectory + "/sample/outcomes.csv" }
    static var sampleStatuses: String { Fixtures.dataDirectory + "/sample/statuses.csv" }

    /// The Quick start night (`pipelines/nightly.sh --sample`) reads the sample's outcomes and statuses like every
    /// other entry point given them; Glowlab's proven creator moves up with why saying so; everyone else on Glowlab's
    /// list without outcomes keeps their score; a bad file fails with exit 1 and file:line:column before anything
    /// is written.
    @Test func everyEntryPointHonoursTheOutcomesAndTheSampleShowsThem() throws {
        let sample = ["--creators", OutreachRulesTests.sampleCreators, "--briefs", OutreachRulesTests.sampleBriefs]
        // `nightly.sh --sample` reads the sample's statuses, outcomes and relationships.
        let score = [
            "--statuses", Self.sampleStatuses, "--outcomes", Self.sampleOutcomes, "--as-of", "2026-12-01",
            "--relationships", Fixtures.dataDirectory + "/sample/relationships.csv",
        ]
        let run = try EntryPoints.expectSameNight(
            sample, score: score, script: ["--sample"], compare: ["shortlists.csv", "excluded.csv"])
        let plain = Fixtures.temporaryDirectory() + "/night"
        let without = try Executables.run(
            "scout", ["run"] + sample + ["--statuses", Self.sampleStatuses, "--as-of", "2026-12-01", "--out", plain])
        #expect(without.status == 0)
        func glowlab(_ directory: String) throws -> [[String: String]] {
            try PipelineTests.table(directory + "/shortlists.csv").filter { $0["brief_id"] == "glowlab-spf-launch" }
        }
        let (after, before) = (try glowlab(run), try glowlab(plain))
        let proven = try #require(after.first { $0["creator_id"] == "instagram:sakurakob21" })
        #expect(
            proven["why"]!.hasPrefix("past Glowlab campaigns: CPA 71% below median (3 campaigns, shrunk to +0.0"),
            "\(proven["why"]!)")
        #expect(
            Double(proven["score"]!)! > Double(before.first { $0["creator_id"] == "instagram:sakurakob21" }!["score"]!)!
        )
        let scores = Dictionary(uniqueKeysWithValues: before.map { ($0["creator_id"]!, $0["score"]!) })
        for row in after where !row["why"]!.hasPrefix("past ") {
            #expect(scores[row["creator_id"]!] == row["score"]!, "\(row["creator_id"]!)")
        }
        // Yui's Sunveil campaign does not count for Glowlab.
        #expect(after.first { $0["creator_id"] == "instagram:yui.derm" }?["why"]?.hasPrefix("past ") == false)
        let bad = Fixtures.temporaryFile(
            "creator,brand,date,cost,currency,clicks\ninstagram:sakurakob21,Glowlab,2026-06-15,40000,JPY,many\n",
            name: "outcomes.csv")
        try EntryPoints.expectRejected(
            sample, score: ["--outcomes", bad], message: "outcomes.csv:2:6: bad outcome field clicks: 'many'")
    }

    /// `scout nightly` reads `DATA/outcomes.csv` when it exists, as if given `--outcomes`.
    @Test func nightlyReadsTheDataFoldersOutcomes() throws {
        let data = Fixtures.temporaryDirectory() + "/data"
        try FileManager.default.copyItem(atPath: Fixtures.dataDirectory, toPath: data)
        try FileManager.default.copyItem(atPath: Self.sampleOutcomes, toPath: data + "/outcomes.csv")
        let sample = ["--creators", OutreachRulesTests.sampleCreators, "--briefs", OutreachRulesTests.sampleBriefs]
        let runs = Fixtures.temporaryDirectory()
        let nightly = try Executables.run(
            "scout",
            ["nightly"] + sample + ["--data", data, "--runs-dir", runs, "--run-id", "2026-12-01", "--no-history"])
        #expect(nightly.status == 0, "\(nightly.stderr)")
        let run = Fixtures.temporaryDirectory() + "/night"
        #expect(
            try Executables.run(
                "scout", ["run"] + sample + ["--outcomes", Self.sampleOutcomes, "--as-of", "2026-12-01", "--out", run]
            ).status == 0)
        let expected = FileManager.default.contents(atPath: run + "/shortlists.csv")
        #expect(
            expected != nil && FileManager.default.contents(atPath: runs + "/2026-12-01/shortlists.csv") == expected)
    }
}

extension OutcomesNightTests {
    /// A history written by main before schema versions opens, migrates to version 1 and keeps its nights; a file
    /// from a newer Scout is refused.
    @Test func aHistoryFromMainMigrates() throws {
        let path = Fixtures.temporaryDirectory() + "/history.sqlite"
        try FileManager.default.copyItem(atPath: Fixtures.path("history/main-v0.sqlite"), toPath: path)
        let store = try HistoryStore(path: path)
        #expect(try store.database.scalar("PRAGMA user_version") == 1)
        #expect(try store.runIDs() == ["2026-11-30"])
        #expect(try store.database.scalar("SELECT COUNT(*) FROM snapshots") == 36)
        #expect(try store.previousShortlists(before: 2).values.map(\.count).reduce(0, +) == 22)
        #expect(try store.outcomes().isEmpty)
        // Opening again changes nothing.
        #expect(try HistoryStore(path: path).database.scalar("PRAGMA user_version") == 1)
        try store.database.execute("PRAGMA user_version = 7")
        #expect {
            try HistoryStore(path: path)
        } throws: { error in
            "\(error)".contains("schema version 7 is newer than this Scout's (1)")
        }
    }

    /// A night given the file keeps its rows; a later night without the file still sees them (same lists, same
    /// why); a later file row with the same creator, brand, campaign and date replaces the kept one.
    @Test func laterNightsSeeTheOutcomesWithoutTheFile() throws {
        let history = Fixtures.temporaryDirectory() + "/history.sqlite"
        func night(_ id: String, outcomes: String?) throws -> String {
            var options = PipelineOptions(
                creators: [OutreachRulesTests.sampleCreators], briefs: OutreachRulesTests.sampleBriefs,
                outputDirectory: Fixtures.temporaryDirectory() + "/" + id, dataDirectory: Fixtures.dataDirectory)
            options.shortlist = ShortlistOptions(history: history, runID: id)
            options.score.outcomes = outcomes
            options.score.asOf = "2026-12-01"
            _ = try ScoutPipeline.run(options)
            return try String(contentsOfFile: options.layout.directory + "/shortlists.csv", encoding: .utf8)
        }
        let first = try night("2026-12-01", outcomes: Self.sampleOutcomes)
        #expect(first.contains("past Glowlab campaigns: CPA"))
        let kept = try HistoryStore(path: history).outcomes()
        #expect(kept.count == 10)
        #expect(Set(kept.map(\.key)) == Set(try Outcomes.load(Self.sampleOutcomes).records.map(\.key)))
        // The next night, without the file: the same rows count.
        #expect(
            try night("2026-12-02", outcomes: nil).split(separator: "\n").map { $0.split(separator: ",").prefix(3) }
                == first.split(separator: "\n").map { $0.split(separator: ",").prefix(3) })
        #expect(try night("2026-12-03", outcomes: nil).contains("past Glowlab campaigns: CPA 71% below median"))
        // A corrected row (same key) replaces the kept one; the other rows stay.
        let corrected = Fixtures.temporaryFile(
            "creator,brand,campaign,date,cost,currency,clicks,conversions\n"
                + "tiktok:nanami_hada,Glowlab,gl-spring-26,2026-06-20,60000,JPY,1500,90\n", name: "outcomes.csv")
        let fourth = try night("2026-12-04", outcomes: corrected)
        let rows = try HistoryStore(path: history).outcomes()
        #expect(rows.count == 10)
        #expect(rows.first { $0.creatorText == "tiktok:nanami_hada" }?.measures[.clicks] == 1500)
        #expect(!fourth.contains("CPA 7.9× the median"))
    }
}
