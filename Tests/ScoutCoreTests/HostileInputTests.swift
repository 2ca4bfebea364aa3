import Foundation
import Testing

@testable import ScoutCore

/// Regression tests for issue 15's hostile inputs, run the way a user runs Scout (the built `scout` binary) where a
/// defect used to crash or hang the process.
@Suite(.serialized)
struct HostileInputTests {
    static let header = "platform,handle,followers,following,posts,bio,est_cost,currency\n"

    /// `count` valid rows (`user0`…), one per line.
    static func validRows(_ count: Int, from start: Int = 0) -> String {
        (start..<(start + count)).map { "instagram,user\($0),\(1000 + $0),10,5,fitness coach \($0),100,USD\n" }.joined()
    }

    static func briefs(_ extra: String = "") -> String {
        Fixtures.temporaryFile(
            "brief_id,brand,niches,keywords,budget,currency,shortlist_size\n"
                + (extra.isEmpty ? "b1,Glow,fitness,coach,5000,USD,5\n" : extra),
            name: "briefs.csv")
    }

    // MARK: 1. Huge numbers

    @Test func hugeCountsAreQuarantinedNotACrash() throws {
        let rows =
            Self.header
            + "instagram,big.one,99999999999999999999,10,5,bio,100,USD\n"
            + "instagram,big.two,1000,\"10,000,000,000,000,000,000\",5,bio,100,USD\n"
            + "instagram,big.three,1000,10,99999999999999999999,bio,100,USD\n"
            + "instagram,big.four,1000,10,5,bio,99999999999999999999,USD\n"
            + Self.validRows(20)
        let creators = Fixtures.temporaryFile(rows, name: "creators.csv")
        let out = Fixtures.temporaryDirectory()
        let result = try Executables.run(
            "scout", ["run", "--creators", creators, "--briefs", Self.briefs(), "--out", out])
        #expect(result.status == 0, "\(result.stderr)")
        let quarantine = try NightlySupport.rows(out + "/quarantine.csv")
        #expect(quarantine.map { $0["line"] } == ["2", "3", "4", "5"])
        #expect(quarantine.allSatisfy { $0["reason"] == "bad_count" })
        #expect(quarantine.first?["message"]?.contains("out of range") == true)
        #expect(result.stderr.contains("read 24, kept 20, merged 0, quarantined 4"))
    }

    @Test func hugeBriefNumbersRejectTheBriefWithAReason() throws {
        let creators = Fixtures.temporaryFile(Self.header + Self.validRows(5), name: "creators.csv")
        for (column, brief) in [
            ("min_followers", "brief_id,brand,min_followers\nb1,Glow,99999999999999999999\n"),
            ("budget", "brief_id,brand,budget\nb1,Glow,\"10,000,000,000,000,000,000\"\n"),
        ] {
            let path = Fixtures.temporaryFile(brief, name: "briefs.csv")
            let result = try Executables.run(
                "scout", ["run", "--creators", creators, "--briefs", path, "--out", Fixtures.temporaryDirectory()])
            #expect(result.status == 1, "\(column): \(result.stderr)")
            #expect(result.stderr.contains("bad brief field \(column)"), "\(result.stderr)")
        }
    }

    // MARK: 2. An unclosed quote in the middle of a file

    /// A total-budget choice with a price billions of times the budget leaves that creator out instead of trapping
    /// on an `Int` conversion of the price in budget steps (issue 18's exact choice meets issue 15's rule).
    @Test func aPriceFarAboveATinyTotalBudgetIsLeftOutNotACrash() {
        let chosen = ShortlistSelection.knapsack(
            prices: [1e300, 0.5e-300, nil], scores: [0.9, 0.5, 0.8], size: 2,
            budget: 1e-300)
        #expect(chosen == [1])
    }

    @Test func midFileUnclosedQuoteAfterAStrayQuoteKeepsEveryLaterRow() throws {
        let text =
            "platform,handle,followers,bio,city\n" + "instagram,tall.guy,1000,5'11\" runner,\"Austin\n"
            + (0..<1000).map { "instagram,user\($0),\(1000 + $0),bio \($0),Paris\n" }.joined()
        let path = Fixtures.temporaryFile(text)
        let (records, malformed, _) = try Fixtures.records(path)
        #expect(records.count == 1001)
        #expect(malformed.map(\.kind) == [.unterminatedQuote])
        #expect(malformed.first?.line == 2)
        #expect(records.last == ["instagram", "user999", "1999", "bio 999", "Paris"])
    }

