/// How a brief's shortlist is chosen from its ranked candidates (one per person, best first): the list rules
/// `max_per_country`, `max_per_platform`, `platform_mix` and a total budget (`budget_mode` = `total`).
///
/// Without a total budget the ranked candidates are walked best first, skipping those whose country or platform is
/// full (or whose platform the mix leaves out), so the result is deterministic. With a total budget, candidates
/// without a price comparable with the budget cannot be planned and are left out (`unpriced` counts them), and:
/// - without caps or mix, the list maximising the total score within the budget is found exactly by dynamic
///   programming over at most `shortlist_size` creators and the budget in `budgetUnits` steps, each price rounded
///   *up* to a step (so the plan never exceeds the budget). The result's total score is at least that of every list
///   spending no more than budget × (1 − K / `budgetUnits`) (each of K prices rounds up by less than a step), and at
///   least that of the ranked walk below, which is also computed and kept when it scores higher or equal;
/// - with caps or a mix, or when the table would exceed `maxCells`, the ranked walk: best first, taking every creator
///   who fits the remaining budget and the caps. It is never worse than "top K, then cut from the bottom until the
///   list fits": that list is a prefix of the walk's.
public enum ShortlistSelection {
    /// How many candidates per brief scoring must keep for the rules to have enough to choose from.
    public static let poolFactor = 5
    /// The pool's factor with a platform cap or mix: one platform may fill the top of the ranking.
    public static let platformPoolFactor = 20
    /// Budget steps of the exact method (a step = budget / 2,000: 0.05 % of the budget).
    public static let budgetUnits = 2_000
    /// The largest dynamic-programming table (candidates × (K + 1) × (steps + 1) decisions) tried before the walk.
    public static let maxCells = 24_000_000

    /// A chosen list (indices into the ranked candidates, best first) and what it costs.
    public struct Choice: Sendable, Equatable {
        public var chosen: [Int]
        /// The sum of the chosen prices (in the brief's currency) under a total budget; `nil` otherwise.
        public var plannedSpend: Double?
        /// Candidates left out under a total budget because their price could not be compared with it.
        public var unpriced = 0
    }

    /// Whether the brief has a rule that may skip candidates (so scoring keeps a deeper pool).
    public static func hasRules(_ brief: Brief) -> Bool {
        brief.maxPerCountry != nil || brief.maxPerPlatform != nil || !brief.platformMix.isEmpty
            || brief.budgetMode == .total
    }

    /// The heap capacity for `brief`.
    public static func poolSize(_ brief: Brief) -> Int {
        if brief.maxPerPlatform != nil || !brief.platformMix.isEmpty { return brief.shortlistSize * platformPoolFactor }
        return hasRules(brief) ? brief.shortlistSize * poolFactor : brief.shortlistSize
    }

    /// The country a cap counts a creator under: its own, else its audience country; "" (one group) for neither.
    public static func country(of account: CreatorAccount) -> String {
        account.country.isEmpty ? account.audienceCountry : account.country
    }

    /// Chooses up to `size` of `ranked` (best first) under the brief's rules. `price` is a candidate's price in the
    /// brief's currency (read only with a total budget), `score` its total.
    public static func choose<T>(
        _ brief: Brief, _ ranked: [T], size: Int, country: (T) -> String, platform: (T) -> Platform,
        price: (T) -> Double?, score: (T) -> Double
    ) -> Choice {
        guard brief.budgetMode == .total, let budget = brief.budget, budget > 0 else {
            return Choice(
                chosen: walk(brief, ranked, size: size, country: country, platform: platform, prices: nil, budget: nil))
        }
        let prices = ranked.map(price)
        let unpriced = prices.filter { $0 == nil }.count
        let walked = walk(
            brief, ranked, size: size, country: country, platform: platform, prices: prices, budget: budget)
        var chosen = walked
        let capped = brief.maxPerCountry != nil || brief.maxPerPlatform != nil || !brief.platformMix.isEmpty
        let scores = ranked.map(score)
        if !capped, let exact = knapsack(prices: prices, scores: scores, size: size, budget: budget),
            exact.reduce(0.0, { $0 + scores[$1] }) > walked.reduce(0.0, { $0 + scores[$1] })
        {
            chosen = exact
        }
        return Choice(chosen: chosen, plannedSpend: chosen.reduce(0.0) { $0 + prices[$1]! }, unpriced: unpriced)
    }

