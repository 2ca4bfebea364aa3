/// A BM25 query with the night's corpus statistics looked up once: each term's weight × idf, and the ideal score.
///
/// Scoring one brief against many creators would otherwise hash every term into the corpus's document
/// frequencies twice per creator (once for the raw score, once for the ideal). `RelevanceIndex.score` and
/// `rawScore` go through this type too, with the same operations in the same order, so the two give the
/// same bits.
package struct BoundRelevanceQuery: Sendable {
    /// Each query term with weight × idf and the joined alternates that count for it (see `RelevanceQuery.terms`).
    package let terms: [(token: String, weightedIDF: Double, alternates: [String])]
    /// `RelevanceIndex.idealScore` for this query and corpus.
    package let ideal: Double
    package let averageLength: Double

    /// - Complexity: O(terms).
    package init(_ query: RelevanceQuery, corpus: CorpusStatistics) {
        terms = query.terms.map { ($0.token, $0.weight * corpus.idf($0.token), $0.alternates) }
        ideal = RelevanceIndex.idealScore(query, corpus: corpus)
        averageLength = corpus.averageLength
    }

    /// BM25 of `document`, normalised to [0, 1] (see `RelevanceIndex`).
    package func score(_ document: TokenDocument) -> Double {
        guard ideal > 0 else { return 0 }
        return min(1, rawScore(document) / ideal)
    }

    /// Σ weight × idf × tf (k1 + 1) / (tf + k1 (1 − b + b · length / average length)).
    /// - Complexity: O(terms + alternates), one dictionary lookup each, no allocation.
    package func rawScore(_ document: TokenDocument) -> Double {
        let k1 = RelevanceIndex.k1
        let b = RelevanceIndex.b
        let lengthNorm = 1 - b + b * Double(document.length) / averageLength
        var total = 0.0
        for term in terms {
            var count = document.counts[term.token]
            if count == nil {
                // The largest count among the alternates, as `compactMap { … }.max()` would give, without an array.
                for alternate in term.alternates {
                    if let c = document.counts[alternate], count.map({ c > $0 }) ?? true { count = c }
                }
            }
            guard let tf = count else { continue }
            let f = Double(tf)
            total += term.weightedIDF * f * (k1 + 1) / (f + k1 * lengthNorm)
        }
        return total
    }
}