    @Test func unclosedQuoteClosedByALaterQuoteDoesNotSwallowTheLinesBetween() throws {
        // Strict reading: the quote opened on line 2 is "closed" by the quote on line 5, which is followed by text.
        let text = "a,b,c\n1,\"open,x\n2,y,z\n3,y,z\n4,\"q\"uoted,z\n5,y,z\n"
        let (records, malformed, _) = try Fixtures.records(Fixtures.temporaryFile(text))
        #expect(records == [["a", "b", "c"], ["2", "y", "z"], ["3", "y", "z"], ["5", "y", "z"]])
        #expect(malformed.map(\.kind) == [.unterminatedQuote, .textAfterClosingQuote])
        #expect(malformed.map(\.line) == [2, 5])
    }

    @Test func runawayQuotedFieldOfTheWrongShapeIsReadAgainLineByLine() throws {
        // The quote opened on line 2 closes on line 4 in a record with two fields where the header has three.
        let text = "a,b,c\n1,\"open,x\n2,y,z\nend\"\n3,y,z\n"
        let (records, malformed, _) = try Fixtures.records(Fixtures.temporaryFile(text))
        #expect(records.contains(["2", "y", "z"]))
        #expect(records.last == ["3", "y", "z"])
        #expect(malformed.first?.kind == .unterminatedQuote)
        #expect(malformed.first?.line == 2)
    }

    @Test func strictModeStillFailsAMidFileUnclosedQuoteRun() throws {
        let text =
            "platform,handle,followers,bio,city\n" + "instagram,tall.guy,1000,5'11\" runner,\"Austin\n"
            + (0..<30).map { "instagram,user\($0),\(1000 + $0),bio \($0),Paris\n" }.joined()
        let creators = Fixtures.temporaryFile(text, name: "creators.csv")
        let result = try Executables.run(
            "scout",
            [
                "run", "--creators", creators, "--briefs", Self.briefs(), "--out",
                Fixtures.temporaryDirectory(), "--strict",
            ])
        #expect(result.status == 3, "\(result.stderr)")
        #expect(result.stderr.contains("read 31, kept 30, merged 0, quarantined 1"), "\(result.stderr)")
    }

    // MARK: 11. Injection gaps

