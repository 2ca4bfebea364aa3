import Foundation
import Testing
@testable import ScoutCore

/// `scout nightly` (history off) and `scout run` apply the same rules, so they write the same results.
struct NightlyParityTests {
    @Test func nightlyAndRunWriteTheSameShortlistsOnTheIdentityFixture() throws {
        let creators = Fixtures.path("identity/creators")
        let briefs = Fixtures.path("identity/briefs.csv")
        let runs = Fixtures.temporaryDirectory()
        var nightly = NightlyOptions(creators: [creators], briefs: briefs, runsDirectory: runs, runID: "parity",
                                     dataDirectory: Fixtures.dataDirectory)
        nightly.history = nil
        nightly.run.mergeOverrides = Fixtures.path("identity/overrides_split.csv")
        _ = try NightlyRunner(options: nightly, report: { _ in }).run(successExitCode: { _ in 0 }, failureExitCode: { _ in 1 })

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
}
