import Foundation
import Testing

@testable import ScoutCore

/// `scout nightly` as a scheduler sees it: the real binary, real signals, real concurrent processes.
@Suite(.serialized) struct NightlyTests {
    /// Starts `scout nightly` on the fixture with `runs` and `runID`; every stage first sleeps `delayMilliseconds`.
    static func start(runs: String, runID: String, extra: [String] = [], delayMilliseconds: Int = 0) throws
        -> Executables.Launched
    {
        try Executables.start(
            "scout",
            [
                "nightly", "--creators", NightlySupport.creators, "--briefs", NightlySupport.briefs,
                "--runs-dir", runs, "--run-id", runID, "--data", Fixtures.dataDirectory,
            ] + extra,
            environment: ["SCOUT_TEST_STAGE_DELAY_MS": delayMilliseconds > 0 ? String(delayMilliseconds) : nil])
    }

    /// Runs `scout nightly` to the end.
    static func run(runs: String, runID: String, extra: [String] = []) throws -> Executables.Outcome {
        try start(runs: runs, runID: runID, extra: extra).finish()
    }

    static func record(_ runs: String, _ runID: String) -> RunRecord? {
        try? JSONFile.read(RunRecord.self, from: "\(runs)/\(runID)/run.json")
    }

    @Test func killedRunKeepsLatestAndResumes() throws {
        let runs = Fixtures.temporaryDirectory()
        let first = try Self.run(runs: runs, runID: "night-1")
        #expect(first.status == 0, "\(first.stderr)")
        let latestBefore = NightlySupport.bytes(runs + "/latest/shortlists.csv")
        #expect(latestBefore != nil)

        // Night 2 sleeps 5 s at the start of every stage; kill it while it is inside the normalize stage.
        let night = try Self.start(runs: runs, runID: "night-2", delayMilliseconds: 5_000)
        let inNormalize = Executables.waitFor(30) {
            guard let record = Self.record(runs, "night-2") else { return false }
            return record.stage("ingest")?.completed == true && record.stage("normalize") != nil
        }
        #expect(inNormalize)
        kill(night.process.processIdentifier, SIGKILL)
        #expect(night.finish().signalled)

        #expect(RunDirectory(runsDirectory: runs, runID: "").latestRunID() == "night-1")
        #expect(NightlySupport.bytes(runs + "/latest/shortlists.csv") == latestBefore)
        let killed = try #require(Self.record(runs, "night-2"))
        #expect(killed.status == .running)
        #expect(killed.stage("normalize")?.completed == false)
        #expect(!FileManager.default.fileExists(atPath: runs + "/night-2/shortlists.csv"))

        let rerun = try Self.run(runs: runs, runID: "night-2")
        #expect(rerun.status == 0, "\(rerun.stderr)")
        #expect(rerun.stderr.contains("stale lock"))
        #expect(rerun.stderr.contains("ingest: unchanged since the last attempt, skipped"))
        let resumed = try #require(Self.record(runs, "night-2"))
        #expect(resumed.status == .succeeded)
        #expect(resumed.attempts == 2)
        #expect(resumed.stage("ingest")?.skipped == true)
        #expect(resumed.stage("normalize")?.skipped == false)
        #expect(resumed.stage("normalize")?.completed == true)
        #expect(RunDirectory(runsDirectory: runs, runID: "").latestRunID() == "night-2")
    }

    @Test func concurrentRunWaitsOrFailsClearly() throws {
        let runs = Fixtures.temporaryDirectory()
        let slow = try Self.start(runs: runs, runID: "a", delayMilliseconds: 700)
        #expect(Executables.waitFor(30) { (NightlySupport.bytes(runs + "/.lock")?.count ?? 0) > 0 })

        let refused = try Self.run(runs: runs, runID: "b")
        #expect(refused.status == 75)
        #expect(refused.stderr.contains("another run holds the lock (pid \(slow.process.processIdentifier)"))
        #expect(!FileManager.default.fileExists(atPath: runs + "/b"))

        let waited = try Self.run(runs: runs, runID: "c", extra: ["--wait-lock", "60"])
        #expect(!slow.process.isRunning)
        #expect(slow.finish().status == 0)
        #expect(waited.status == 0, "\(waited.stderr)")
        #expect(!waited.stderr.contains("stale lock"))
        let finishedA = try #require(Self.record(runs, "a")?.finishedAt)
        let startedC = try #require(Self.record(runs, "c")?.startedAt)
        #expect(finishedA <= startedC)
    }

    @Test func sameInputsTwiceGiveByteIdenticalOutputs() throws {
        let runs = Fixtures.temporaryDirectory()
        let first = try NightlySupport.night("same", runs: runs)
        let names = [
            "shortlists.csv", "shortlists/stride-run.csv", "dropped.csv", "manifest.json", "quarantine.csv",
            "merges.csv",
        ]
        let before = names.map { NightlySupport.bytes(first.runDirectory + "/" + $0) }
        #expect(before.allSatisfy { $0 != nil })
        let again = try NightlySupport.night("same", runs: runs)
        #expect(again.stages.filter(\.skipped).map(\.name) == ["ingest", "normalize", "score"])
        #expect(names.map { NightlySupport.bytes(again.runDirectory + "/" + $0) } == before)
        let forced = try NightlySupport.night("same", runs: runs, force: true)
        #expect(forced.stages.allSatisfy { !$0.skipped })
        #expect(names.map { NightlySupport.bytes(forced.runDirectory + "/" + $0) } == before)
    }

