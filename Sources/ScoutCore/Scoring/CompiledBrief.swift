/// A brief's hard filters and score components rewritten over a `CandidateIndex`'s integer ids.
///
/// `excludes` answers exactly what `MatchModel.exclusion` answers (nil or not), and `score` returns exactly
/// the `Double` that `MatchModel.components(...).total(weights)` returns: the same operations in the same
/// order, on values looked up by id instead of by string. `ScoringEngineTests` checks this against the
/// exhaustive path; when the match model changes, change this type with it (or run the exhaustive path).
struct CompiledBrief {
    let minFollowers: Int?
    let maxFollowers: Int?
    let minRate: Double?
    let countries: [Int32]
    let languages: [Int32]
    let excludedHandles: Set<String>
    /// Competitor words as token ids; words with a token no account has can never match and are left out.
    let excludedWords: [[Int32]]
    /// The brief's best niche similarity for each creator niche id.
    let nicheScore: [Double]
    /// Each keyword's token ids (`nil` when one of them is in no account), joined-form id, and IDF weight.
    let keywords: [(tokens: [Int32]?, joined: Int32, weight: Double)]
    let keywordTotal: Double
    let weights: ScoreWeights

    init(_ brief: PreparedBrief, index: CandidateIndex, model: MatchModel, idf: [String: Double]) {
        let b = brief.brief
        minFollowers = b.minFollowers
        maxFollowers = b.maxFollowers
        minRate = b.minEngagementRate
        countries = b.countries.map { index.places.id($0) }
        languages = b.languages.map { index.places.id($0) }
        excludedHandles = brief.excludedHandles
        excludedWords = brief.excludedWords.compactMap { words in
            let ids = words.map { index.tokens.id($0) }
            return ids.contains(-1) ? nil : ids
        }
        nicheScore = index.niches.strings.map { creatorNiche in
            var best = 0.0
            for briefNiche in brief.nicheIDs {
                let score = model.reference.taxonomy.similarity(brief: briefNiche, creator: creatorNiche).score
                if score > best { best = score }
            }
            return best
        }
        var total = 0.0
        keywords = brief.keywords.map { keyword in
            let weight = keyword.tokens.map { idf[$0] ?? 1 }.max() ?? 1
            total += weight
            let ids = keyword.tokens.map { index.tokens.id($0) }
            return (ids.contains(-1) ? nil : ids, index.tokens.id(keyword.joined), weight)
        }
        keywordTotal = total
        weights = brief.weights
    }

    /// True when account `i` fails a hard filter (`MatchModel.exclusion` would give a reason).
    /// The platform filter is left to the buckets the caller walks.
    @inline(__always)
    func excludes(_ i: Int, _ index: CandidateIndex) -> Bool {
        let followers = index.followers[i]
        if let minFollowers, followers < minFollowers { return true }
        if let maxFollowers, followers > maxFollowers { return true }
        if let minRate, index.filterRate[i] < minRate { return true }
        if !countries.isEmpty && !countries.contains(index.country[i]) && !countries.contains(index.audienceCountry[i]) { return true }
        if !languages.isEmpty && !languages.contains(index.language[i]) { return true }
        if !excludedHandles.isEmpty && excludedHandles.contains(index.handles[i]) { return true }
        for words in excludedWords where words.allSatisfy({ index.hasToken(i, $0) }) { return true }
        return false
    }

    /// The weighted score of account `i`, bit-for-bit what the match model computes.
    @inline(__always)
    func score(_ i: Int, _ index: CandidateIndex) -> Double {
        var components = ScoreComponents()
        var niche = 0.0
        for n in index.nicheStart[i]..<index.nicheStart[i + 1] {
            let score = nicheScore[Int(index.nicheIDs[n])]
            if score > niche { niche = score }
        }
        components.niche = niche
        if !keywords.isEmpty {
            var found = 0.0
            for keyword in keywords {
                var matched = false
                if let tokens = keyword.tokens { matched = tokens.allSatisfy { index.hasToken(i, $0) } }
                if !matched && keyword.joined >= 0 { matched = index.hasToken(i, keyword.joined) }
                if matched { found += keyword.weight }
            }
            components.relevance = keywordTotal > 0 ? found / keywordTotal : 0
        }
        components.engagement = index.engagementScore[i]
        return components.total(weights)
    }
}
