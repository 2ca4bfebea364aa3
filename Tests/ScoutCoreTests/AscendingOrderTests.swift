import Testing

@testable import ScoutCore

/// `ScoringEngine.ascendingOrder` (one pass when the ids already ascend) must equal sorting the positions.
@Suite struct AscendingOrderTests {
    @Test func equalsSortingThePositions() {
        var generator = ScoringEngineTests.SeededRandom(state: 11)
        let names = [
            "instagram:a", "instagram:b", "tiktok:café", "tiktok:cafe\u{301}", "youtube:Z", "x:日本", "x:ab", "",
        ]
        for round in 0..<2000 {
            var keys = (0..<generator.int(0..<12)).map { _ in generator.pick(names) + String(generator.int(0..<30)) }
            if round % 3 == 0 { keys.sort() }  // ascending, with or without equal neighbours
            if round % 3 == 1 { keys = Array(Set(keys)).sorted() }  // strictly ascending
            #expect(ScoringEngine.ascendingOrder(keys) == keys.indices.sorted { keys[$0] < keys[$1] }, "\(keys)")
        }
    }

    /// The accounts' form (no ids built when they ascend) equals sorting by id, across platforms, equal handles,
    /// handles outside ASCII and ones that are a prefix of another.
    @Test func accountsEqualSortingTheirIDs() {
        var generator = ScoringEngineTests.SeededRandom(state: 12)
        let handles = ["a", "ab", "b", "café", "cafe\u{301}", "Z", "日本", "z_1", "a.b", ""]
        for round in 0..<3000 {
            var accounts = (0..<generator.int(0..<12)).map { _ in
                CreatorAccount(
                    platform: generator.pick(Platform.allCases),
                    handle: generator.pick(handles) + (generator.chance(0.5) ? String(generator.int(0..<30)) : ""),
                    followers: 0)
            }
            if round % 3 == 0 { accounts.sort { $0.id < $1.id } }
            if round % 3 == 1 {
                var seen = Set<String>()
                accounts = accounts.filter { seen.insert($0.id).inserted }.sorted { $0.id < $1.id }
            }
            let ids = accounts.map(\.id)
            #expect(ScoringEngine.ascendingOrder(accounts) == ids.indices.sorted { ids[$0] < ids[$1] }, "\(ids)")
        }
    }
}