    @Test func changedInputRedoesStagesFromThere() throws {
        let runs = Fixtures.temporaryDirectory()
        try NightlySupport.night("r", runs: runs)
        // A new do-not-contact list acts in scoring (lists refill): ingest and normalise are skipped.
        let listed = try NightlySupport.night("r", runs: runs, doNotContact: NightlySupport.doNotContact)
        #expect(listed.stages.map(\.skipped) == [true, true, false, false])
        #expect(listed.manifest.totals.excludedDoNotContact == 1)
        // Changed exports redo everything from ingest on.
        let file = try NightlySupport.creatorsFile(followers: ["dan.trails": 9_100], in: runs, night: "r")
        let result = try NightlySupport.night("r", runs: runs, creators: file)
        #expect(result.stages.allSatisfy { !$0.skipped })
        // An output edited by hand is noticed: that stage and the ones after it are redone.
        try "tampered\n".write(
            toFile: result.runDirectory + "/stages/score/candidates.csv", atomically: true, encoding: .utf8)
        let repaired = try NightlySupport.night("r", runs: runs, creators: file)
        #expect(repaired.stages.map(\.skipped) == [true, true, false, false])
    }

    /// Every resumable stage fingerprints every reference table (`ReferenceData.Table`): a changed table redoes
    /// them all, whichever table it is.
    @Test(arguments: ReferenceData.Table.allCases) func aChangedReferenceTableRedoesEveryStage(
        table: ReferenceData.Table
    ) throws {
        let data = Fixtures.temporaryDirectory() + "/data"
        try FileManager.default.copyItem(atPath: Fixtures.dataDirectory, toPath: data)
        let runs = Fixtures.temporaryDirectory()
        try NightlySupport.night("t", runs: runs, history: false, data: data)
        #expect(
            try NightlySupport.night("t", runs: runs, history: false, data: data).stages.map(\.skipped) == [
                true, true, true, false,
            ])
        // A comment row changes the bytes, not the meaning (merge_overrides skips `#` rows; the others a row of
        // the right width whose values no export uses).
        let path = ReferenceData.path(table, in: data)
        let header = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").first ?? ""
        let row =
            table == .mergeOverrides
            ? "# a comment,,," : Self.harmlessRow(table, columns: header.split(separator: ",").count)
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data((row + "\n").utf8))
        try handle.close()
        let again = try NightlySupport.night("t", runs: runs, history: false, data: data)
        #expect(again.stages.map(\.skipped) == [false, false, false, false], "\(table.rawValue)")
    }

    /// A row for `table` that reads cleanly and that no fixture uses.
    static func harmlessRow(_ table: ReferenceData.Table, columns: Int) -> String {
        switch table {
        case .headerAliases: return "ignore,unused column name" + String(repeating: ",", count: max(0, columns - 2))
        case .niches: return "zz-unused,,Unused," + String(repeating: ",", count: max(0, columns - 4))
        case .tiers: return "myspace-none,none,0,1" + String(repeating: ",", count: max(0, columns - 4))
        case .engagementBenchmarks:
            return "zz,none,0.01,0.001,0.1,test" + String(repeating: ",", count: max(0, columns - 6))
        case .costEstimates: return "zz,none,1,2,0.1" + String(repeating: ",", count: max(0, columns - 5))
        case .currencyRates: return "ZZZ,1" + String(repeating: ",", count: max(0, columns - 2))
        case .linkServices: return "unused.example" + String(repeating: ",", count: max(0, columns - 1))
        case .mergeOverrides: return "# a comment,,,"
        }
    }

    /// An option changes only its own stage's fingerprint: a new --min-authenticity redoes scoring, not ingest or
    /// normalise. A stage that is redone but writes the same bytes does not redo the stages after it: the fixture
    /// has a platform column, so --platform changes nothing ingest writes.
    @Test func aChangedOptionRedoesItsStageOnwards() throws {
        let runs = Fixtures.temporaryDirectory()
        try NightlySupport.night("o", runs: runs, history: false)
        let stricter = try NightlySupport.night("o", runs: runs, history: false) { $0.score.minAuthenticity = 0.5 }
        #expect(stricter.stages.map(\.skipped) == [true, true, false, false])
        let platform = try NightlySupport.night("o", runs: runs, history: false) {
            $0.score.minAuthenticity = 0.5
            $0.ingest.platform = .instagram
        }
        #expect(platform.stages.map(\.skipped) == [false, true, true, false])
    }

    @Test func staleLockIsReportedAndTakenOver() throws {
        let runs = Fixtures.temporaryDirectory()
        try "2147483646 2026-11-23T02:00:00Z\n".write(toFile: runs + "/.lock", atomically: true, encoding: .utf8)
        var outcome = RunLock.Outcome.acquired
        let lock = try RunLock(path: runs + "/.lock", waitSeconds: 0, outcome: &outcome)
        #expect(outcome == .tookOverStale(.init(pid: 2_147_483_646, started: "2026-11-23T02:00:00Z")))
        // While held, a second open of the same file cannot take it, even in this process.
        var second = RunLock.Outcome.acquired
        #expect(throws: NightlyError.self) {
            _ = try RunLock(path: runs + "/.lock", waitSeconds: 0.2, outcome: &second)
        }
        lock.release()
        #expect(NightlySupport.bytes(runs + "/.lock")?.count == 0)
        let again = try RunLock(path: runs + "/.lock", waitSeconds: 0, outcome: &second)
        #expect(second == .acquired)
        again.release()
    }

    @Test func runIDsArePlainFolderNames() {
        #expect(RunDirectory.isValidRunID("2026-11-23"))
        #expect(RunDirectory.isValidRunID("nightly_2.b"))
        #expect(!RunDirectory.isValidRunID("../etc"))
        #expect(!RunDirectory.isValidRunID("a/b"))
        #expect(!RunDirectory.isValidRunID("latest"))
        #expect(!RunDirectory.isValidRunID(".hidden"))
    }
}
