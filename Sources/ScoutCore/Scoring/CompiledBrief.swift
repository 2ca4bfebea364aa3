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
    /// The id of the empty country (−2 when every account has one): with the audience country empty too, unknown.
    var emptyCountry: Int32
    var unknownCountryPasses: Bool
    var unknownLanguageFails: Bool
    /// Per niche id: the best taxonomy similarity to a brief niche times that niche's factor (primary 1, secondary 0.35).
    var nicheScores: [Double]
    /// Minimum fit (`MatchModel.fits`): whether it applies, the least niche score, and the accounts where a keyword matches.
    var needsFit: Bool
    var minFit: Double
    var fitting: [Int32]
    /// Query terms with weight × idf (−1 for a term no document holds) and the ids of their joined alternates.
    var terms: [(id: Int32, weightedIDF: Double, alternates: [Int32])]
    var ideal: Double
    var averageLength: Double
    /// Budget per creator in the brief's currency; `nil` without a budget.
    var perCreatorBudget: Double?
    /// The audience the brief asks for (`MatchModel.demographicFit`).
    var audienceTarget: AudienceTarget
    /// The brief's currency id (−2 when no account uses it) and USD per unit of it.
    var currency: Int32
    var currencyUSD: Double?
    /// Per account currency id: USD per unit, `nil` when `data/currency_rates.csv` does not list it.
    var usdPerUnit: [Double?]
    /// Accounts the brief excludes by handle, and by competitor words, ascending (may repeat).
    var blockedHandles: [Int32]
    var blockedWords: [Int32]
    /// Accounts with brand affinity and its value; an account may repeat, the later value (a campaign hashtag's 1) wins.
    var affinity: [(position: Int32, affinity: Double)]
    var weights: ScoreWeights

    /// - Complexity: O(niches × brief niches + query terms + marked accounts).
    init(
        _ brief: PreparedBrief, accounts: CompiledAccounts, search: AccountMarkSearch, model: MatchModel,
        corpus: CorpusStatistics
    ) {
        let b = brief.brief
        platforms =
            b.platforms.isEmpty ? ~0 : b.platforms.reduce(0) { $0 | 1 << UInt32(CandidateIndex.platformOrdinal[$1]!) }
        minFollowers = b.minFollowers ?? Int.min
        maxFollowers = b.maxFollowers ?? Int.max
        tiers = b.tiers.isEmpty ? nil : accounts.tiers.strings.map { b.tiers.contains($0) }
        minEngagementRate = b.minEngagementRate
        countries = b.countries.map { accounts.countries.id(of: $0) ?? -2 }
        languages = b.languages.map { accounts.languages.id(of: $0) ?? -2 }
        emptyCountry = accounts.countries.id(of: "") ?? -2
        unknownCountryPasses = b.unknownCountry == .pass
        unknownLanguageFails = b.unknownLanguage == .fail
        nicheScores = Self.nicheScores(brief.nicheIDs, factors: brief.nicheFactors, accounts: accounts, model: model)
        needsFit = brief.needsFit
        minFit = brief.minFit
        fitting = brief.keywords.compactMap { search.keywordIDs[$0.tokens] }.flatMap { accounts.marks.keywords[$0] }
        let bound = BoundRelevanceQuery(brief.query, corpus: corpus)
        terms = bound.terms.map { term in
            (
                accounts.vocabulary.id(of: term.token) ?? -1, term.weightedIDF,
                term.alternates.compactMap { accounts.vocabulary.id(of: $0) }
            )
        }
        ideal = bound.ideal
        averageLength = bound.averageLength
        let currencyCode = b.currency.isEmpty ? "USD" : b.currency
        audienceTarget = b.audience
        perCreatorBudget = b.budget.flatMap { $0 > 0 ? $0 / Double(max(b.shortlistSize, 1)) : nil }
        currency = accounts.currencies.id(of: currencyCode) ?? -2
        currencyUSD = model.reference.currencies.usdPerUnit(currencyCode)
        usdPerUnit = accounts.currencies.strings.map { model.reference.currencies.usdPerUnit($0) }
        blockedHandles = brief.excludedHandles.compactMap { search.handles[$0] }.flatMap { accounts.marks.handles[$0] }
        blockedWords = brief.excludedWords.compactMap { search.exclusionIDs[$0.tokens] }.flatMap {
            accounts.marks.exclusions[$0]
        }
        affinity = search.brandByKey[brief.brandKey].map { accounts.marks.brands[$0] } ?? []
        // A campaign hashtag counts as tagging the brand (1, the most affinity gives), after the brand's own marks.
        for tag in brief.hashtags {
            if let id = search.hashtags[tag.key] { affinity += accounts.marks.hashtags[id].map { ($0, 1.0) } }
        }
        weights = brief.weights
    }

    /// The first filter `row` fails among those `CompiledAccounts` rows can answer alone (platform, country, followers,
    /// tier, minimum engagement, language), in `ExclusionReason` order; `nil` when it passes them. Authenticity,
    /// excluded handles, competitor words and fit are checked through the candidate index, `blocked…` and `fitting`.
    @inline(__always)
    func filter(_ row: CompiledAccount) -> ExclusionReason? {
        if platforms & (1 << UInt32(row.platform)) == 0 { return .platform }
        if !countries.isEmpty && !countries.contains(row.country) && !countries.contains(row.audienceCountry) {
            if row.country != emptyCountry || row.audienceCountry != emptyCountry { return .country }
            if !unknownCountryPasses { return .countryUnknown }
        }
        if row.followers < minFollowers { return .followersBelowMin }
        if row.followers > maxFollowers { return .followersAboveMax }
        if let tiers, !tiers[Int(row.tier)] { return .tier }
        if let minEngagementRate, row.rateOrZero < minEngagementRate { return .engagementBelowMin }
        if !languages.isEmpty {
            if row.language >= 0 && !languages.contains(row.language) { return .language }
            if row.language < 0 && unknownLanguageFails { return .languageUnknown }
        }
        return nil
    }

    /// Per niche id of `accounts`: the best taxonomy similarity to one of `niches` (in the brief's place) times that
    /// niche's factor, starting from 0 — the brief-side half of `MatchModel.nicheMatch` (and of `seedMatch`).
    static func nicheScores(_ niches: [String], factors: [Double], accounts: CompiledAccounts, model: MatchModel)
        -> [Double]
    {
        accounts.nicheNames.strings.map { creatorNiche in
            var best = 0.0
            for (k, niche) in niches.enumerated() {
                let score = model.reference.taxonomy.similarity(brief: niche, creator: creatorNiche).score * factors[k]
                if score > best { best = score }
            }
            return best
        }
    }

    /// Minimum fit of a row whose niche component is `niche`: `MatchModel.fits`.
    @inline(__always)
    func fits(niche: Double, keywordMatched: Bool) -> Bool {
        !needsFit || (niche > 0 && niche >= minFit) || keywordMatched
    }
}
