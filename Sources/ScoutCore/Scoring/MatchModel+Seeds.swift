extension MatchModel {
    /// The seed `account` resembles most among `seeds` (itself left out), as `SeedMatch` defines it: the reference
    /// the compiled path (`SeedProfile.match`) must equal bit for bit.
    func seedMatch(_ seeds: [SeedFacts], _ account: PreparedAccount) -> SeedMatch {
        var best = SeedMatch()
        let a = account.account
        for (s, seed) in seeds.enumerated() where seed.accountID != a.id {
            var niche = 0.0
            for (k, creatorNiche) in account.nicheIDs.enumerated() {
                var inner = 0.0
                for (j, seedNiche) in seed.nicheIDs.enumerated() {
                    let score =
                        reference.taxonomy.similarity(brief: seedNiche, creator: creatorNiche).score
                        * seed.nicheWeights[j]
                    if score > inner { inner = score }
                }
                let score = inner * account.nicheWeights[k]
                if score > niche { niche = score }
            }
            var match = SeedMatch(
                seed: s, niche: niche, sameTier: account.tier == seed.tier,
                engagementCloseness: SeedMatch.closeness(engagement(account).score, seed.engagement),
                sameCountry: (!a.country.isEmpty && seed.countries.contains(a.country))
                    || (!a.audienceCountry.isEmpty && seed.countries.contains(a.audienceCountry)),
                sameLanguage: !account.language.isEmpty && account.language == seed.language)
            match.similarity = SeedMatch.similarity(
                niche: match.niche, sameTier: match.sameTier, engagement: match.engagementCloseness,
                sameCountry: match.sameCountry, sameLanguage: match.sameLanguage)
            if best.seed < 0 || match.similarity > best.similarity { best = match }
        }
        return best
    }

    /// `why`'s lookalike phrase: `resembles @hina_kobayashi (same niche, tier, language; +0.08 lookalike)`; nil
    /// without a seed to compare with.
    func seedText(_ seeds: [SeedFacts], _ match: SeedMatch, weight: Double) -> String? {
        guard match.seed >= 0 else { return nil }
        let shared = match.sharedText
        return "resembles @\(seeds[match.seed].handle) ("
            + (shared.isEmpty ? "" : shared + "; ") + "+\(NumberText.fixed(weight * match.similarity, 2)) lookalike)"
    }
}
