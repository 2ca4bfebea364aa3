import Foundation

/// The night-wide figures relevance, cost per engagement and the heap sizes are measured against, as published by
/// `NightStatistics.published()`: every double here is derived once, so a sharded night's score tasks (which read
/// them as exact bit patterns) use the same values as one process.
public struct CorpusStatistics: Sendable, Equatable {
    /// Accounts in the corpus.
    public var documentCount = 0
    /// Mean number of tokens per account document.
    public var averageLength = 1.0
    /// In how many account documents each query term occurs.
    public var documentFrequency: [String: Int] = [:]
    /// Each query term's inverse document frequency, as published; terms without one are computed from
    /// `documentFrequency` (a corpus built by hand, as tests do).
    public var idfs: [String: Double] = [:]
    /// The idf of a term no document holds, as published.
    public var unseenIDF: Double?
    /// The median cost per expected engagement (USD) over accounts whose cost is known, for the commercial component.
    public var medianCostPerEngagement: Double?
    /// The most accounts one person has (each brief keeps K × this candidates).
    public var largestPerson = 1
    /// The accounts the briefs' `seed_creators` name, night-wide, ascending by id (a sharded night's score tasks
    /// compare with seeds on other shards); empty when `ScoringEngine` finds them among its own accounts.
    package var seeds: [SeedFacts] = []

    public init() {}

    /// Statistics over `accounts`, counting every token (a corpus for any query).
    /// - Complexity: O(total tokens + n log n).
    public init(_ accounts: [PreparedAccount]) {
        var statistics = NightStatistics(accounts, terms: nil)
        statistics.largestPerson = NightStatistics.largestPerson(accounts.map(\.account))
        self = statistics.published()
    }

    /// BM25's inverse document frequency, ln(1 + (N − df + 0.5) / (df + 0.5)); always positive.
    public func idf(_ token: String) -> Double {
        if let published = idfs[token] { return published }
        let frequency = documentFrequency[token] ?? 0
        if frequency == 0, let unseenIDF { return unseenIDF }
        return Self.idf(documents: documentCount, frequency: frequency)
    }

    /// ln(1 + (N − df + 0.5) / (df + 0.5)) for N documents, df of them holding the term.
    static func idf(documents: Int, frequency: Int) -> Double {
        let n = Double(documents)
        let df = Double(frequency)
        return log(1 + (n - df + 0.5) / (df + 0.5))
    }
}

/// A creator's text as a bag of tokens: bio, captions, hashtags (split and joined) and display name.
public struct TokenDocument: Sendable, Hashable {
    public var counts: [String: Int] = [:]
    public var length = 0

    public init(_ texts: [String], extraTokens: [String] = []) {
        var cache = PreparationCache(capacity: 0)
        self.init(texts, extraTokens: extraTokens, cache: &cache)
    }

    /// The document of `texts`, tokenised through `cache`.
    init(_ texts: [String], extraTokens: [String] = [], cache: inout PreparationCache) {
        for text in texts {
            for token in TextTokens.tokens(text, cache: &cache) { counts[token, default: 0] += 1 }
        }
        for token in extraTokens { counts[token, default: 0] += 1 }
        length = counts.values.reduce(0, +)
    }

    /// The document of texts already tokenised (the same counts as tokenising each text).
    init(tokens pieces: [[String]], extraTokens: [String] = []) {
        // Room for every token up front: growing the table as it fills rehashed each document several times.
        counts.reserveCapacity(pieces.reduce(extraTokens.count) { $0 + $1.count })
        for piece in pieces { for token in piece { counts[token, default: 0] += 1 } }
        for token in extraTokens { counts[token, default: 0] += 1 }
        length = counts.values.reduce(0, +)
    }

    public func contains(_ token: String) -> Bool { counts[token] != nil }
}

/// A brief as a BM25 query: weighted terms, plus the keywords it reports as matched.
///
/// Term weights: each keyword 1.0 shared among its tokens (a four-bigram Japanese keyword weighs as much as
/// `spf`), the brand name 0.5, description words 0.3 (words of one or two letters and common function words
/// dropped). A term named twice keeps its highest weight.
public struct RelevanceQuery: Sendable {
    /// Each term with its weight; `alternates` are the joined forms of multi-word keywords holding it
    /// (`home workout` → `homeworkout`), counted as an occurrence when the term itself is absent.
    public var terms: [(token: String, weight: Double, isKeyword: Bool, alternates: [String])] = []
    /// Each keyword as its display text, tokens and joined form (`home workout` also matches `#homeworkout`).
    public var keywords: [(text: String, tokens: [String], joined: String)] = []

