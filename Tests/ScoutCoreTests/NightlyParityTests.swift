import Foundation
import Testing

@testable import ScoutCore

/// `scout nightly` (history off) and `scout run` apply the same rules, so they write the same results.
struct NightlyParityTests {
    @Test func nightlyAndRunWriteTheSameShortlistsOnTheIdentityFixture() throws {
        let creators = Fixtures.path("identity/creators")
        let briefs = Fixtures.path("identity/briefs.csv")
        let runs = Fixtures.temporaryDirectory()
        var nightly = NightlyOptions(
            creators: [creators], briefs: briefs, runsDirectory: runs, runID: "parity",
            dataDirectory: Fixtures.dataDirectory)
        nightly.run.shortlist.history = nil
        nightly.run.normalize.mergeOverrides = Fixtures.path("identity/overrides_split.csv")
        _ = try NightlyRunner(options: nightly, report: { _ in }).run(
            successExitCode: { _ in 0 }, failureExitCode: { _ in 1 })

        var run = nightly.run
        run.layout = RunLayout(directory: Fixtures.temporaryDirectory())
        _ = try ScoutPipeline.run(run)
        for name in ["shortlists.csv", "merges.csv", "manifest.json", "stages/normalize/accounts.csv"] {
            let fromNightly = FileManager.default.contents(atPath: runs + "/parity/" + name)
            #expect(fromNightly != nil, "\(name)")
            #expect(fromNightly == FileManager.default.contents(atPath: run.layout.directory + "/" + name), "\(name)")
        }
        let merges = try String(contentsOfFile: runs + "/parity/merges.csv", encoding: .utf8)
        #expect(merges.contains("never_merge"))
    }

    /// A non-default `--min-authenticity` reaches nightly's `inauthentic.csv` too (it used the default before).
    @Test func nightlyListsInauthenticCreatorsAtItsOwnThreshold() throws {
        let runs = Fixtures.temporaryDirectory()
        var nightly = NightlyOptions(
            creators: [Fixtures.path("identity/creators")], briefs: Fixtures.path("identity/briefs.csv"),
            runsDirectory: runs, runID: "strict", dataDirectory: Fixtures.dataDirectory)
        nightly.run.shortlist.history = nil
        nightly.run.score.minAuthenticity = 1.01  // nobody is that authentic: every creator is listed
        _ = try NightlyRunner(options: nightly, report: { _ in }).run(
            successExitCode: { _ in 0 }, failureExitCode: { _ in 1 })
        var run = nightly.run
        run.layout = RunLayout(directory: Fixtures.temporaryDirectory())
        let manifest = try ScoutPipeline.run(run).manifest
        let listed = try IntermediateTable.read(runs + "/strict/inauthentic.csv", required: AuthenticityReport.header)
            .rows
        #expect(listed.count == manifest.totals.creators)
        #expect(
            FileManager.default.contents(atPath: runs + "/strict/inauthentic.csv")
                == FileManager.default.contents(atPath: run.layout.directory + "/inauthentic.csv"))
    }
}
