import Foundation

extension Outcomes {
    /// A campaign's weight halves every this many days before the night (documented default).
    public static let halfLifeDays = 365.0
    /// Shrinkage: a creator's figure is averaged with this many campaigns at the median, so one campaign counts for a
    /// third of its face value, four for two thirds.
    public static let priorCampaigns = 2.0
    /// How far a figure can move the score: log2 of the ratio to the median is capped at this many doublings (4× or
    /// ¼ the median), then scaled to ±1 × the brief's `outcomes_weight`.
    public static let maxDoublings = 2.0

    /// Where a row's figures are compared: costs in USD when `data/currency_rates.csv` knows the currency, else in
    /// the row's own currency (compared only with rows of that currency); a revenue ratio has no currency (`*`).
    static func pool(_ record: OutcomeRecord, _ measure: OutcomeMeasure, currencies: CurrencyRates) -> (
        pool: String, cost: Double
    )? {
        guard let cost = record.cost, cost > 0, record.measures[measure] != nil else { return nil }
        if measure == .revenue { return ("*", cost) }
        if let usd = currencies.convert(cost, from: record.currency, to: "USD"), !record.currency.isEmpty {
            return ("USD", usd)
        }
        return (record.currency, cost)
    }

    /// The night's median return per unit of cost, per metric and pool, over every row that has the metric.
    func medians(currencies: CurrencyRates) -> [String: Double] {
        var rates: [String: [Double]] = [:]
        for record in records {
            for measure in OutcomeMeasure.allCases {
                guard let (pool, cost) = Self.pool(record, measure, currencies: currencies) else { continue }
                rates[measure.rawValue + " " + pool, default: []].append(record.measures[measure]! / cost)
            }
        }
        return rates.mapValues { values in
            let sorted = values.sorted()
            let middle = sorted.count / 2
            return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
        }
    }

    /// Per brief: the positions (in `order`, creator-id order) of the accounts with past campaigns for its brand (or
    /// naming its id), with the evidence and the adjustment. Campaigns for other brands do not count. Accounts
    /// without a usable campaign have no entry, so their scores do not change at all.
    /// - Complexity: O(N) dictionary look-ups over the accounts, then O(matched rows × metrics); nothing without rows.
    func evidence(
        briefs: [Brief], accounts: [CreatorAccount], order: [Int], currencies: CurrencyRates
    ) -> [[Int32: OutcomeEvidence]] {
        var result = briefs.map { _ in [Int32: OutcomeEvidence]() }
        guard !isEmpty else { return result }
        var briefsOfBrand: [String: [Int]] = [:]
        var briefsOfID: [String: [Int]] = [:]
        for (b, brief) in briefs.enumerated() where (brief.outcomesWeight ?? Brief.defaultOutcomesWeight) > 0 {
            briefsOfBrand[OutreachRules.fold(brief.brand), default: []].append(b)
            briefsOfID[brief.id, default: []].append(b)
        }
        guard !briefsOfBrand.isEmpty else { return result }
        let lookup = CreatorReference.Lookup(records.map(\.creator))
        let medians = medians(currencies: currencies)
        let now = OutreachStatuses.dayNumber(today) ?? Int.max
        for position in order.indices {
            let account = accounts[order[position]]
            let rows = lookup.rows(account.id, handle: account.handle)
            guard !rows.isEmpty else { continue }
            var rowsOfBrief: [Int: [Int]] = [:]
            for i in rows {
                let brand = OutreachRules.fold(records[i].brand)
                let briefs = Set(
                    (brand.isEmpty ? [] : briefsOfBrand[brand] ?? [])
                        + (records[i].campaign.isEmpty ? [] : briefsOfID[records[i].campaign] ?? []))
                for b in briefs { rowsOfBrief[b, default: []].append(i) }
            }
            for (b, rows) in rowsOfBrief {
                let brief = briefs[b]
                if let found = evidence(
                    rows.map { records[$0] }, brand: brief.brand,
                    weight: brief.outcomesWeight ?? Brief.defaultOutcomesWeight, medians: medians, now: now,
                    currencies: currencies)
                {
                    result[b][Int32(position)] = found
                }
            }
        }
        return result
    }

    /// One creator's campaigns for one brand taken together: the metric most of them support (deeper in the funnel
    /// on a tie), its decayed figure against the night's median, shrunk toward the median; nil when no campaign has
    /// a cost and a measure.
    func evidence(
        _ campaigns: [OutcomeRecord], brand: String, weight: Double, medians: [String: Double], now: Int,
        currencies: CurrencyRates
    ) -> OutcomeEvidence? {
        var best: (count: Int, measure: OutcomeMeasure, pool: String)?
        for measure in OutcomeMeasure.allCases {
            var counts: [String: Int] = [:]
            for record in campaigns {
                if let (pool, _) = Self.pool(record, measure, currencies: currencies) { counts[pool, default: 0] += 1 }
            }
            for (pool, count) in counts.sorted(by: { $0.key < $1.key })
            where (medians[measure.rawValue + " " + pool] ?? 0) > 0 {
                if best == nil || count > best!.count || (count == best!.count && measure > best!.measure) {
                    best = (count, measure, pool)
                }
            }
        }
        guard let (count, measure, pool) = best else { return nil }
        var units = 0.0
        var cost = 0.0
        var evidence = 0.0
        for record in campaigns {
            guard let (own, amount) = Self.pool(record, measure, currencies: currencies), own == pool else { continue }
            let decay = pow(0.5, Double(max(0, now - record.day)) / Self.halfLifeDays)
            units += decay * record.measures[measure]!
            cost += decay * amount
            evidence += decay
        }
        guard cost > 0, evidence > 0 else { return nil }
        let ratio = units / cost / medians[measure.rawValue + " " + pool]!
        let doublings = ratio > 0 ? log2(ratio) : -Self.maxDoublings
        let unshrunk = weight * min(Self.maxDoublings, max(-Self.maxDoublings, doublings)) / Self.maxDoublings
        return OutcomeEvidence(
            brand: brand, measure: measure, ratio: ratio, campaigns: count, evidence: evidence,
            adjustment: unshrunk * evidence / (evidence + Self.priorCampaigns), unshrunk: unshrunk)
    }
}
