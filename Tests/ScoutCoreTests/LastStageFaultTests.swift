import Foundation
import Testing

@testable import ScoutCore

/// Issue 15 items 5, 6, 9 and 10: write failures, do-not-contact per person, `latest` as a complete set, side inputs
/// checked before anything is written.
@Suite(.serialized)
struct LastStageFaultTests {
    static let creators = Fixtures.path("pipeline/creators.csv")
    static let briefs = Fixtures.path("pipeline/briefs.csv")

    /// The deliverables present in `directory` (everything but `stages/`), relative paths; a link (`latest`) is followed.
    static func deliverables(in directory: String) -> [String] {
        let directory =
            (try? FileManager.default.destinationOfSymbolicLink(atPath: directory))
            .map { (directory as NSString).deletingLastPathComponent + "/" + $0 } ?? directory
        let all = (FileManager.default.enumerator(atPath: directory)?.allObjects as? [String]) ?? []
        return all.filter { !$0.hasPrefix("stages") && !$0.hasPrefix(".") && $0 != "shortlists" && !$0.contains("/.") }
            .sorted()
    }

    static func contents(of directory: String) -> [String: Data] {
        let directory =
            (try? FileManager.default.destinationOfSymbolicLink(atPath: directory))
            .map { (directory as NSString).deletingLastPathComponent + "/" + $0 } ?? directory
        return Dictionary(
            uniqueKeysWithValues: deliverables(in: directory).map {
                ($0, FileManager.default.contents(atPath: directory + "/" + $0) ?? Data())
            })
    }

    // MARK: 5. Write failures

