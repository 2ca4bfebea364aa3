import Foundation

extension MatchModel {
    /// Audience fit: country part × language part, each 1 when the brief sets no target.
    ///
    /// Country: creator country in the brief's list 1.0; only the audience country in it 0.8.
    /// Language: stated language in the list 1.0; language read off the bio's script 0.9; unknown 0.5.
    func audience(_ brief: PreparedBrief, _ account: PreparedAccount) -> (score: Double, label: String) {
        let b = brief.brief
        let a = account.account
        var country = 1.0
        var language = 1.0
        var label = a.country.isEmpty ? a.audienceCountry : a.country
        if !b.countries.isEmpty {
            if b.countries.contains(a.country) {
                country = 1
                label = a.country
            } else if b.countries.contains(a.audienceCountry) {
                country = PartialScore.audienceCountryOnly
                label = a.audienceCountry
            } else {
                country = 0
            }
        }
        if !b.languages.isEmpty {
            if account.language.isEmpty {
                language = PartialScore.unknownLanguage
            } else if b.languages.contains(account.language) {
                language = account.languageInferred ? PartialScore.inferredLanguage : 1
            } else {
                language = 0
            }
        }
        var fit = country * language
        if !b.audience.isEmpty && !a.audience.isEmpty { fit *= Self.demographicFit(b.audience, a.audience) }
        return (fit, label)
    }

    /// The demographic part of audience fit: for each target the brief sets (gender, age group) that the export
    /// reports, min(1, share / `min_audience_share`), multiplied. A target the export says nothing about counts 1:
    /// unknown is not a mismatch. Shared by the compiled path, so both compute the same bits.
    static func demographicFit(_ target: AudienceTarget, _ audience: AudienceDemographics) -> Double {
        var fit = 1.0
        if let gender = target.gender, let share = Self.genderShare(gender, audience) {
            fit *= min(1, share / target.minShare)
        }
        if !target.ages.isEmpty, let share = audience.share(of: target.ages) { fit *= min(1, share / target.minShare) }
        return fit
    }

    /// The audience's share of women (or men): stated, or 1 − the other.
    static func genderShare(_ gender: AudienceTarget.Gender, _ audience: AudienceDemographics) -> Double? {
        switch gender {
        case .women: audience.womenShare
        case .men: audience.male ?? audience.female.map { max(0, 1 - $0) }
        }
    }

    /// The stated language, else `ja` / `ko` / `th` / `ar` when the bio is written in kana, Hangul, Thai or Arabic.
    static func language(of account: CreatorAccount) -> (String, inferred: Bool) {
        if !account.language.isEmpty { return (account.language, false) }
        for scalar in (account.bio + " " + account.captions).unicodeScalars {
            switch scalar.value {
            case 0x3040...0x30FF: return ("ja", true)
            case 0xAC00...0xD7AF, 0x1100...0x11FF: return ("ko", true)
            case 0x0E00...0x0E7F: return ("th", true)
            case 0x0600...0x06FF: return ("ar", true)
            default: continue
            }
        }
        return ("", false)
    }

    /// The export's price (in its currency), else an estimate in USD: expected views per post × the platform's CPM
    /// range (`data/cost_estimates.csv`). Expected views: the export's average views; else, on platforms with a
    /// per-view engagement norm (TikTok, YouTube), engagement per post (the rate capped at the tier's `high_er`) ÷ the
    /// tier's median engagement per view; else followers × the platform-and-tier reach rate. `nil` without followers.
    func postCost(_ account: CreatorAccount, tier: String, rate: Double?, benchmark: EngagementBenchmark?) -> PostCost?
    {
        if let cost = account.estCost, cost > 0 { return PostCost(quoted: cost, currency: account.currency) }
        guard let table = reference.costs.rate(platform: account.platform, tier: tier) else { return nil }
        if let views = account.avgViews, views > 0 { return PostCost(views: views, how: .average, rate: table) }
        guard account.followers > 0 else { return nil }
        let followers = Double(account.followers)
        if let rate, rate > 0,
            let perView = reference.benchmarks.benchmark(platform: account.platform, tier: tier, basis: .views),
            perView.platform != "*"
        {
            let capped = min(rate, benchmark?.high ?? rate)
            return PostCost(
                views: followers * capped / perView.median, how: .engagement(perView: perView.median), rate: table)
        }
        return PostCost(
            views: followers * table.viewsPerFollower, how: .followers(reach: table.viewsPerFollower), rate: table)
    }

    /// A creator's price for one post in `brief`'s currency (USD when it names none), as the commercial score sees it;
    /// `nil` when it cannot be compared (no price, or a currency missing from `data/currency_rates.csv`).
    func listPrice(_ account: CreatorAccount, brief: Brief) -> Double? {
        let tier = reference.tiers.tier(platform: account.platform, followers: account.followers)
        let benchmark = reference.benchmarks.benchmark(platform: account.platform, tier: tier)
        guard let cost = postCost(account, tier: tier, rate: Self.engagementRate(of: account), benchmark: benchmark),
            !cost.currency.isEmpty
        else { return nil }
        return reference.currencies.convert(
            cost.amount, from: cost.currency, to: brief.currency.isEmpty ? "USD" : brief.currency)
    }

    /// USD per expected engagement: cost / (followers × ER), with ER capped at the tier's plausible maximum so
    /// bought engagement does not look cheap.
    func costPerEngagement(_ account: CreatorAccount, cost: PostCost?, rate: Double?, benchmark: EngagementBenchmark?)
        -> Double?
    {
        guard let cost, let rate, rate > 0, account.followers > 0,
            let usd = reference.currencies.convert(cost.amount, from: cost.currency, to: "USD")
        else { return nil }
        let capped = min(rate, benchmark?.high ?? rate)
        return usd / (Double(account.followers) * capped)
    }

