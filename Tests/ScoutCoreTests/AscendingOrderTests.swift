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
}
