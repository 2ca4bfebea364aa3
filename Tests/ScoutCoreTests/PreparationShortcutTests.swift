import Testing

@testable import ScoutCore

/// The shortcuts `MatchModel.prepare` takes for accounts must give what the long way gives.
@Suite struct PreparationShortcutTests {
    static let pieces =
        TextTokensFastPathTests.pieces + ["Ünïcödé", "GLOW.lab", "Ｂｒａｎｄ", "ﾌﾞﾗﾝﾄﾞ", "l'Oréal", "#Home_Workout"]

    /// `PreparationCache.key` (non-ASCII keys remembered) equals `MatchModel.key`, also once the table starts over.
    @Test func cachedKeysEqualTheModelsKeys() {
        var generator = ScoringEngineTests.SeededRandom(state: 7)
        var cache = PreparationCache(capacity: 16)
        for _ in 0..<3000 {
            let text = (0..<generator.int(1..<4)).map { _ in generator.pick(Self.pieces) }.joined(separator: "_")
            #expect(cache.key(text) == MatchModel.key(text), "text \(text.debugDescription)")
        }
    }

    /// A hashtag's joined tokens in ASCII are one token, so `prepare` does not tokenise them again to count them.
    @Test func asciiJoinedTagsAreOneToken() {
        var generator = ScoringEngineTests.SeededRandom(state: 8)
        for _ in 0..<3000 {
            let tag = (0..<generator.int(1..<4)).map { _ in generator.pick(Self.pieces) }.joined(separator: "_")
            let joined = TextTokens.tokens(tag).joined()
            if !joined.isEmpty && joined.utf8.allSatisfy({ $0 < 0x80 }) {
                #expect(TextTokens.tokens(joined) == [joined], "tag \(tag.debugDescription)")
            }
        }
    }
}