    /// Weight of the budget fit inside the commercial component; the rest is cost per engagement.
    public static let budgetShare = 0.85

    /// Commercial fit = 0.85 × budget fit + 0.15 × cost-per-engagement score.
    ///
    /// Budget fit: per-creator budget = budget / shortlist size (brief currency; USD when the brief names none);
    /// 1 when the post costs no more, else budget / cost. No budget: 1. A price whose currency is unknown, or
    /// that cannot be converted with `data/currency_rates.csv`: 0.5. Cost per engagement: min(1, 0.5 × corpus
    /// median CPE / CPE), so the night's median scores 0.5 and half its cost scores 1; unknown 0.5.
    func commercial(_ brief: PreparedBrief, _ account: PreparedAccount, corpus: CorpusStatistics, withNote: Bool = true)
        -> (score: Double, note: String)
    {
        var fit = 1.0
        var note = ""
        let b = brief.brief
        if let budget = b.budget, budget > 0 {
            let currency = b.currency.isEmpty ? "USD" : b.currency
            let perCreator = budget / Double(max(b.shortlistSize, 1))
            if let cost = account.cost {
                let shown = withNote ? priceText(cost) : ""
                if !cost.currency.isEmpty,
                    let converted = reference.currencies.convert(cost.amount, from: cost.currency, to: currency)
                {
                    fit = converted <= perCreator ? 1 : perCreator / converted
                    if withNote {
                        note =
                            shown + (fit >= 1 ? " within " : " over ") + Self.money(perCreator, currency)
                            + "/creator budget"
                    }
                } else {
                    fit = PartialScore.unknownBudgetFit
                    if withNote { note = shown + " vs " + currency + " budget: currency not comparable" }
                }
            } else {
                fit = PartialScore.unknownBudgetFit
                note = "no price"
            }
        }
        var cpe = PartialScore.medianCostPerEngagement
        if let median = corpus.medianCostPerEngagement, let own = account.costPerEngagement, own > 0 {
            cpe = min(1, PartialScore.medianCostPerEngagement * median / own)
        }
        return (Self.budgetShare * fit + (1 - Self.budgetShare) * cpe, note)
    }

    /// Brand affinity: 1 when the creator tags the brand (brand mentions, hashtags, or `@glowlab` / `#glowlab` in
    /// bio or captions) or used one of the brief's `campaign_hashtags` (the same places: the export's hashtags and
    /// brand mentions, `#tag` words of bio and captions), 0.8 when the bio or captions name it as a word (`glowlab`,
    /// `Verde Mesa`), else 0.
    func affinity(_ brief: PreparedBrief, _ account: PreparedAccount) -> (score: Double, note: String) {
        let key = brief.brandKey
        if !key.isEmpty && account.taggedKeys.contains(key) { return (1, "already tags \(brief.brief.brand)") }
        if let tag = brief.hashtags.first(where: { account.taggedKeys.contains($0.key) }) {
            return (1, "already used #\(tag.text)")
        }
        guard !key.isEmpty else { return (0, "") }
        let brandTokens = brief.brandTokens
        if account.document.contains(key) || (!brandTokens.isEmpty && brandTokens.allSatisfy(account.document.contains))
        {
            return (PartialScore.brandMentioned, "already mentions \(brief.brief.brand)")
        }
        return (0, "")
    }

    /// A brief's `campaign_hashtags` without `#`, each with its key, the first of each key.
    static func campaignHashtags(_ tags: [String]) -> [(text: String, key: String)] {
        var seen = Set<String>()
        return tags.compactMap { tag in
            let text = String(tag.drop { $0 == "#" || $0 == "＃" })
            let key = Self.key(text)
            guard !key.isEmpty, seen.insert(key).inserted else { return nil }
            return (text, key)
        }
    }

    /// The price as `why` says it: `$290` (quoted), `$202500 est. from 9,000,000 avg views × $15–$30 CPM ($135000–$270000)`,
    /// `$48 est. from ~4,828 views (followers × 22.9% reach) × $5–$15 CPM ($24–$72)`.
    func priceText(_ cost: PostCost) -> String {
        let amount = Self.money(cost.amount, cost.currency)
        guard let how = cost.views, let cpm = cost.cpm else { return amount }
        let views = DisplayText.grouped(Int(cost.expectedViews.rounded()))
        let basis =
            switch how {
            case .average: views + " avg views"
            case .engagement(let perView): "~" + views + " views (engagement ÷ \(Self.percent(perView)) per view)"
            case .followers(let reach): "~" + views + " views (followers × \(Self.percent(reach)) reach)"
            }
        return amount + " est. from " + basis + " × " + Self.money(cpm.cpmLow, "USD") + "–"
            + Self.money(cpm.cpmHigh, "USD") + " CPM ("
            + Self.money(cost.low, cost.currency) + "–" + Self.money(cost.high, cost.currency) + ")"
    }

    static func money(_ amount: Double, _ currency: String) -> String {
        let symbols = ["USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥"]
        // `Int(exactly:)` is nil for amounts no `Int` holds (a converted price can exceed any count), never a trap.
        let number =
            amount >= 100
            ? (Int(exactly: amount.rounded()).map(String.init) ?? String(format: "%.0f", amount))
            : String(format: "%.0f", amount)
        if let symbol = symbols[currency] { return symbol + number }
        return currency.isEmpty ? number + " (currency?)" : number + " " + currency
    }
}