    @Test func everyFailedWriteExits70AndDeliversNothingHalfWritten() throws {
        var failing = 0
        for n in 1...400 {
            let out = Fixtures.temporaryDirectory()
            let result = try Executables.run(
                "scout", ["run", "--creators", Self.creators, "--briefs", Self.briefs, "--out", out],
                environment: ["SCOUT_TEST_FAIL_WRITE": "\(n)"])
            if result.status == 0 {
                #expect(Self.deliverables(in: out).contains("manifest.json"))
                break
            }
            failing += 1
            #expect(result.status == 70, "write \(n): \(result.stderr)")
            #expect(
                result.stderr.contains("cannot write") && result.stderr.contains("No space left on device"),
                "write \(n): \(result.stderr)")
            #expect(Self.deliverables(in: out).isEmpty, "write \(n) failed but left \(Self.deliverables(in: out))")
        }
        #expect(failing > 20, "only \(failing) write operations were counted")
    }

    @Test func aFailedWriteLeavesThePreviousNightsSetExactlyAsItWas() throws {
        let template = Fixtures.temporaryDirectory()
        #expect(
            try Executables.run(
                "scout", ["run", "--creators", Self.creators, "--briefs", Self.briefs, "--out", template]
            ).status == 0)
        let before = Self.contents(of: template)
        let otherBriefs = Fixtures.temporaryFile(
            "brief_id,brand,niches\nall,Other,fitness\nmore,Another,beauty\n", name: "briefs.csv")
        var n = 1
        while n < 400 {
            let out = Fixtures.temporaryDirectory() + "/run"
            try FileManager.default.copyItem(atPath: template, toPath: out)
            let result = try Executables.run(
                "scout", ["run", "--creators", Self.creators, "--briefs", otherBriefs, "--out", out],
                environment: ["SCOUT_TEST_FAIL_WRITE": "\(n)"])
            if result.status == 0 { break }
            #expect(result.status == 70, "write \(n): \(result.stderr)")
            #expect(Self.contents(of: out) == before, "write \(n) failed and changed the previous deliverables")
            n += 3
        }
        #expect(n > 20)
    }

    // MARK: 6. Do-not-contact is about a person

    @Test func doNotContactRemovesEveryAccountOfThePerson() throws {
        let creators = Fixtures.temporaryFile(
            """
            platform,handle,followers,following,posts,avg_likes,avg_comments,niches,email,country,language
            instagram,ana.cooks,20000,300,400,900,40,Cooking,ana@example.com,ES,es
            tiktok,ana.tt,30000,200,300,1500,60,Cooking,ana@example.com,ES,es
            tiktok,bob.tt,25000,200,300,1200,50,Cooking,bob@example.com,ES,es

            """, name: "creators.csv")
        let briefs = Fixtures.temporaryFile(
            "brief_id,brand,niches,platforms,shortlist_size\ntt,Food,cooking,tiktok,5\n", name: "briefs.csv")
        let out = Fixtures.temporaryDirectory()
        var options = PipelineOptions(
            creators: [creators], briefs: briefs, outputDirectory: out, dataDirectory: Fixtures.dataDirectory)
        options.score.doNotContact = Fixtures.temporaryFile(
            "creator,reason\ninstagram:ana.cooks,asked not to be contacted\n", name: "dnc.csv")
        _ = try ScoutPipeline.run(options)
        let shortlisted = try NightlySupport.rows(out + "/shortlists.csv").map { $0["creator_id"] ?? "" }
        #expect(shortlisted == ["tiktok:bob.tt"])
        let excluded = try NightlySupport.rows(out + "/excluded.csv")
        #expect(excluded.map { $0["creator_id"] } == ["tiktok:ana.tt"])
        #expect(excluded.first?["reason"] == "asked not to be contacted (same person as instagram:ana.cooks)")
    }

    // MARK: 9. `latest` shows a complete night

    @Test func killingARerunOfTheLatestNightKeepsLatestOnTheCompleteSet() throws {
        let runs = Fixtures.temporaryDirectory()
        let first = try NightlySupport.creatorsFile(in: runs, night: "a")
        let first1 = try Executables.run(
            "scout",
            [
                "nightly", "--creators", first, "--briefs", NightlySupport.briefs, "--runs-dir", runs,
                "--run-id", "night-1",
            ])
        #expect(first1.status == 0, "\(first1.stderr)")
        let before = Self.contents(of: runs + "/latest")
        #expect(before["manifest.json"] != nil)
        // The same night again on other numbers, killed while its last stage writes the deliverables.
        let changed = try NightlySupport.creatorsFile(
            followers: ["ana.runs": 99_000, "ben.marathon": 51_000], in: runs, night: "b")
        let launched = try Executables.start(
            "scout",
            [
                "nightly", "--creators", changed, "--briefs", NightlySupport.briefs, "--runs-dir", runs,
                "--run-id", "night-1",
            ], environment: ["SCOUT_TEST_SLOW_WRITE_MS": "150"])
        let inLastStage = Executables.waitFor(120) {
            (try? JSONFile.read(RunRecord.self, from: runs + "/night-1/run.json"))?.stage("shortlist")?.completed
                == false
        }
        usleep(1_200_000)
        kill(launched.process.processIdentifier, SIGKILL)
        _ = launched.finish()
        #expect(inLastStage)
        #expect(Self.contents(of: runs + "/latest") == before, "latest no longer shows the complete previous set")
        // Resumed, the night completes and latest shows the new set, whole.
        let resumed = try Executables.run(
            "scout",
            [
                "nightly", "--creators", changed, "--briefs", NightlySupport.briefs, "--runs-dir", runs,
                "--run-id", "night-1",
            ])
        #expect(resumed.status == 0, "\(resumed.stderr)")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: runs + "/latest") == "night-1")
        let after = Self.contents(of: runs + "/latest")
        #expect(after != before)
        #expect(after["manifest.json"] != nil)
        #expect(
            !((try? FileManager.default.contentsOfDirectory(atPath: runs)) ?? []).contains { $0.hasPrefix(".latest-") })
    }

    // MARK: 10. Side inputs are checked before anything is written

    @Test func aMalformedDoNotContactFileFailsBeforeAnyOutputWithItsLine() throws {
        let out = Fixtures.temporaryDirectory()
        let dnc = Fixtures.temporaryFile(
            "creator,reason\ninstagram:ana,\"never closed\ninstagram:bob,x\n", name: "dnc.csv")
        let result = try Executables.run(
            "scout",
            ["run", "--creators", Self.creators, "--briefs", Self.briefs, "--out", out, "--do-not-contact", dnc])
        #expect(result.status == 1, "\(result.stderr)")
        #expect(result.stderr.contains("\(dnc):2:"), "\(result.stderr)")
        #expect(!result.stderr.contains("re-run the previous stage"), "\(result.stderr)")
        let written = try FileManager.default.contentsOfDirectory(atPath: out)
        #expect(written.isEmpty, "wrote \(written)")
        let ragged = Fixtures.temporaryFile("creator,reason\ninstagram:ana,x,extra\n", name: "dnc.csv")
        let second = try Executables.run(
            "scout",
            ["run", "--creators", Self.creators, "--briefs", Self.briefs, "--out", out, "--do-not-contact", ragged])
        #expect(second.status == 1)
        #expect(
            second.stderr.contains(
                "\(ragged):2: bad reference data: do-not-contact list: 3 fields where the header has 2"),
            "\(second.stderr)")
    }
}
