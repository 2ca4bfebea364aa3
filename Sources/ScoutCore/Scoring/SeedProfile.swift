/// A brief's seed creators compiled against the night's `CompiledAccounts` once: per seed, a niche score for every
/// niche id and the ids of its tier, countries and language, so a pair costs numbers only (`match`).
struct SeedProfile: Sendable {
    struct Seed: Sendable {
        /// The seed's own position in these accounts (−1 when it is not among them, as on another shard).
        var position: Int32
        /// Per niche id: the best taxonomy similarity to a seed niche × that niche's weight.
        var nicheScores: [Double]
        /// Ids in `CompiledAccounts.tiers`, `countries`, `languages`; −2 for a value no account has or an unknown one.
        var tier: Int32
        var countries: [Int32]
        var language: Int32
        var engagement: Double
    }

    var seeds: [Seed]
    /// `seed_weight`.
    var weight: Double

    var isEmpty: Bool { seeds.isEmpty }

    /// - Complexity: O(seeds × seed niches × niche ids).
    init(
        _ facts: [SeedFacts], weight: Double, accounts: CompiledAccounts, positions: [String: Int32], model: MatchModel
    ) {
        self.weight = weight
        seeds = facts.map { seed in
            Seed(
                position: positions[seed.accountID] ?? -1,
                nicheScores: CompiledBrief.nicheScores(
                    seed.nicheIDs, factors: seed.nicheWeights, accounts: accounts, model: model),
                tier: accounts.tiers.id(of: seed.tier) ?? -2,
                countries: seed.countries.map { accounts.countries.id(of: $0) ?? -2 },
                language: seed.language.isEmpty ? -2 : accounts.languages.id(of: seed.language) ?? -2,
                engagement: seed.engagement)
        }
    }

    /// The best seed's similarity for `row` at `position`, as `MatchModel.seedMatch` computes it.
    @inline(__always)
    func similarity(_ row: CompiledAccount, at position: Int32, in accounts: CompiledAccounts) -> Double {
        var best = 0.0
        var found = false
        for seed in seeds where seed.position != position {
            var niche = 0.0
            for k in Int(row.nicheStart)..<Int(row.nicheEnd) {
                let score = seed.nicheScores[Int(accounts.niches[k])] * accounts.nicheWeights[k]
                if score > niche { niche = score }
            }
            let similarity = SeedMatch.similarity(
                niche: niche, sameTier: row.tier == seed.tier,
                engagement: SeedMatch.closeness(row.engagement, seed.engagement),
                sameCountry: seed.countries.contains(row.country) || seed.countries.contains(row.audienceCountry),
                sameLanguage: row.language >= 0 && row.language == seed.language)
            if !found || similarity > best {
                best = similarity
                found = true
            }
        }
        return best
    }
}
