import Foundation
import Testing

@testable import ScoutCore

@Suite struct RelevanceIndexTests {
    /// 4 documents of average length 4; `vegan` in 1 of them, `sunscreen` in 2.
    static var corpus: CorpusStatistics {
        var c = CorpusStatistics()
        c.documentCount = 4
        c.averageLength = 4
        c.documentFrequency = ["vegan": 1, "sunscreen": 2]
        return c
    }

    @Test func bm25WithHandComputedIDF() {
        let c = Self.corpus
        #expect(abs(c.idf("vegan") - log(1 + 3.5 / 1.5)) < 1e-12)  // 1.20397
        #expect(abs(c.idf("sunscreen") - log(2.0)) < 1e-12)  // 0.69315
        let query = RelevanceQuery(keywords: ["vegan", "sunscreen"], brand: "", description: "")
        // Average length, each keyword once: exactly the ideal document → 1.
        #expect(abs(query.score(TokenDocument(["vegan sunscreen daily tips"]), corpus: c) - 1) < 1e-12)
        // Only `vegan`: 1.20397 / 1.89712 = 0.63464.
        let veganOnly = query.score(TokenDocument(["vegan food recipes ideas"]), corpus: c)
        #expect(abs(veganOnly - log(1 + 3.5 / 1.5) / (log(1 + 3.5 / 1.5) + log(2.0))) < 1e-12)
        // `sunscreen` once in 8 tokens: tf part 2.2 / (1 + 1.2 × 1.75) = 0.70968 → 0.69315 × 0.70968 / 1.89712 = 0.25930.
        let long = query.score(TokenDocument(["sunscreen a b c d e f g"]), corpus: c)
        #expect(abs(long - 0.25930) < 1e-4)
        #expect(query.score(TokenDocument(["nothing relevant here"]), corpus: c) == 0)
    }

    @Test func queryWeightsKeywordsBrandAndDescription() {
        let query = RelevanceQuery(
            keywords: ["home workout", "hiit"], brand: "Stride", description: "Fitness app for home workouts")
        let weights = Dictionary(uniqueKeysWithValues: query.terms.map { ($0.token, $0.weight) })
        #expect(
            weights == [
                "home": 0.5, "workout": 0.5, "hiit": 1.0, "stride": 0.5, "fitness": 0.3, "app": 0.3, "workouts": 0.3,
            ])
        // `#homeworkout` counts for both words of `home workout`.
        var c = CorpusStatistics()
        c.documentCount = 10
        c.averageLength = 3
        let joined = query.score(TokenDocument(["homeworkout hiit daily"]), corpus: c)
        let split = query.score(TokenDocument(["home workout hiit"]), corpus: c)
        #expect(abs(joined - split) < 1e-12 && joined > 0.99)
    }

    @Test func cjkAccentsAndEmoji() {
        #expect(TextTokens.tokens("日焼け止め") == ["日焼", "焼け", "け止", "止め"])
        #expect(TextTokens.tokens("Café ☕️ #LatteArt") == ["cafe", "latteart"])
        let query = RelevanceQuery(keywords: ["日焼け止め", "café"], brand: "", description: "")
        var c = CorpusStatistics()
        c.documentCount = 2
        c.averageLength = 13
        // 13 characters → 12 bigrams, the emoji dropped, `cafe`: 13 tokens = the average length, each term once → 1.
        let document = TokenDocument(["敏感肌の日焼け止めレビュー ✨ cafe"])
        #expect(document.length == 13)
        #expect(abs(query.score(document, corpus: c) - 1) < 1e-12)
        let model = MatchModel(reference: Fixtures.reference)
        var unknown = Set<String>()
        var briefs: [String: [String]] = [:]
        var b = Brief(id: "b", brand: "X")
        b.keywords = ["日焼け止め", "café", "spf"]
        var a = CreatorAccount(platform: .instagram, handle: "a", followers: 5000)
        a.bio = "敏感肌の日焼け止めレビュー ☕ cafe"
        #expect(
            model.matchedKeywords(model.prepare(b, unknownNiches: &briefs), model.prepare(a, unknownNiches: &unknown))
                == ["日焼け止め", "café"])
    }
}