    @Test func semicolonTabNulAndSmallFormsAreNeutralised() {
        var writer = CSVWriter(spreadsheetSafe: true)
        writer.write(["Ana;=cmd|' /C calc'!A0", "a\tb", "\u{0}=1+1", "\u{FE66}1+1", "\u{FE6B}SUM(A1)", "ok"])
        #expect(
            String(decoding: writer.bytes, as: UTF8.self)
                == "\"Ana;=cmd|' /C calc'!A0\",\"a\tb\",'=1+1,'\u{FE66}1+1,'\u{FE6B}SUM(A1),ok\n")
        #expect(!writer.bytes.contains(0))
        var exact = CSVWriter(spreadsheetSafe: false)
        exact.write(["a;b", "\u{0}x"])
        #expect(exact.bytes == Array("a;b,\u{0}x\n".utf8))
    }

    // MARK: 8. Planted symbolic links

    @Test func aPlantedTemporaryNameNeverRedirectsAWrite() throws {
        let directory = Fixtures.temporaryDirectory()
        let victim = Fixtures.temporaryFile("precious\n", name: "victim.txt")
        // The names a writer with a predictable scheme would use: `.NAME.tmp-<pid>` (and with a suffix).
        for name in [".out.csv.tmp-\(getpid())", ".out.csv.tmp-\(getpid())-000000"] {
            #expect(symlink(victim, directory + "/" + name) == 0)
        }
        try AtomicFile.write(Array("new\n".utf8), to: directory + "/out.csv")
        #expect(try String(contentsOfFile: victim, encoding: .utf8) == "precious\n")
        #expect(try String(contentsOfFile: directory + "/out.csv", encoding: .utf8) == "new\n")
    }

    @Test func aPlantedLockLinkIsRefused() throws {
        let runs = Fixtures.temporaryDirectory()
        let victim = Fixtures.temporaryFile("precious\n", name: "victim.txt")
        #expect(symlink(victim, runs + "/.lock") == 0)
        var outcome = RunLock.Outcome.acquired
        #expect(throws: (any Error).self) { try RunLock(path: runs + "/.lock", waitSeconds: 0, outcome: &outcome) }
        #expect(try String(contentsOfFile: victim, encoding: .utf8) == "precious\n")
    }

    // MARK: 13. Smaller ones

    @Test func aFIFOInTheExportsFolderIsNotWaitedOn() throws {
        let folder = Fixtures.temporaryDirectory()
        try (Self.header + Self.validRows(5)).write(toFile: folder + "/a.csv", atomically: true, encoding: .utf8)
        #expect(mkfifo(folder + "/b.csv", 0o644) == 0)
        let result = try Self.runWithTimeout(
            ["run", "--creators", folder, "--briefs", Self.briefs(), "--out", Fixtures.temporaryDirectory()],
            seconds: 60)
        #expect(result != nil, "scout hung on a FIFO")
        #expect(result?.status == 0, "\(result?.stderr ?? "")")
        #expect(
            result?.stderr.contains("b.csv: SET ASIDE, not read: not a regular file") == true, "\(result?.stderr ?? "")"
        )
    }

    @Test func aHugeFieldIsSkippedWithAShortMessageAndTheRowsAfterItKept() throws {
        let huge = String(repeating: "x", count: 3 << 20)
        let text = Self.header + "instagram,huge,1000,10,5,\"\(huge)\",100,USD\n" + Self.validRows(5)
        let (records, malformed, _) = try Fixtures.records(Fixtures.temporaryFile(text))
        #expect(records.count == 6)
        #expect(malformed.count == 1)
        #expect(malformed.first?.line == 2)
        #expect((malformed.first?.rawBytes.count ?? .max) <= 4096)
        // No header at all: a single 3 MiB line. The error message must stay short.
        let headerless = Fixtures.temporaryFile(huge + "\n", name: "creators.csv")
        let result = try Executables.run(
            "scout",
            ["run", "--creators", headerless, "--briefs", Self.briefs(), "--out", Fixtures.temporaryDirectory()])
        #expect(result.status == 1)
        #expect(result.stderr.utf8.count < 2000, "message of \(result.stderr.utf8.count) bytes")
    }

    @Test func staleTemporariesOfAKilledRunAreRemoved() throws {
        let creators = Fixtures.temporaryFile(Self.header + Self.validRows(5), name: "creators.csv")
        let out = Fixtures.temporaryDirectory()
        try FileManager.default.createDirectory(atPath: out + "/stages/ingest", withIntermediateDirectories: true)
        let dead = out + "/.shortlists.csv.tmp-999999999-AbC123"
        let deeper = out + "/stages/ingest/.rows.csv.tmp-999999999-XyZ789"
        let live = out + "/.other.csv.tmp-\(getpid())-LiVe12"
        for path in [dead, deeper, live] {
            FileManager.default.createFile(atPath: path, contents: Data("partial".utf8))
        }
        let result = try Executables.run(
            "scout", ["run", "--creators", creators, "--briefs", Self.briefs(), "--out", out])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: dead))
        #expect(!FileManager.default.fileExists(atPath: deeper))
        #expect(FileManager.default.fileExists(atPath: live))
    }

    @Test func oddTrailingUTF16ByteAndDuplicateHeadersAreReported() throws {
        var bytes: [UInt8] = [0xFF, 0xFE]
        for unit in "platform\thandle\tfollowers\tFollowers\ninstagram\tana\t100\t100\n".utf16 {
            bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)]
        }
        bytes.append(0x41)
        let creators = Fixtures.temporaryFile(bytes, name: "creators.csv")
        let out = Fixtures.temporaryDirectory()
        let result = try Executables.run(
            "scout", ["run", "--creators", creators, "--briefs", Self.briefs(), "--out", out])
        #expect(result.status == 0, "\(result.stderr)")
        let diagnostics = try String(contentsOfFile: out + "/diagnostics.txt", encoding: .utf8)
        #expect(diagnostics.contains("[odd_utf16_byte]"), "\(diagnostics)")
        #expect(
            diagnostics.contains(
                "header 'followers' names columns 3, 4; for one field the first non-empty value is used [duplicate_header]"
            ),
            "\(diagnostics)")
    }

    @Test func nulBytesNeverMakeAHandle() throws {
        let text =
            Self.header + "instagram,ana\u{0},1000,10,5,bio,100,USD\n" + "instagram,\u{0},1000,10,5,bio,100,USD\n"
            + Self.validRows(3)
        let creators = Fixtures.temporaryFile(text, name: "creators.csv")
        let out = Fixtures.temporaryDirectory()
        let result = try Executables.run(
            "scout", ["run", "--creators", creators, "--briefs", Self.briefs(), "--out", out])
        #expect(result.status == 0, "\(result.stderr)")
        let accounts = try String(contentsOfFile: out + "/stages/normalize/accounts.csv", encoding: .utf8)
        #expect(!accounts.utf8.contains(0))
        let quarantine = try NightlySupport.rows(out + "/quarantine.csv")
        #expect(quarantine.map { $0["line"] } == ["2", "3"])
        #expect(!(try Data(contentsOf: URL(fileURLWithPath: out + "/quarantine.csv"))).contains(0))
    }

    @Test func aCorruptHistoryIsSetAsideAndAFreshOneStartedLoudly() throws {
        let runs = Fixtures.temporaryDirectory()
        try Data(repeating: 0x5A, count: 4096).write(to: URL(fileURLWithPath: runs + "/history.sqlite"))
        let result = try NightlyTests.run(runs: runs, runID: "night-1")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("history database"), "\(result.stderr)")
        #expect(result.stderr.contains("started a fresh history"), "\(result.stderr)")
        let names = try FileManager.default.contentsOfDirectory(atPath: runs)
        #expect(names.contains { $0.hasPrefix("history.sqlite.corrupt-") })
        let again = try NightlyTests.run(runs: runs, runID: "night-2")
        #expect(again.status == 0, "\(again.stderr)")
        #expect(!again.stderr.contains("started a fresh history"))
    }

    // MARK: 12. A stray file

    @Test func aStrayFileIsSetAsideUnlessStrict() throws {
        let folder = Fixtures.temporaryDirectory()
        try (Self.header + Self.validRows(5)).write(toFile: folder + "/creators.csv", atomically: true, encoding: .utf8)
        try "who,note\nana,call back\n".write(toFile: folder + "/zz_team_notes.csv", atomically: true, encoding: .utf8)
        let out = Fixtures.temporaryDirectory()
        let result = try Executables.run(
            "scout", ["run", "--creators", folder, "--briefs", Self.briefs(), "--out", out])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(
            result.stderr.contains(
                "zz_team_notes.csv: SET ASIDE, not read: no column for required field(s) handle, followers"),
            "\(result.stderr)")
        let manifest = try String(contentsOfFile: out + "/manifest.json", encoding: .utf8)
        #expect(manifest.contains("\"set_aside\" : \"no column for required field(s) handle, followers"), "\(manifest)")
        #expect(FileManager.default.fileExists(atPath: out + "/shortlists.csv"))
        let strict = try Executables.run(
            "scout",
            [
                "run", "--creators", folder, "--briefs", Self.briefs(), "--out", Fixtures.temporaryDirectory(),
                "--strict",
            ])
        #expect(strict.status == 1, "\(strict.stderr)")
        #expect(strict.stderr.contains("zz_team_notes.csv: no column for required field(s)"), "\(strict.stderr)")
    }

    @Test func onlyStrayFilesStillFailTheRun() throws {
        let folder = Fixtures.temporaryDirectory()
        try "who,note\nana,call back\n".write(toFile: folder + "/zz_team_notes.csv", atomically: true, encoding: .utf8)
        let result = try Executables.run(
            "scout", ["run", "--creators", folder, "--briefs", Self.briefs(), "--out", Fixtures.temporaryDirectory()])
        #expect(result.status == 1, "\(result.stderr)")
    }

    /// Runs `scout` with `arguments`; nil when it had not finished after `seconds` (then it is killed).
    static func runWithTimeout(_ arguments: [String], seconds: Double) throws -> Executables.Outcome? {
        let launched = try Executables.start("scout", arguments)
        guard Executables.waitFor(seconds, { !launched.process.isRunning }) else {
            kill(launched.process.processIdentifier, SIGKILL)
            _ = launched.finish()
            return nil
        }
        return launched.finish()
    }
}