    public static let keywordWeight = 1.0, brandWeight = 0.5, descriptionWeight = 0.3

    public init(keywords: [String], brand: String, description: String) {
        var weights: [String: (Double, Bool)] = [:]
        var alternates: [String: [String]] = [:]
        var order: [String] = []
        func add(_ token: String, _ weight: Double, _ isKeyword: Bool) {
            if weights[token] == nil { order.append(token) }
            let old = weights[token] ?? (0, false)
            weights[token] = (max(old.0, weight), old.1 || isKeyword)
        }
        for keyword in keywords {
            let tokens = TextTokens.tokens(keyword)
            guard !tokens.isEmpty else { continue }
            self.keywords.append((keyword, tokens, tokens.joined()))
            for token in tokens {
                add(token, Self.keywordWeight / Double(tokens.count), true)
                if tokens.count > 1 && !TextTokens.isUnspacedScript(tokens[0].first!) {
                    alternates[token, default: []].append(tokens.joined())
                }
            }
        }
        let brandTokens = TextTokens.tokens(brand)
        for token in brandTokens { add(token, Self.brandWeight / Double(brandTokens.count), false) }
        for token in TextTokens.tokens(description) where !Self.isFunctionWord(token) {
            add(token, Self.descriptionWeight, false)
        }
        terms = order.map { ($0, weights[$0]!.0, weights[$0]!.1, alternates[$0] ?? []) }
    }

    static func isFunctionWord(_ token: String) -> Bool {
        (token.count < 3 && token.allSatisfy(\.isASCII)) || functionWords.contains(token)
    }

    /// Common English, Spanish, Portuguese, French and German words that say nothing about a niche.
    static let functionWords: Set<String> = [
        "the", "and", "for", "with", "who", "that", "this", "from", "their", "your", "our", "are", "into", "new",
        "wants", "want", "looking", "creators", "creator", "content", "post", "posts", "launch", "launching",
        "los", "las", "del", "con", "para", "por", "una", "que", "des", "les", "pour", "avec", "une", "und",
        "der", "die", "das", "mit", "fur", "dos", "com", "uma", "sem", "without", "not",
    ]

    /// BM25 of `document` for this query, normalised to [0, 1] (see `RelevanceIndex.score`).
    public func score(_ document: TokenDocument, corpus: CorpusStatistics) -> Double {
        RelevanceIndex.score(self, document, corpus: corpus)
    }
}

/// BM25 (k1 = 1.2, b = 0.75) over creator documents, normalised to [0, 1].
///
/// Normalisation: the raw score is divided by the score an *ideal* document would get — one of average length
/// holding every keyword term exactly once (Σ weight × idf over keyword terms; over all terms when the brief has
/// no keywords) — and capped at 1. So 1 reads "mentions everything the brief asked for", brand and description
/// words can make up for a missing keyword, and repeating a word saturates as BM25 intends.
public enum RelevanceIndex {
    public static let k1 = 1.2, b = 0.75

    public static func score(_ query: RelevanceQuery, _ document: TokenDocument, corpus: CorpusStatistics) -> Double {
        BoundRelevanceQuery(query, corpus: corpus).score(document)
    }

    /// Σ weight × idf × tf (k1 + 1) / (tf + k1 (1 − b + b · length / average length)) (see `BoundRelevanceQuery`).
    public static func rawScore(_ query: RelevanceQuery, _ document: TokenDocument, corpus: CorpusStatistics) -> Double
    {
        BoundRelevanceQuery(query, corpus: corpus).rawScore(document)
    }

    /// The raw score of an average-length document holding each keyword term once.
    public static func idealScore(_ query: RelevanceQuery, corpus: CorpusStatistics) -> Double {
        let hasKeywords = !query.keywords.isEmpty
        var total = 0.0
        for term in query.terms where term.isKeyword || !hasKeywords { total += term.weight * corpus.idf(term.token) }
        return total
    }
}
