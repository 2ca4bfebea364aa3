import Foundation
import Testing

@testable import ScoutCore

/// Memory across nights: follower spikes, the change column, dropped.csv, do-not-contact, prune.
@Suite(.serialized) struct HistoryTests {
    @Test func spikeRuleJumpAfterCalmGrowth() {
        let rule = FollowerSpike()
        #expect(!rule.isSpike(history: [], tonight: 50_000))  // first sighting
        #expect(rule.isSpike(history: [10_000], tonight: 16_000))  // +60%, no earlier growth
        #expect(!rule.isSpike(history: [10_000], tonight: 14_000))  // +40%
        #expect(rule.isSpike(history: [10_000, 10_300], tonight: 20_000))  // +3% then +94%
        #expect(!rule.isSpike(history: [10_000, 13_000], tonight: 20_000))  // +30% then +54%: already growing fast
        // +2%, +1%, +3% then +25%: not above 50%, but above 20% and 3 × the 2% median.
        #expect(rule.isSpike(history: [10_000, 10_200, 10_302, 10_611], tonight: 13_264))
        // +10%, +12%, +11% then +25%: not above 3 × 11%.
        #expect(!rule.isSpike(history: [10_000, 11_000, 12_320, 13_675], tonight: 17_094))
        #expect(!rule.isSpike(history: [0], tonight: 5_000))  // no base to grow from
    }

    @Test func growthSpikeAcrossThreeNightsIsFlagged() throws {
        let runs = Fixtures.temporaryDirectory()
        let nights = [("n1", 12_000), ("n2", 12_300), ("n3", 25_000)]
        var flagsByNight: [String: String] = [:]
        for (night, followers) in nights {
            let file = try NightlySupport.creatorsFile(followers: ["ana.runs": followers], in: runs, night: night)
            let result = try NightlySupport.night(night, runs: runs, creators: file)
            let rows = try NightlySupport.rows(result.runDirectory + "/shortlists.csv")
            let ana = try #require(rows.first { $0["creator_id"] == "instagram:ana.runs" })
            flagsByNight[night] = ana["flags"]
            for row in rows where row["creator_id"] != "instagram:ana.runs" {
                #expect(!(row["flags"] ?? "").contains("follower_spike"))
            }
        }
        #expect(!(flagsByNight["n1"] ?? "").contains("follower_spike"))
        #expect(!(flagsByNight["n2"] ?? "").contains("follower_spike"))
        #expect((flagsByNight["n3"] ?? "").split(separator: "|").contains("follower_spike"))
    }

    @Test func doNotContactRemovesCreatorAndListsReason() throws {
        let runs = Fixtures.temporaryDirectory()
        let plain = try NightlySupport.night("plain", runs: runs, history: false)
        let before = try NightlySupport.rows(plain.runDirectory + "/shortlists.csv")
        #expect(before.contains { $0["creator_id"] == "tiktok:cara.fit" })

        let result = try NightlySupport.night(
            "dnc", runs: runs, history: false, doNotContact: NightlySupport.doNotContact)
        let after = try NightlySupport.rows(result.runDirectory + "/shortlists.csv")
        #expect(!after.contains { $0["creator_id"] == "tiktok:cara.fit" })
        // Kept off before the top K is chosen: the list refills from the creators below.
        #expect(after.count == before.count)
        #expect(after.map { $0["rank"] ?? "" } == (1...after.count).map(String.init))
        let perBrief = try NightlySupport.rows(result.runDirectory + "/shortlists/stride-run.csv")
        #expect(!perBrief.contains { $0["creator_id"] == "tiktok:cara.fit" })
        let excluded = try NightlySupport.rows(result.runDirectory + "/excluded.csv")
        #expect(excluded.count == 1)
        #expect(excluded.first?["creator_id"] == "tiktok:cara.fit")
        #expect(excluded.first?["reason"] == "already contracted (Q4 campaign)")
    }

    @Test func doNotContactFormats() {
        var list = DoNotContactList()
        list.add("instagram:@Ana.Runs", reason: "contracted")
        list.add("https://www.tiktok.com/@cara.fit?lang=en", reason: "")
        list.add("@dan.trails", reason: "asked")
        #expect(list.reason(for: "instagram:ana.runs") == "contracted")
        #expect(list.reason(for: "tiktok:ana.runs") == nil)
        #expect(list.reason(for: "tiktok:cara.fit") == "do not contact")
        #expect(list.reason(for: "youtube:dan.trails") == "asked")
    }

