import Foundation
import Testing
@testable import ScoutCore

/// The built executables, run as a user (or cron) runs them.
@Suite(.serialized)
struct ExecutableTests {
    /// The directory holding the built `scout` binaries (beside the test bundle).
    static let binDirectory: String = {
        let beside = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        for candidate in [beside, beside.deletingLastPathComponent()] where FileManager.default.fileExists(atPath: candidate.appendingPathComponent("scout").path) {
            return candidate.path
        }
        return Fixtures.packageDirectory.appendingPathComponent(".build/debug").path
    }()

    struct Outcome { var status: Int32; var stdout: String; var stderr: String }

    @discardableResult
    static func run(_ tool: String, _ arguments: [String], environment: [String: String] = [:]) throws -> Outcome {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binDirectory + "/" + tool)
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        env["SCOUT_DATA"] = Fixtures.dataDirectory
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Outcome(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                       stderr: String(decoding: stderr, as: UTF8.self))
    }

    static let creators = Fixtures.path("pipeline/creators.csv")
    static let briefs = Fixtures.path("pipeline/briefs.csv")

    @Test func runSummaryExplainsShortListsAndAuthenticity() throws {
        let out = Fixtures.temporaryDirectory()
        let briefs = Fixtures.temporaryFile("brief_id,brand,niches,platforms,shortlist_size\ntw-only,Glowlab,skincare,twitch,5\n", name: "briefs.csv")
        let result = try Self.run("scout", ["run", "--creators", Self.creators, "--briefs", briefs, "--out", out])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("briefs with fewer candidates than asked: tw-only 0/5"))
        #expect(result.stderr.contains("    tw-only: 0 of 5;") && result.stderr.contains("emptied by: platform"))
        #expect(result.stderr.contains("per-brief funnels: \(out)/brief_report.csv"))
        #expect(result.stderr.contains("  authenticity: ") && result.stderr.contains("accounts need a check"))
    }

    @Test func runnerWritesShortlistsWithContent() throws {
        let out = Fixtures.temporaryDirectory()
        let result = try Self.run("scout", ["run", "--creators", Self.creators, "--briefs", Self.briefs, "--out", out])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("shortlists: \(out)/shortlists.csv"))
        let rows = try PipelineTests.table(out + "/shortlists.csv")
        #expect(rows.first?["creator_id"] == "instagram:sakura.skin")
        #expect(rows.first?["handle"] == "sakura.skin")
        #expect(FileManager.default.fileExists(atPath: out + "/shortlists/us-fit.csv"))
    }

    @Test func stageExecutablesChainToTheSameOutputs() throws {
        let whole = Fixtures.temporaryDirectory(), staged = Fixtures.temporaryDirectory()
        try Self.run("scout", ["run", "--creators", Self.creators, "--briefs", Self.briefs, "--out", whole])
        #expect(try Self.run("scout-ingest", ["--creators", Self.creators, "--briefs", Self.briefs, "--out", staged]).status == 0)
        #expect(try Self.run("scout-normalize", ["--out", staged]).status == 0)
        #expect(try Self.run("scout-score", ["--out", staged, "--threads", "1"]).status == 0)
        #expect(try Self.run("scout-shortlist", ["--out", staged]).status == 0)
        for name in ["shortlists.csv", "quarantine.csv", "manifest.json", "shortlists/jp-spf.csv"] {
            #expect(FileManager.default.contents(atPath: whole + "/" + name) == FileManager.default.contents(atPath: staged + "/" + name), "\(name)")
        }
    }

    @Test func exitCodes() throws {
        let out = Fixtures.temporaryDirectory()
        let strict = try Self.run("scout", ["run", "--creators", Self.creators, "--briefs", Self.briefs, "--out", out, "--strict"])
        #expect(strict.status == 3)
        let missing = try Self.run("scout", ["run", "--creators", "/nonexistent.csv", "--briefs", Self.briefs, "--out", out])
        #expect(missing.status == 1)
        #expect(missing.stderr.hasPrefix("scout: error: /nonexistent.csv:"))
        #expect(missing.stderr.split(separator: "\n").count == 1)
        let badBrief = Fixtures.temporaryFile("brief_id,brand,platforms\nb1,Glow,myspace\n", name: "briefs.csv")
        let broken = try Self.run("scout", ["run", "--creators", Self.creators, "--briefs", badBrief, "--out", out])
        #expect(broken.status == 1)
        #expect(broken.stderr.contains("\(badBrief):2:3: bad brief field platforms = 'myspace'"))
        for tool in ["scout", "scout-ingest", "scout-normalize", "scout-score", "scout-shortlist"] {
            let help = try Self.run(tool, ["--help"])
            #expect(help.status == 0)
            #expect(help.stdout.contains("USAGE"))
        }
    }

    @Test func inspectPrintsRecordsAsJSON() throws {
        let result = try Self.run("scout", ["inspect", "--records", Fixtures.path("conformance/quotes_and_newlines.csv")])
        let expected = try String(contentsOfFile: Fixtures.path("conformance/quotes_and_newlines.json"), encoding: .utf8)
        let decoded = try result.stdout.split(separator: "\n").map { try JSONDecoder().decode([String].self, from: Data($0.utf8)) }
        #expect(decoded == (try JSONDecoder().decode([[String]].self, from: Data(expected.utf8))))
        let summary = try Self.run("scout", ["inspect", Fixtures.path("exports/youtube_utf16le.csv")])
        #expect(summary.stdout.contains("encoding:     utf-16le"))
        #expect(summary.stdout.contains("delimiter:    tab"))
        #expect(summary.stdout.contains("-> followers"))
    }

    @Test func killingARunMidWriteLeavesThePreviousShortlistsIntact() throws {
        let out = Fixtures.temporaryDirectory()
        try Self.run("scout", ["run", "--creators", Self.creators, "--briefs", Self.briefs, "--out", out])
        let before = try #require(FileManager.default.contents(atPath: out + "/shortlists.csv"))

        let otherBriefs = Fixtures.temporaryFile("brief_id,brand,niches\nall,Other,fitness\n", name: "briefs.csv")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.binDirectory + "/scout")
        process.arguments = ["run", "--creators", Self.creators, "--briefs", otherBriefs, "--out", out]
        var env = ProcessInfo.processInfo.environment
        env["SCOUT_DATA"] = Fixtures.dataDirectory
        env["SCOUT_TEST_SLOW_WRITE_MS"] = "400"
        process.environment = env
        process.standardError = FileHandle.nullDevice
        try process.run()
        // Wait until the new shortlist is being written under its temporary name, then kill -9.
        let deadline = Date().addingTimeInterval(60)
        var sawTemporary = false
        while Date() < deadline && process.isRunning {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: out)) ?? []
            if names.contains(where: { $0.hasPrefix(".shortlists.csv.tmp-") }) { sawTemporary = true; break }
            usleep(20_000)
        }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(sawTemporary)
        #expect(process.terminationReason == .uncaughtSignal)
        #expect(FileManager.default.contents(atPath: out + "/shortlists.csv") == before)
    }
}
