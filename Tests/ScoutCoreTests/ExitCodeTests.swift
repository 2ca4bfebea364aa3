import Foundation
import Testing

@testable import ScoutCore

/// Exit codes as a scheduler reads them (`ScoutExit`), from the built executables.
@Suite(.serialized) struct ExitCodeTests {
    static let creators = Fixtures.path("pipeline/creators.csv")
    static let briefs = Fixtures.path("pipeline/briefs.csv")

    @Test func badInputStrictAndHelp() throws {
        let out = Fixtures.temporaryDirectory()
        let strict = try Executables.run(
            "scout", ["run", "--creators", Self.creators, "--briefs", Self.briefs, "--out", out, "--strict"])
        #expect(strict.status == 3)
        let missing = try Executables.run(
            "scout", ["run", "--creators", "/nonexistent.csv", "--briefs", Self.briefs, "--out", out])
        #expect(missing.status == 1)
        #expect(missing.stderr.hasPrefix("scout: error: /nonexistent.csv:"))
        #expect(missing.stderr.split(separator: "\n").count == 1)
        let badBrief = Fixtures.temporaryFile("brief_id,brand,platforms\nb1,Glow,myspace\n", name: "briefs.csv")
        let broken = try Executables.run(
            "scout", ["run", "--creators", Self.creators, "--briefs", badBrief, "--out", out])
        #expect(broken.status == 1)
        #expect(broken.stderr.contains("\(badBrief):2:3: bad brief field platforms = 'myspace'"))
        for tool in ["scout", "scout-ingest", "scout-normalize", "scout-score", "scout-shortlist"] {
            let help = try Executables.run(tool, ["--help"])
            #expect(help.status == 0)
            #expect(help.stdout.contains("USAGE"))
        }
    }

    @Test func versionExitsZero() throws {
        for tool in ["scout", "scout-score"] {
            let version = try Executables.run(tool, ["--version"])
            #expect(version.status == 0, "\(tool): \(version.stderr)")
            #expect(version.stdout == Manifest.version + "\n")
        }
    }

    /// A stage executable checks its options as the subcommand does (its option group's `validate`).
    @Test func stageExecutablesRejectBadOptionsWith64() throws {
        let out = Fixtures.temporaryDirectory()
        let score = try Executables.run("scout-score", ["--out", out, "--min-authenticity", "2"])
        #expect(score.status == 64)
        #expect(score.stderr.contains("--min-authenticity must be between 0 and 1"))
        let normalize = try Executables.run("scout", ["normalize", "--out", out, "--max-quarantine-ratio", "-1"])
        #expect(normalize.status == 64)
    }

    /// A file name too long for the file system (ENAMETOOLONG): a brief id of 300 letters names its shortlist file.
    /// The input is fine, the output cannot be written: exit 70, not 1 ("fix your input").
    @Test func anOutputNameTooLongExits70() throws {
        let id = String(repeating: "b", count: 300)
        let briefs = Fixtures.temporaryFile("brief_id,brand,niches\n\(id),Glowlab,skincare\n", name: "briefs.csv")
        let out = Fixtures.temporaryDirectory()
        let result = try Executables.run(
            "scout", ["run", "--creators", Self.creators, "--briefs", briefs, "--out", out])
        #expect(result.status == 70, "\(result.stderr)")
        #expect(
            result.stderr.hasPrefix("scout: error: \(out)/shortlists/\(id).csv: cannot write: File name too long"),
            "\(result.stderr)")
        #expect(result.stderr.split(separator: "\n").count == 1)
    }

    /// `--out` below a regular file: the folder cannot be made.
    @Test func anOutputFolderBlockedByAFileExits70() throws {
        let file = Fixtures.temporaryFile("not a folder\n", name: "plain.txt")
        let result = try Executables.run(
            "scout", ["run", "--creators", Self.creators, "--briefs", Self.briefs, "--out", file + "/run"])
        #expect(result.status == 70, "\(result.stderr)")
        #expect(
            result.stderr.hasPrefix("scout: error: \(file): cannot write: a file is in the way of the folder"),
            "\(result.stderr)")
    }

    /// `runs/latest` is a real folder (someone copied a night there): the night's files are written, `latest`
    /// cannot be moved, and the night fails with 70, recorded as failed in `run.json`.
    @Test func latestBeingAFolderExits70() throws {
        let runs = Fixtures.temporaryDirectory()
        try FileManager.default.createDirectory(atPath: runs + "/latest/keep", withIntermediateDirectories: true)
        let result = try Executables.run(
            "scout",
            [
                "nightly", "--creators", Self.creators, "--briefs", Self.briefs, "--runs-dir", runs,
                "--run-id", "n1", "--no-history",
            ])
        #expect(result.status == 70, "\(result.stderr)")
        #expect(result.stderr.contains("\(runs)/latest: cannot write: cannot point it at n1"), "\(result.stderr)")
        let record = try JSONFile.read(RunRecord.self, from: runs + "/n1/run.json")
        #expect(record.status == .failed)
        #expect(record.exitCode == 70)
    }

    /// A hand-edited `accounts.csv` whose `sources` cell has no `file:line`: a clean error naming the file and
    /// line (it used to trap, exit 132, on a force-unwrap).
    @Test func aHandEditedAccountsFileIsACleanError() throws {
        let out = Fixtures.temporaryDirectory()
        #expect(
            try Executables.run("scout", ["run", "--creators", Self.creators, "--briefs", Self.briefs, "--out", out])
                .status == 0)
        let path = out + "/stages/normalize/accounts.csv"
        var lines = try String(contentsOfFile: path, encoding: .utf8).split(
            separator: "\n", omittingEmptySubsequences: false
        ).map(String.init)
        let header = lines[0].split(separator: ",").map(String.init)
        let sources = try #require(header.firstIndex(of: "sources"))
        var cells = lines[2].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        #expect(cells.count == header.count, "the fixture's third line has no quoted commas")
        cells[sources] = "edited by hand"
        lines[2] = cells.joined(separator: ",")
        try lines.joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
        let result = try Executables.run("scout-score", ["--out", out])
        #expect(!result.signalled)
        #expect(result.status == 1, "\(result.stderr)")
        #expect(
            result.stderr.hasPrefix(
                "scout: error: \(path):3: bad intermediate file: sources 'edited by hand' is not file:line"),
            "\(result.stderr)")
    }
}
