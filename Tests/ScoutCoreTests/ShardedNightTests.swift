import Foundation
import Testing

@testable import ScoutCore

/// A night split into N shards (plan, ingest, identity, normalize, statistics, score, merge) writes exactly what
/// `scout run` writes, on a fixture whose every feature crosses files and so shards (`Tests/Fixtures/shards`).
struct ShardedNightTests {
    static let fixture = "shards"

    /// The fixture's night: overrides, a do-not-contact list and history (a database per run).
    static func options(_ out: String, runID: String, dropping dropped: String? = nil) -> PipelineOptions {
        let creators = Fixtures.files(in: fixture + "/creators", withExtension: "csv").filter {
            dropped == nil || !$0.hasSuffix(dropped!)
        }
        var options = PipelineOptions(
            creators: creators, briefs: Fixtures.path(fixture + "/briefs.csv"), outputDirectory: out,
            dataDirectory: Fixtures.dataDirectory)
        options.normalize = NormalizeOptions(mergeOverrides: Fixtures.path(fixture + "/overrides.csv"))
        options.shortlist = ShortlistOptions(history: out + "/../history.sqlite", runID: runID)
        options.score.doNotContact = Fixtures.path(fixture + "/do_not_contact.csv")
        return options
    }

    /// Two nights (the second without one export, so history has changes and dropped creators), each run by
    /// `scout run` and sharded into N; every delivered file byte for byte, and the shards' accounts are the run's.
    /// N = 12 is more shards than files: some ingest shards read nothing.
    @Test(arguments: [1, 3, 7, 12]) func shardedNightsEqualOneProcess(shards: Int) throws {
        let (whole, sharded) = (Fixtures.temporaryDirectory(), Fixtures.temporaryDirectory())
        for (night, dropped) in [("n1", nil), ("n2", "07_vegan_more.csv")] as [(String, String?)] {
            let one = Self.options(whole + "/" + night, runID: night, dropping: dropped)
            let many = Self.options(sharded + "/" + night, runID: night, dropping: dropped)
            _ = try ScoutPipeline.run(one)
            try ShardedNight.run(many, shards: shards)
            let files = try ShardedNight.deliverables(in: one.layout.directory)
            #expect(try ShardedNight.deliverables(in: many.layout.directory) == files)
            #expect(
                files.contains("dropped.csv") && files.contains("excluded.csv")
                    && files.contains("shortlists/vegan-cap.csv")
                    && files.contains("brief_report.csv"))
            for name in files {
                #expect(
                    FileManager.default.contents(atPath: many.layout.directory + "/" + name)
                        == FileManager.default.contents(atPath: one.layout.directory + "/" + name),
                    "night \(night), N = \(shards): \(name)")
            }
            #expect(
                try ShardedNight.accounts(in: many.layout.directory, shards: shards)
                    == AccountCodec.read(one.layout.accounts))
        }
    }

    /// The fixture does exercise what the byte-identity test claims to cover, and with N = 3 and 7 the features
    /// really cross ingest shards (a whole file goes to one shard).
    @Test func theFixtureCrossesShards() throws {
        let out = Fixtures.temporaryDirectory() + "/n1"
        let options = Self.options(out, runID: "n1")
        try ShardedNight.run(options, shards: 3)
        let merges = try String(contentsOfFile: options.layout.merges, encoding: .utf8)
        for rule in ["same_account", "same_email", "same_website", "bio_link", "always_merge", "never_merge"] {
            #expect(merges.contains("," + rule + ","), "\(rule)")
        }
        #expect(merges.components(separatedBy: ",never_merge,").count == 3)
        #expect(try String(contentsOfFile: options.layout.diagnostics, encoding: .utf8).contains("[shared_contact]"))
        let rows = try PipelineTests.table(options.layout.shortlists)
        let vegan = rows.filter { $0["brief_id"] == "vegan-cap" }
        // Six chosen under the cap of two per country; the do-not-contact list keeps vg.es5 off before they are
        // chosen, so the next creator takes the sixth place.
        #expect(vegan.count == 6 && !vegan.contains { $0["creator_id"] == "instagram:vg.es5" })
        #expect(try PipelineTests.table(out + "/excluded.csv").map { $0["creator_id"] } == ["instagram:vg.es5"])
        let countries = Dictionary(
            uniqueKeysWithValues: try ShardedNight.accounts(in: out, shards: 3).map {
                ($0.id, ShortlistSelection.country(of: $0))
            })
        let perCountry = Dictionary(grouping: vegan, by: { countries[$0["creator_id"] ?? ""] ?? "" })
        #expect(perCountry.count == 4 && perCountry.values.allSatisfy { $0.count <= 2 })
        // Contact details (bread and travel opt in) are read back from the rows, even from an older row of the
        // account in another file (mgmt.one's newest row has no e-mail).
        func email(_ brief: String, _ creator: String) -> String? {
            rows.first { $0["brief_id"] == brief && $0["creator_id"] == creator }?["email"]
        }
        #expect(email("bread", "youtube:sambakes") == "sam@example.com")
        #expect(email("travel", "instagram:mgmt.one") == "mgmt@agency.example")
        #expect(
            rows.filter { $0["brief_id"] == "vegan-cap" }.allSatisfy {
                $0["email"] == "" && $0["price_currency"] == "EUR"
            })
        // Ties: four creators share one score; the two with the smallest ids are listed, sharing rank 1.
        let speedrun = rows.filter { $0["brief_id"] == "speedrun" }
        #expect(
            speedrun.map { $0["creator_id"] } == ["instagram:tie.a", "instagram:tie.b"]
                && speedrun.allSatisfy { $0["rank"] == "1" })
        // The funnels add up over shards: the tie beyond the list, the do-not-contact removal, an inauthentic account.
        let report = try PipelineTests.table(out + "/brief_report.csv")
        #expect(report.first { $0["brief_id"] == "speedrun" }?["tie_beyond_list"] == "yes")
        #expect(report.first { $0["brief_id"] == "vegan-cap" }?["do_not_contact"] == "1")
        #expect(report.allSatisfy { $0["considered"] == "37" && $0["low_authenticity"] == "1" })
        #expect(try PipelineTests.table(out + "/inauthentic.csv").map { $0["creator_id"] } == ["instagram:fake.grow"])
        // List rules in the merge step: a total budget chooses four cheaper creators over the top-ranked pair the naive
        // cut would keep, within 150 EUR; the platform mix holds.
        let total = rows.filter { $0["brief_id"] == "vegan-total" }
        #expect(
            total.count == 4 && total.map { Double($0["price"]!)! }.reduce(0, +) <= 150
                && !total.contains { $0["creator_id"] == "tiktok:vg.mx3" })
        let mix = Dictionary(grouping: rows.filter { $0["brief_id"] == "vegan-mix" }, by: { $0["platform"]! })
            .mapValues(\.count)
        #expect(mix == ["instagram": 2, "tiktok": 2])
        let briefs = try ShardPlan.read(run: out).briefs
        for n in [3, 7] {
            let plan = try ShardPlan.make(options: options, shards: n, briefs: briefs)
            func shard(_ file: String) -> Int { plan.files.first { $0.path.hasSuffix(file) }!.shard }
            // mara.cooks: 01, 02, 03; Sam: 01, 02, 04; the twins (never_merge): 01, 03; ties: 01, 02, 06, 09.
            #expect(
                Set(["01_agency_sep.csv", "02_agency_oct.csv", "03_vendor_hype.csv"].map(shard)).count > 1, "N = \(n)")
            #expect(
                Set(["01_agency_sep.csv", "02_agency_oct.csv", "04_vendor_modash.csv"].map(shard)).count > 1, "N = \(n)"
            )
            #expect(shard("01_agency_sep.csv") != shard("03_vendor_hype.csv"), "N = \(n)")
            #expect(
                Set(["01_agency_sep.csv", "02_agency_oct.csv", "06_overrides.csv", "09_dupes.csv"].map(shard)).count
                    > 1, "N = \(n)")
        }
        // People are placed by a stable hash of their id, whole: Sam's three accounts are in one normalize shard.
        let samShards = try Shard.all(3).filter { shard in
            try AccountCodec.read(ShardLayout(run: out).normalize(shard) + "/accounts.csv").contains {
                $0.personID == "p:instagram:sam.bakes"
            }
        }
        #expect(samShards == [Shard.of("p:instagram:sam.bakes", count: 3)])
    }
}