    @Test func changeColumnAndDroppedFile() throws {
        let runs = Fixtures.temporaryDirectory()
        let first = try NightlySupport.night("d1", runs: runs)
        let rows1 = try NightlySupport.rows(first.runDirectory + "/shortlists.csv")
        #expect(rows1.allSatisfy { $0["change"] == "new" })
        #expect(rows1.first?["creator_id"] == "instagram:ben.marathon")
        // Night 2: ben.marathon (rank 1) is gone from the exports; everyone below moves up one place, which the change
        // column reports only for creators whose own score moved by more than the noise band.
        let file = try NightlySupport.creatorsFile(removing: ["ben.marathon"], in: runs, night: "d2")
        let second = try NightlySupport.night("d2", runs: runs, creators: file)
        let rows2 = try NightlySupport.rows(second.runDirectory + "/shortlists.csv")
        for row in rows2 {
            let old = rows1.first { $0["creator_id"] == row["creator_id"] }
            let expected =
                old.map { old -> String in
                    guard Int(old["rank"]!)! - Int(row["rank"]!)! == 1 else { return "?" }
                    return abs(Double(old["score"]!)! - Double(row["score"]!)!) > HistoryNight.noiseBand
                        ? "up 1" : "same"
                } ?? "new"
            #expect(row["change"] == expected, "\(row["creator_id"] ?? "")")
        }
        #expect(rows2.count > 1)
        let dropped = try NightlySupport.rows(second.runDirectory + "/dropped.csv")
        #expect(dropped.count == 1)
        #expect(dropped.first?["creator_id"] == "instagram:ben.marathon")
        #expect(dropped.first?["previous_rank"] == "1")
        #expect(dropped.first?["reason"] == "not in tonight's exports")
    }

    /// Scores that differ in the third decimal are noise: no "up 5" between 0.7500 and 0.7437.
    @Test func changeIgnoresScoresWithinTheNoiseBand() {
        #expect(HistoryNight.change(previous: 6, now: 1, scoreMoved: abs(0.7500 - 0.7437)) == "same")
        #expect(HistoryNight.change(previous: 1, now: 4, scoreMoved: 0.0099) == "same")
        #expect(HistoryNight.change(previous: 6, now: 1, scoreMoved: 0.0150) == "up 5")
        #expect(HistoryNight.change(previous: 2, now: 5, scoreMoved: 0.0400) == "down 3")
        #expect(HistoryNight.change(previous: nil, now: 1, scoreMoved: 0) == "new")
    }

    @Test func pruneKeepsNewestNights() throws {
        let runs = Fixtures.temporaryDirectory()
        for night in ["p1", "p2", "p3"] { try NightlySupport.night(night, runs: runs) }
        let store = try HistoryStore(path: RunDirectory.defaultHistory(runsDirectory: runs))
        #expect(try store.runIDs() == ["p1", "p2", "p3"])
        #expect(try store.database.scalar("SELECT COUNT(*) FROM snapshots") == 3 * 6)
        #expect(try store.prune(keepRuns: 1, recordedBefore: nil) == 2)
        #expect(try store.runIDs() == ["p3"])
        #expect(try store.database.scalar("SELECT COUNT(*) FROM snapshots") == 6)
        #expect(
            try store.database.scalar("SELECT COUNT(*) FROM shortlist_entries WHERE run <> (SELECT seq FROM runs)") == 0
        )
    }

    @Test func runOutWithoutHistoryKeepsTodaysColumns() throws {
        // `scout run --out DIR --do-not-contact F` (no --history): same header as before, the row removed, no dropped.csv.
        let out = Fixtures.temporaryDirectory()
        var options = PipelineOptions(
            creators: [NightlySupport.creators], briefs: NightlySupport.briefs,
            outputDirectory: out, dataDirectory: Fixtures.dataDirectory)
        options.score.doNotContact = NightlySupport.doNotContact
        let manifest = try ScoutPipeline.run(options).manifest
        #expect(manifest.totals.excludedDoNotContact == 1)
        #expect(manifest.totals.dropped == nil)
        #expect(try IntermediateTable.read(out + "/shortlists.csv", required: []).header == ShortlistCSV.header)
        #expect(try NightlySupport.rows(out + "/excluded.csv").map { $0["creator_id"] } == ["tiktok:cara.fit"])
        #expect(!FileManager.default.fileExists(atPath: out + "/dropped.csv"))
    }
}