    /// Best first: every candidate whose country and platform have room and (with `prices`) who fits the rest of
    /// `budget`.
    static func walk<T>(
        _ brief: Brief, _ ranked: [T], size: Int, country: (T) -> String, platform: (T) -> Platform,
        prices: [Double?]?, budget: Double?
    ) -> [Int] {
        var countries: [String: Int] = [:]
        var platforms: [Platform: Int] = [:]
        var chosen: [Int] = []
        var spent = 0.0
        for (i, candidate) in ranked.enumerated() where chosen.count < size {
            var cost = 0.0
            if let prices {
                guard let price = prices[i], let budget, spent + price <= budget else { continue }
                cost = price
            }
            let home = country(candidate)
            let channel = platform(candidate)
            if let cap = brief.maxPerCountry, countries[home, default: 0] >= cap { continue }
            if let cap = brief.maxPerPlatform, platforms[channel, default: 0] >= cap { continue }
            if !brief.platformMix.isEmpty, platforms[channel, default: 0] >= brief.platformMix[channel, default: 0] {
                continue
            }
            countries[home, default: 0] += 1
            platforms[channel, default: 0] += 1
            spent += cost
            chosen.append(i)
        }
        return chosen
    }

    /// The exact choice of at most `size` priced candidates maximising the total score with prices rounded up to
    /// budget / `budgetUnits` steps, best first; `nil` when the table would be larger than `maxCells`.
    /// - Complexity: O(n × K × U) time, the same in bits of memory, for n candidates, K = `size`, U steps.
    static func knapsack(prices: [Double?], scores: [Double], size: Int, budget: Double) -> [Int]? {
        let units = budgetUnits
        let step = budget / Double(units)
        let items = prices.indices.compactMap { i -> (index: Int, cost: Int)? in
            guard let price = prices[i], price >= 0 else { return nil }
            // Checked as a Double first: a price far above a tiny budget is more steps than any `Int` holds.
            let steps = (price / step - 1e-9).rounded(.up)
            guard steps.isFinite, steps <= Double(units) else { return nil }
            return (i, max(Int(steps), 0))
        }
        let k = min(size, items.count)
        guard k > 0, items.count * (k + 1) * (units + 1) <= maxCells else { return k == 0 ? [] : nil }
        let width = units + 1
        // best[c][u]: the highest total of c items costing at most u steps (-inf when impossible).
        var best = Array(repeating: -Double.infinity, count: (k + 1) * width)
        for u in 0...units { best[u] = 0 }
        var took = [Bool](repeating: false, count: items.count * (k + 1) * width)
        for (n, item) in items.enumerated() {
            let s = scores[item.index]
            for c in stride(from: k, through: 1, by: -1) {
                for u in stride(from: units, through: item.cost, by: -1) {
                    let candidate = best[(c - 1) * width + u - item.cost] + s
                    if candidate > best[c * width + u] {
                        best[c * width + u] = candidate
                        took[(n * (k + 1) + c) * width + u] = true
                    }
                }
            }
        }
        var c = (0...k).max {
            best[$0 * width + units] < best[$1 * width + units]
                || (best[$0 * width + units] == best[$1 * width + units] && $0 > $1)
        }!
        var u = units
        var chosen: [Int] = []
        for n in stride(from: items.count - 1, through: 0, by: -1) where c > 0 {
            if took[(n * (k + 1) + c) * width + u] {
                chosen.append(items[n].index)
                u -= items[n].cost
                c -= 1
            }
        }
        return chosen.sorted()
    }
}
