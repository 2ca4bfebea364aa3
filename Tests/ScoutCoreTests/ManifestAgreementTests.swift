import Foundation
import Testing

@testable import ScoutCore

/// `manifest.json` is built from the rows the last stage delivers: every count in it must match the files.
@Suite(.serialized) struct ManifestAgreementTests {
    static let sample = Fixtures.packageDirectory.appendingPathComponent("data/sample").path

    /// A night on the bundled sample with history and a do-not-contact list.
    static func night(_ runID: String, runs: String, doNotContact: String) throws -> NightlyResult {
        var options = NightlyOptions(
            creators: [sample + "/creators"], briefs: sample + "/briefs.csv", runsDirectory: runs,
            runID: runID, dataDirectory: Fixtures.dataDirectory)
        options.run.shortlist.history = RunDirectory.defaultHistory(runsDirectory: runs)
        options.run.score.doNotContact = doNotContact
        return try NightlyRunner(options: options, report: { _ in }).run(
            successExitCode: { _ in 0 }, failureExitCode: { _ in 1 })
    }

    @Test func manifestAgreesWithEveryOutputWithDoNotContactAndHistory() throws {
        let runs = Fixtures.temporaryDirectory()
        // Night 1 excludes yui.derm; night 2 also hina_kobayashi (rank 2 of the first brief on night 1), who is
        // then dropped with the reason "excluded: …".
        let first = try Self.night(
            "n1", runs: runs,
            doNotContact: Fixtures.temporaryFile(
                "creator,reason\ninstagram:yui.derm,already contracted\n", name: "dnc.csv"))
        let second = try Self.night(
            "n2", runs: runs,
            doNotContact: Fixtures.temporaryFile(
                "creator,reason\ninstagram:yui.derm,already contracted\n@hina_kobayashi,asked not to be contacted\n",
                name: "dnc.csv"))
        #expect(first.manifest.totals.excludedDoNotContact ?? 0 > 0)
        #expect(second.manifest.totals.dropped ?? 0 > 0)
        for night in [first, second] { try Self.checkAgreement(night) }
        let dropped = try NightlySupport.rows(second.runDirectory + "/dropped.csv")
        #expect(
            dropped.contains {
                $0["creator_id"] == "tiktok:hina_kobayashi" && $0["reason"] == "excluded: asked not to be contacted"
            })
    }

    /// Every count of the night's `manifest.json` (and `run.json`) against the files it describes.
    static func checkAgreement(_ night: NightlyResult) throws {
        let dir = night.runDirectory
        let manifest = try JSONFile.read(Manifest.self, from: dir + "/manifest.json")
        let totals = manifest.totals
        func rows(_ name: String) throws -> [[String: String]] { try NightlySupport.rows(dir + "/" + name) }

        // outputs: exactly the final files in the directory.
        let onDisk = try PipelineTests.files(in: dir).filter {
            !$0.hasPrefix("stages/") && !["manifest.json", "run.json", "run.log"].contains($0)
        }
        #expect(manifest.outputs.sorted() == onDisk)
        #expect(manifest.outputs.contains("excluded.csv") && manifest.outputs.contains("dropped.csv"))

        // Shortlists: the whole file, each brief's file, and the manifest's per-brief and total counts.
        let all = try rows("shortlists.csv")
        #expect(totals.shortlisted == all.count)
        #expect(totals.briefs == manifest.briefs.count)
        #expect(totals.briefs == (try NightlySupport.rows(dir + "/stages/ingest/briefs.csv")).count)
        for brief in manifest.briefs {
            let own = try rows("shortlists/\(brief.id).csv")
            #expect(own.count == brief.shortlisted, "\(brief.id)")
            #expect(own == all.filter { $0["brief_id"] == brief.id }, "\(brief.id)")
            // Ranks closed up after the removals: position + 1, or the rank above for a score tied with it.
            let expectedRanks = own.indices.reduce(into: [String]()) { ranks, i in
                ranks.append(i > 0 && own[i]["score"] == own[i - 1]["score"] ? ranks[i - 1] : String(i + 1))
            }
            #expect(own.map { $0["rank"]! } == expectedRanks, "\(brief.id)")
            #expect(own.allSatisfy { $0["change"] != nil && $0["change"] != "" })
        }
        #expect(night.shortlistSizes.map(\.size) == manifest.briefs.map(\.shortlisted))

        // Side lists.
        #expect(totals.excludedDoNotContact == (try rows("excluded.csv")).count)
        #expect(totals.dropped == (try rows("dropped.csv")).count)
        #expect(totals.excludedInauthentic == (try rows("inauthentic.csv")).count)
        let excludedIDs = Set(try rows("excluded.csv").map { $0["creator_id"] ?? "" })
        #expect(all.allSatisfy { !excludedIDs.contains($0["creator_id"] ?? "") })

        // Rows: every input row accounted for, per file, against quarantine.csv and merges.csv.
        let quarantine = try rows("quarantine.csv")
        let merges = try rows("merges.csv")
        #expect(totals.rowsQuarantined == quarantine.count)
        for file in manifest.inputs where file.kind == .creators {
            #expect(file.isBalanced, "\(file.path)")
            #expect(file.rowsQuarantined == quarantine.filter { $0["file"] == file.path }.count, "\(file.path)")
            let folded = merges.flatMap { ($0["merged_ids"] ?? "").split(separator: "|") }.filter {
                $0.hasPrefix(file.path + ":")
            }
            #expect(file.rowsMerged == folded.count, "\(file.path)")
        }
        #expect(totals.rowsRead == totals.rowsAccepted + totals.rowsMerged + totals.rowsQuarantined)

        // Accounts and people, against the stage file.
        let accounts = try AccountCodec.read(dir + "/stages/normalize/accounts.csv")
        #expect(totals.creators == accounts.count)
        #expect(totals.people == Set(accounts.map(\.personKey)).count)

        // run.json holds the same totals, and each stage's recorded outputs are exactly the files it wrote.
        let record = try JSONFile.read(RunRecord.self, from: dir + "/run.json")
        #expect(record.totals == totals)
        let stageFiles = try PipelineTests.files(in: dir).filter { $0.hasPrefix("stages/") }
        for stage in StageName.allCases.dropLast() {
            let recorded = try #require(record.stage(stage.rawValue)).outputs.keys.sorted()
            #expect(recorded == stageFiles.filter { $0.hasPrefix("stages/\(stage.rawValue)/") }, "\(stage)")
        }
        #expect(
            try #require(record.stage("shortlist")).outputs.keys.sorted()
                == (manifest.outputs + ["manifest.json"]).sorted())
    }

    /// A brief id starting with `-` is written neutralised (`'-…`) in the CSVs; the shortlist must still hold its
    /// rows when the last stage applies a do-not-contact list or history (it used to read the neutralised file
    /// back and lose every row, issue 15 item 3).
    @Test func briefIDStartingWithDashKeepsItsShortlist() throws {
        let briefs = Fixtures.temporaryFile(
            """
            brief_id,brand,niches,keywords,platforms,countries,languages,shortlist_size
            -jp-spf,Glowlab,skincare,spf|日焼け止め,instagram|youtube,JP,ja,3

            """, name: "briefs.csv")
        let out = Fixtures.temporaryDirectory()
        var options = PipelineOptions(
            creators: [Fixtures.path("pipeline/creators.csv")], briefs: briefs, outputDirectory: out,
            dataDirectory: Fixtures.dataDirectory)
        options.score.doNotContact = Fixtures.temporaryFile(
            "creator,reason\ninstagram:nobody.here,test\n", name: "dnc.csv")
        options.shortlist.history = out + "/history.sqlite"
        let manifest = try ScoutPipeline.run(options).manifest
        let rows = try NightlySupport.rows(out + "/shortlists.csv")
        #expect(manifest.briefs.first?.shortlisted == 3)
        #expect(rows.count == 3)
        #expect(rows.allSatisfy { $0["brief_id"] == "'-jp-spf" })
        #expect(try NightlySupport.rows(out + "/shortlists/-jp-spf.csv").count == 3)
    }
}
