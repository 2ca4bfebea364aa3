extension CompiledBrief {
    /// The components of `row` except relevance (left 0) and affinity (`affinity`, which the caller looks up).
    ///
    /// Each line mirrors the `MatchModel` function named beside it, operation for operation.
    @inline(__always)
    func components(_ row: CompiledAccount, affinity: Double, in accounts: CompiledAccounts) -> ScoreComponents {
        var components = ScoreComponents()
        // nicheMatch: the best (brief-side score × creator niche weight) over the creator's niches, starting from 0.
        var niche = 0.0
        for k in Int(row.nicheStart)..<Int(row.nicheEnd) {
            let score = nicheScores[Int(accounts.niches[k])] * accounts.nicheWeights[k]
            if score > niche { niche = score }
        }
        components.niche = niche
        components.engagement = row.engagement
        components.authenticity = row.authenticity
        // audience
        var country = 1.0
        var language = 1.0
        if !countries.isEmpty {
            if countries.contains(row.country) {
                country = 1
            } else if countries.contains(row.audienceCountry) {
                country = PartialScore.audienceCountryOnly
            } else {
                country = 0
            }
        }
        if !languages.isEmpty {
            if row.language < 0 {
                language = PartialScore.unknownLanguage
            } else if languages.contains(row.language) {
                language = row.languageInferred ? PartialScore.inferredLanguage : 1
            } else {
                language = 0
            }
        }
        components.audience = country * language
        if !audienceTarget.isEmpty && row.audience >= 0 {
            components.audience *= MatchModel.demographicFit(audienceTarget, accounts.audiences[Int(row.audience)])
        }
        // commercial
        var fit = 1.0
        if let perCreator = perCreatorBudget {
            if !row.costAmount.isNaN, row.costCurrency >= 0, let converted = convert(row) {
                fit = converted <= perCreator ? 1 : perCreator / converted
            } else {
                fit = PartialScore.unknownBudgetFit
            }
        }
        components.commercial = MatchModel.budgetShare * fit + (1 - MatchModel.budgetShare) * row.costPerEngagementScore
        components.affinity = affinity
        return components
    }

    /// `CurrencyRates.convert(amount, from: account currency, to: brief currency)`.
    @inline(__always)
    func convert(_ row: CompiledAccount) -> Double? {
        if row.costCurrency == currency { return row.costAmount }
        guard let a = usdPerUnit[Int(row.costCurrency)], let b = currencyUSD else { return nil }
        return row.costAmount * a / b
    }

    /// `BoundRelevanceQuery.score` of the row's document.
    @inline(__always)
    func relevance(_ row: CompiledAccount, in accounts: CompiledAccounts) -> Double {
        guard ideal > 0 else { return 0 }
        let k1 = RelevanceIndex.k1
        let b = RelevanceIndex.b
        let lengthNorm = 1 - b + b * Double(row.documentLength) / averageLength
        var total = 0.0
        for term in terms {
            var count = term.id >= 0 ? accounts.count(of: term.id, in: row) : nil
            if count == nil {
                for alternate in term.alternates {
                    if let c = accounts.count(of: alternate, in: row), count.map({ c > $0 }) ?? true { count = c }
                }
            }
            guard let tf = count else { continue }
            let f = Double(tf)
            total += term.weightedIDF * f * (k1 + 1) / (f + k1 * lengthNorm)
        }
        return min(1, total / ideal)
    }

    /// The score of `row` (which passed every filter), as `MatchModel.components(…).total(weights)`.
    func score(_ row: CompiledAccount, affinity: Double, in accounts: CompiledAccounts) -> Double {
        var components = components(row, affinity: affinity, in: accounts)
        components.relevance = relevance(row, in: accounts)
        return components.total(weights)
    }
}
