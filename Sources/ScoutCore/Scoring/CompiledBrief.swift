/// A brief compiled against the night's `CompiledAccounts`: its filters, query and budget as ids and numbers.
///
/// `score(_:in:)` computes exactly `MatchModel.components(…).total(weights)` with the same floating-point
/// operations in the same order, so the shortlists equal those of the model itself (a test compares every pair).
struct CompiledBrief: Sendable {
    /// Bit `Platform.allCases` index set for each allowed platform; all ones without a platform filter.
    var platforms: UInt32
    var minFollowers: Int
    var maxFollowers: Int
    /// Per tier id: allowed. `nil` without a tier filter.
    var tiers: [Bool]?
    var minEngagementRate: Double?
    /// Country ids (−2 for a country no account has); empty without a country filter.
    var countries: [Int32]
    var languages: [Int32]
    /// Per niche id: the best taxonomy similarity to any brief niche.
    var nicheScores: [Double]
    /// Query terms with weight × idf (−1 for a term no document holds) and the ids of their joined alternates.
    var terms: [(id: Int32, weightedIDF: Double, alternates: [Int32])]
    var ideal: Double
    var averageLength: Double
    /// Budget per creator in the brief's currency; `nil` without a budget.
    var perCreatorBudget: Double?
    /// The brief's currency id (−2 when no account uses it) and USD per unit of it.
    var currency: Int32
    var currencyUSD: Double?
    /// Per account currency id: USD per unit, `nil` when `data/currency_rates.csv` does not list it.
    var usdPerUnit: [Double?]
    /// Accounts the brief excludes by handle or competitor words, ascending (may repeat).
    var blocked: [Int32]
    /// Accounts with brand affinity and its value.
    var affinity: [(position: Int32, affinity: Double)]
    var weights: ScoreWeights

    /// - Complexity: O(niches × brief niches + query terms + marked accounts).
    init(_ brief: PreparedBrief, accounts: CompiledAccounts, search: AccountMarkSearch, model: MatchModel, corpus: CorpusStatistics) {
        let b = brief.brief
        platforms = b.platforms.isEmpty ? ~0 : b.platforms.reduce(0) { $0 | 1 << UInt32(CandidateIndex.platformOrdinal[$1]!) }
        minFollowers = b.minFollowers ?? Int.min
        maxFollowers = b.maxFollowers ?? Int.max
        tiers = b.tiers.isEmpty ? nil : accounts.tiers.strings.map { b.tiers.contains($0) }
        minEngagementRate = b.minEngagementRate
        countries = b.countries.map { accounts.countries.id(of: $0) ?? -2 }
        languages = b.languages.map { accounts.languages.id(of: $0) ?? -2 }
        nicheScores = accounts.nicheNames.strings.map { creatorNiche in
            var best = 0.0
            for briefNiche in brief.nicheIDs {
                let score = model.reference.taxonomy.similarity(brief: briefNiche, creator: creatorNiche).score
                if score > best { best = score }
            }
            return best
        }
        let bound = BoundRelevanceQuery(brief.query, corpus: corpus)
        terms = bound.terms.map { term in
            (accounts.vocabulary.id(of: term.token) ?? -1, term.weightedIDF, term.alternates.compactMap { accounts.vocabulary.id(of: $0) })
        }
        ideal = bound.ideal
        averageLength = bound.averageLength
        let currencyCode = b.currency.isEmpty ? "USD" : b.currency
        perCreatorBudget = b.budget.flatMap { $0 > 0 ? $0 / Double(max(b.shortlistSize, 1)) : nil }
        currency = accounts.currencies.id(of: currencyCode) ?? -2
        currencyUSD = model.reference.currencies.usdPerUnit(currencyCode)
        usdPerUnit = accounts.currencies.strings.map { model.reference.currencies.usdPerUnit($0) }
        blocked = brief.excludedHandles.compactMap { search.handles[$0] }.flatMap { accounts.marks.handles[$0] }
        blocked += brief.excludedWords.compactMap { search.exclusionIDs[$0.tokens] }.flatMap { accounts.marks.exclusions[$0] }
        affinity = search.brandByKey[brief.brandKey].map { accounts.marks.brands[$0] } ?? []
        weights = brief.weights
    }

    /// Whether `row` passes the filters that `CompiledAccounts` rows can answer alone (platform, followers, tier,
    /// minimum engagement, country, language); excluded handles, competitor words and authenticity are checked
    /// through `blocked` and the candidate index.
    @inline(__always)
    func passes(_ row: CompiledAccount) -> Bool {
        if platforms & (1 << UInt32(row.platform)) == 0 { return false }
        if row.followers < minFollowers || row.followers > maxFollowers { return false }
        if let tiers, !tiers[Int(row.tier)] { return false }
        if let minEngagementRate, row.rateOrZero < minEngagementRate { return false }
        if !countries.isEmpty && !countries.contains(row.country) && !countries.contains(row.audienceCountry) { return false }
        if !languages.isEmpty && row.language >= 0 && !languages.contains(row.language) { return false }
        return true
    }
}
