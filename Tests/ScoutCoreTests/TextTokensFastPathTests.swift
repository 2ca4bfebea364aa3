import Testing

@testable import ScoutCore

/// `TextTokens.tokens` (cut at ASCII separators, ASCII pieces byte by byte) must equal the Unicode tokenizer.
@Suite struct TextTokensFastPathTests {
    static let pieces = [
        "Skincare", "SPF50", "sunscreen", "café", "Cafe\u{301}", "e\u{301}", " \u{301}x", "日焼け止め", "スキンケア", "ラーメン",
        "ー", "서울", "ﬁtness", "ＡＢＣ１２", "Σίσυφος", "İstanbul", "ß", "🔥", "👍🏽", "🇯🇵", "#vegan", "@glow.lab", "DM!",
        "\r\n", "\t", "-", "|", "📍São Paulo", "東京2026", "a\u{200D}b", "x\u{FE0F}", "\u{0600} 1", "N°5", "½", "²", "١٢٣",
        "ｶﾀｶﾅ",
        "mañana", "Ærø", "naïve", "coöp", "", " ", "...", "a.b", "A-B_c", "k-pop", "ｰ", "漢字ー漢字", "x/日本", "日本/x",
    ]

    @Test func fastPathEqualsTheUnicodeTokenizer() {
        var generator = ScoringEngineTests.SeededRandom(state: 42)
        var texts = Self.pieces
        let separators = [" ", "", ",", " | ", "\n", "/", "#", ". ", "・"]
        for _ in 0..<3000 {
            texts.append(
                (0..<generator.int(1..<8)).map { _ in generator.pick(Self.pieces) + generator.pick(separators) }
                    .joined())
        }
        for text in texts {
            #expect(TextTokens.tokens(text) == TextTokens.unicodeTokens(text), "text \(text.debugDescription)")
        }
    }

    @Test func asciiPiecesAreLowerCasedRuns() {
        #expect(TextTokens.tokens("Honest SPF50 reviews, DM me!") == ["honest", "spf50", "reviews", "dm", "me"])
        #expect(TextTokens.tokens("日焼け止め SPF") == ["日焼", "焼け", "け止", "止め", "spf"])
    }
}
