import Foundation
import Testing

@testable import ScoutCore

/// `HistoryStore.record` gives each account key its id the first time any night names it (the next id), whether
/// the insert or the lookup goes first: a fresh history, known and new keys interleaved, keys repeated within a
/// night and a re-run of a night all give the ids of one table filled in first-appearance order.
struct HistoryAccountIdsTests {
    @Test func idsFollowFirstAppearanceWhateverTheMixOfNewAndKnownKeys() throws {
        let path = Fixtures.temporaryDirectory() + "/history.sqlite"
        let store = try HistoryStore(path: path)
        var generator = ScoringEngineTests.SeededRandom(state: 17)
        var expected: [String: Int64] = [:]
        var order: [String] = []
        func note(_ key: String) {
            if expected[key] == nil {
                order.append(key)
                expected[key] = Int64(order.count)
            }
        }
        // Night 1 into an empty history; nights 2–4 mix known keys, new keys, runs of each and repeats; night 5
        // re-runs night 3.
        var nights: [(run: String, snapshots: [CreatorSnapshot], shortlists: [ShortlistEntry])] = []
        for night in 1...4 {
            var keys: [String] = []
            for i in 0..<400 {
                let known = !order.isEmpty && (i / 25 % 2 == 0 || generator.chance(0.3))
                keys.append(known ? generator.pick(order) : "instagram:n\(night)_\(i)")
            }
            keys += keys.prefix(7)  // the same key twice in one night
            let snapshots = keys.map { CreatorSnapshot(accountID: $0, followers: 1_000, engagementRate: nil) }
            let shortlists = (1...5).map {
                ShortlistEntry(briefID: "b", rank: $0, accountID: "tiktok:only_listed_\(night)_\($0)", score: 0.5)
            }
            for s in snapshots { note(s.accountID) }
            for e in shortlists { note(e.accountID) }
            nights.append(("2026-11-2\(night)", snapshots, shortlists))
        }
        nights.append(nights[2])
        for night in nights {
            let seq = try store.sequence(of: night.run, recordedAt: night.run + "T02:00:00Z")
            try store.record(seq: seq, snapshots: night.snapshots, shortlists: night.shortlists)
        }
        var stored: [String: Int64] = [:]
        try store.database.prepare("SELECT id, key FROM accounts").query { stored[$0.text(1)] = $0.int(0) }
        #expect(stored == expected)
        var listed: [Int64] = []
        try store.database.prepare("SELECT account FROM shortlist_entries WHERE run = 1 ORDER BY rank").query {
            listed.append($0.int(0))
        }
        #expect(listed == (1...5).map { expected["tiktok:only_listed_1_\($0)"]! })
    }
}