/// The sharded night through the commands a scheduler runs (`scout plan`, `scout ingest --shard K/N` …).
struct ShardedNightCommandTests {
    @Test func theCommandsGiveWhatScoutRunGives() throws {
        // The same folder name: the workbook, report and summary name the night after it (no --run-id here).
        let (one, many) = (Fixtures.temporaryDirectory() + "/night", Fixtures.temporaryDirectory() + "/night")
        let input = [
            "--creators", Fixtures.path("shards/creators"), "--briefs", Fixtures.path("shards/briefs.csv"),
            "--merge-overrides", Fixtures.path("shards/overrides.csv"), "--do-not-contact",
            Fixtures.path("shards/do_not_contact.csv"),
        ]
        #expect(try Executables.run("scout", ["run", "--out", one] + input).status == 0)
        let steps: [[String]] =
            [["plan", "--shards", "3"] + input]
            + (1...3).map { ["ingest", "--shard", "\($0)/3"] } + [["identity"]]
            + (1...3).map { ["normalize", "--shard", "\($0)/3"] }
            + [["statistics"]] + (1...3).map { ["score", "--shard", "\($0)/3", "--threads", "1"] } + [
                ["merge", "--strict"]
            ]
        for step in steps {
            let result = try Executables.run("scout", [step[0], "--out", many] + step.dropFirst())
            // --strict: rows were quarantined, so the merge exits 3 with every output written.
            #expect(result.status == (step[0] == "merge" ? 3 : 0), "\(step): \(result.stderr)")
        }
        let files = try ShardedNight.deliverables(in: one)
        #expect(try ShardedNight.deliverables(in: many) == files && files.contains("excluded.csv"))
        for name in files {
            #expect(
                FileManager.default.contents(atPath: many + "/" + name)
                    == FileManager.default.contents(atPath: one + "/" + name), "\(name)")
        }
        // The stage executables take --shard too.
        #expect(try Executables.run("scout-score", ["--out", many, "--shard", "2/3"]).status == 0)
    }

    /// Wrong uses are usage errors (64) before anything runs; a step without its plan is bad input (1).
    @Test func wrongUsesFailClearly() throws {
        let out = Fixtures.temporaryDirectory()
        let briefs = Fixtures.path("shards/briefs.csv")
        for (arguments, message) in [
            (["ingest", "--out", out, "--shard", "1/3", "--briefs", briefs], "--shard reads the inputs from the plan"),
            (
                ["score", "--out", out, "--shard", "1/3", "--min-authenticity", "0.2"],
                "--shard takes the options from the plan"
            ),
            (["score", "--out", out, "--shard", "1/3", "--min-fit", "0.2"], "--shard takes the options from the plan"),
            (["normalize", "--out", out, "--shard", "4/3"], "--shard"),
            (
                ["plan", "--out", out, "--shards", "0", "--creators", out, "--briefs", briefs],
                "--shards must be at least 1"
            ),
            (
                ["plan", "--out", out, "--shards", "2", "--briefs", briefs],
                "Missing expected argument '--creators <path> ...'"
            ),
            (["ingest", "--out", out, "--shard", "1/3", "--strict"], "--shard takes --strict from the plan"),
            (["run", "--out", out, "--creators", out], "Missing expected argument '--briefs <file>'"),
        ] {
            let result = try Executables.run("scout", arguments)
            #expect(
                result.status == 64 && result.stderr.contains(message),
                "\(arguments): \(result.status) \(result.stderr)")
        }
        let result = try Executables.run("scout", ["identity", "--out", out])
        #expect(
            result.status == 1 && result.stderr.contains("shards/plan/plan.json: bad intermediate file: missing"),
            "\(result.stderr)")
    }
}
