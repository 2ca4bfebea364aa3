import Foundation
import Testing

@testable import ScoutCore

/// The built executables, run as a user (or cron) runs them.
@Suite(.serialized)
struct ExecutableTests {
    static let creators = Fixtures.path("pipeline/creators.csv")
    static let briefs = Fixtures.path("pipeline/briefs.csv")

    @Test func runSummaryExplainsShortListsAndAuthenticity() throws {
        let out = Fixtures.temporaryDirectory()
        let briefs = Fixtures.temporaryFile(
            "brief_id,brand,niches,platforms,shortlist_size\ntw-only,Glowlab,skincare,twitch,5\n", name: "briefs.csv")
        let result = try Executables.run(
            "scout", ["run", "--creators", Self.creators, "--briefs", briefs, "--out", out])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("briefs with fewer candidates than asked: tw-only 0/5"))
        #expect(result.stderr.contains("    tw-only: 0 of 5;") && result.stderr.contains("emptied by: platform"))
        #expect(result.stderr.contains("per-brief funnels: \(out)/brief_report.csv"))
        #expect(result.stderr.contains("  authenticity: ") && result.stderr.contains("accounts need a check"))
    }

    @Test func runnerWritesShortlistsWithContent() throws {
        let out = Fixtures.temporaryDirectory()
        let result = try Executables.run(
            "scout", ["run", "--creators", Self.creators, "--briefs", Self.briefs, "--out", out])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("shortlists: \(out)/shortlists.csv"))
        let rows = try PipelineTests.table(out + "/shortlists.csv")
        #expect(rows.first?["creator_id"] == "instagram:sakura.skin")
        #expect(rows.first?["handle"] == "sakura.skin")
        #expect(FileManager.default.fileExists(atPath: out + "/shortlists/us-fit.csv"))
    }

    @Test func stageExecutablesChainToTheSameOutputs() throws {
        let whole = Fixtures.temporaryDirectory()
        let staged = Fixtures.temporaryDirectory()
        try Executables.run("scout", ["run", "--creators", Self.creators, "--briefs", Self.briefs, "--out", whole])
        #expect(
            try Executables.run(
                "scout-ingest", ["--creators", Self.creators, "--briefs", Self.briefs, "--out", staged]
            ).status == 0)
        #expect(try Executables.run("scout-normalize", ["--out", staged]).status == 0)
        #expect(try Executables.run("scout-score", ["--out", staged, "--threads", "1"]).status == 0)
        #expect(try Executables.run("scout-shortlist", ["--out", staged]).status == 0)
        for name in ["shortlists.csv", "quarantine.csv", "manifest.json", "shortlists/jp-spf.csv"] {
            #expect(
                FileManager.default.contents(atPath: whole + "/" + name)
                    == FileManager.default.contents(atPath: staged + "/" + name), "\(name)")
        }
    }

    @Test func inspectPrintsRecordsAsJSON() throws {
        let result = try Executables.run(
            "scout", ["inspect", "--records", Fixtures.path("conformance/quotes_and_newlines.csv")])
        let expected = try String(
            contentsOfFile: Fixtures.path("conformance/quotes_and_newlines.json"), encoding: .utf8)
        let decoded = try result.stdout.split(separator: "\n").map {
            try JSONDecoder().decode([String].self, from: Data($0.utf8))
        }
        #expect(decoded == (try JSONDecoder().decode([[String]].self, from: Data(expected.utf8))))
        let summary = try Executables.run("scout", ["inspect", Fixtures.path("exports/youtube_utf16le.csv")])
        #expect(summary.stdout.contains("encoding:     utf-16le"))
        #expect(summary.stdout.contains("delimiter:    tab"))
        #expect(summary.stdout.contains("-> followers"))
    }

    @Test func killingARunMidWriteLeavesThePreviousShortlistsIntact() throws {
        let out = Fixtures.temporaryDirectory()
        try Executables.run("scout", ["run", "--creators", Self.creators, "--briefs", Self.briefs, "--out", out])
        let before = try #require(FileManager.default.contents(atPath: out + "/shortlists.csv"))

        let otherBriefs = Fixtures.temporaryFile("brief_id,brand,niches\nall,Other,fitness\n", name: "briefs.csv")
        let launched = try Executables.start(
            "scout", ["run", "--creators", Self.creators, "--briefs", otherBriefs, "--out", out],
            environment: ["SCOUT_TEST_SLOW_WRITE_MS": "400"])
        // Wait until the new shortlist is being written under its temporary name (in the deliverables' staging
        // folder, see `DeliverableSet`), then kill -9.
        var sawTemporary = false
        _ = Executables.waitFor(60) {
            let names = (FileManager.default.enumerator(atPath: out)?.allObjects as? [String]) ?? []
            sawTemporary = names.contains { ($0 as NSString).lastPathComponent.hasPrefix(".shortlists.csv.tmp-") }
            return sawTemporary || !launched.process.isRunning
        }
        kill(launched.process.processIdentifier, SIGKILL)
        let killed = launched.finish()
        #expect(sawTemporary)
        #expect(killed.signalled)
        #expect(FileManager.default.contents(atPath: out + "/shortlists.csv") == before)
    }
}
