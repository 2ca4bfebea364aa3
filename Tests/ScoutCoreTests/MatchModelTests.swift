import Foundation
import Testing

@testable import ScoutCore

/// Builders shared by the match-model tests: accounts and briefs with only the fields a test cares about.
enum MatchFixtures {
    static let model = MatchModel(reference: Fixtures.reference)

    static func account(
        _ handle: String, platform: Platform = .instagram, followers: Int, likes: Double? = nil,
        comments: Double? = nil, following: Int? = nil, niches: [String] = [], bio: String = "",
        country: String = "", language: String = "", configure: (inout CreatorAccount) -> Void = { _ in }
    ) -> CreatorAccount {
        var a = CreatorAccount(platform: platform, handle: handle, followers: followers)
        a.avgLikes = likes
        a.avgComments = comments
        a.following = following
        a.niches = niches
        a.bio = bio
        a.country = country
        a.language = language
        configure(&a)
        return a
    }

    static func brief(
        _ id: String = "b", brand: String = "Glowlab", niches: [String] = [], keywords: [String] = [],
        configure: (inout Brief) -> Void = { _ in }
    ) -> Brief {
        var b = Brief(id: id, brand: brand)
        b.niches = niches
        b.keywords = keywords
        configure(&b)
        return b
    }

    static func prepared(_ account: CreatorAccount, model: MatchModel = model) -> PreparedAccount {
        var unknown = Set<String>()
        return model.prepare(account, unknownNiches: &unknown)
    }

    static func prepared(_ brief: Brief, model: MatchModel = model) -> PreparedBrief {
        var unknown: [String: [String]] = [:]
        return model.prepare(brief, unknownNiches: &unknown)
    }
}

@Suite struct MatchModelTests {
    typealias F = MatchFixtures

    @Test func nicheGivesTaxonomyPartialCredit() {
        let brief = F.prepared(F.brief(niches: ["skincare"]))
        func niche(_ label: String) -> Double {
            F.model.nicheMatch(brief, F.prepared(F.account("a", followers: 5000, niches: [label]))).score
        }
        #expect(niche("スキンケア") == 1.0)  // Japanese synonym, exact
        #expect(niche("beauty") == 0.5)  // creator broader than the brief
        #expect(niche("makeup") == 0.4)  // sibling
        #expect(niche("gaming") == 0.0)
    }

    @Test func unknownBriefNichesAreReportedOncePerLabel() {
        let briefs = [
            F.brief("one", niches: ["underwater basketry"]),
            F.brief("two", niches: ["underwater basketry", "skincare"]),
        ]
        let accounts = [F.account("a", followers: 5000, niches: ["underwater basketry"])]
        var diagnostics = DiagnosticsCollector()
        _ = ScoringEngine(model: F.model, threads: 1).run(briefs: briefs, accounts: accounts, diagnostics: &diagnostics)
        let messages = diagnostics.diagnostics.filter { $0.code == .unknownNiche }.map(\.message)
        #expect(messages.count == 2)  // once for the briefs (naming both), once for the creators
        #expect(messages.contains { $0.contains("brief niche 'underwater basketry'") && $0.contains("one, two") })
    }

    @Test func engagementIsComputedFromCountsAndScoredAgainstTheTierMedian() {
        // Instagram micro: median 2.63 %. ER = (800 + 40) / 20,000 = 4.2 %; q = 1.597; score q / (1 + q) = 0.615.
        let a = F.prepared(
            F.account("a", followers: 20_000, likes: 800, comments: 40) { $0.statedEngagementRate = 0.10 })
        #expect(abs(a.engagementRate! - 0.042) < 1e-12)  // counts win over the stated 10 %
        let q = 0.042 / 0.0263
        #expect(abs(F.model.engagement(a).score - q / (1 + q)) < 1e-9)
        // Smooth and monotone: a rate above the plausible maximum still scores higher, never 1.
        let high = F.prepared(F.account("b", followers: 20_000, likes: 2900, comments: 100))
        #expect(F.model.engagement(high).score > F.model.engagement(a).score && F.model.engagement(high).score < 1)
        // No counts: the stated rate; nothing at all: 0.25.
        let stated = F.prepared(F.account("c", followers: 20_000) { $0.statedEngagementRate = 0.0263 })
        #expect(abs(F.model.engagement(stated).score - 0.5) < 1e-9)  // the median
        #expect(F.model.engagement(F.prepared(F.account("d", followers: 20_000))).score == 0.25)
        // Comments without likes (a `#VALOR!` likes cell) is not a rate.
        #expect(F.prepared(F.account("e", platform: .youtube, followers: 4508, comments: 16)).engagementRate == nil)
    }

    @Test func authenticitySignalsAreContinuousAndNamed() {
        func auth(_ a: CreatorAccount, model: MatchModel = F.model) -> Authenticity { model.authenticity(of: a) }
        typealias W = MatchModel.AuthenticityWeight
        // Follow-for-follow: 1,400 following / 600 followers (ratio 2.33) → 0.5 × log10(2.33 / 1.5) / log10(20 / 1.5) = 0.085.
        let f4f = auth(F.account("f4f", followers: 600, likes: 40, comments: 2, following: 1400) { $0.posts = 300 })
        #expect(f4f.flags == [.massFollowing])
        #expect(abs(f4f.score - (1 - W.massFollowing * log10(1400.0 / 600 / 1.5) / log10(20 / 1.5))) < 1e-9)
        // Many following and more than twice the followers: the count line (half strength from 1,500 to 7,500) wins.
        let mass = auth(
            F.account("mass", followers: 3000, likes: 150, comments: 10, following: 7000) { $0.posts = 300 })
        #expect(abs(mass.score - (1 - W.massFollowing * 0.5 * 5500 / 6000)) < 1e-9)
        // Mass following by count alone: 4,500 following, more followers → half strength from 1,500 to 7,500: 0.125.
        #expect(
            abs(
                auth(F.account("m", followers: 20_000, likes: 600, comments: 30, following: 4500) { $0.posts = 300 })
                    .score - 0.875) < 1e-9)
        // Few posts: 0 posts is full strength (0.5); 2 posts 0.5 × (1 − log10 3 / log10 11); 10 or more nothing.
        #expect(abs(auth(F.account("p0", followers: 900, following: 100) { $0.posts = 0 }).score - 0.5) < 1e-9)
        #expect(
            abs(
                auth(F.account("p2", followers: 900, following: 100) { $0.posts = 2 }).score
                    - (1 - 0.5 * (1 - log10(3.0) / log10(11)))) < 1e-9)
        #expect(auth(F.account("p10", followers: 900, following: 100) { $0.posts = 10 }).score == 1)
        // Engagement per follower below the tier's low band: 500K followers, 202 interactions (0.04 %), low 0.86 %.
        let dead = auth(F.account("dead", followers: 500_000, likes: 200, comments: 2))
        #expect(dead.flags == [.erFarBelowTier])
        #expect(abs(dead.score - (1 - W.erFarBelow * min(1, log10(0.0086 / (202.0 / 500_000))))) < 1e-9)
        #expect(!dead.needsCheck)  // one signal is never a verdict
        // Far above without views: nano 47 % vs high 20.44 %; with views the per-view rate decides (9.1 % is normal).
        let hot = auth(F.account("hot", followers: 6200, likes: 2800, comments: 114))
        #expect(hot.flags == [.erFarAboveTier])
        let viral = auth(
            F.account("viral", platform: .tiktok, followers: 6200, likes: 2800, comments: 114) { $0.avgViews = 32_000 })
        #expect(viral.flags.isEmpty && viral.score == 1)
        // Bought views: 1.2M views, 3,040 interactions (0.25 % per view vs the TikTok mega low 2.17 %).
        let views = auth(
            F.account("views", platform: .tiktok, followers: 2_000_000, likes: 3000, comments: 40) {
                $0.avgViews = 1_200_000
            })
        #expect(views.flags.contains(.likesViewsAnomaly))
        // Hidden likes on a made-for-kids channel look dead per subscriber and per view: one piece of evidence read
        // twice, capped at 0.5 together, so engagement alone never excludes (it does ask for a check).
        let kids = auth(
            F.account("toys", platform: .youtube, followers: 38_000_000, likes: 100, comments: 0) {
                $0.avgViews = 2_000_000
            })
        #expect(Set(kids.flags) == Set<AuthenticityFlag>([.erFarBelowTier, .likesViewsAnomaly]))
        #expect(abs(kids.score - (1 - MatchModel.AuthenticityWeight.engagementFamily)) < 1e-9 && kids.needsCheck)
        // 1 comment per 1,000 likes (< 0.2 %), 75 % sponsored, a 6-digit run in the handle: all three listed.
        let mixed = auth(
            F.account("user482913", followers: 20_000, likes: 1000, comments: 1) { $0.sponsoredRatio = 0.75 })
        #expect(Set(mixed.flags) == Set<AuthenticityFlag>([.commentsLikesAnomaly, .heavySponsored, .digitHandle]))
        #expect(abs(mixed.score - (1 - W.commentsLikes * log10(2.0) - W.heavySponsored * 0.5 - W.digitHandle)) < 1e-9)
        #expect(mixed.needsCheck)  // 0.71 on three signals
        // The history hook: a follower spike costs 0.4.
        let spiky = MatchModel(reference: Fixtures.reference, followerSpikes: ["instagram:spike"])
        let spike = auth(F.account("spike", followers: 20_000, likes: 800, comments: 40), model: spiky)
        #expect(spike.flags == [.followerSpike])
        #expect(abs(spike.score - 0.6) < 1e-9)
    }

    @Test func confidenceFallsWithMissingEvidenceNotTheScore() {
        func auth(_ a: CreatorAccount) -> Authenticity { F.model.authenticity(of: a) }
        let full = auth(
            F.account("full", followers: 20_000, likes: 800, comments: 40, following: 600) { $0.posts = 400 })
        let bare = auth(F.account("bare", followers: 20_000))
        #expect(full.score == 1 && bare.score == 1)
        #expect(full.confidence == 1)
        #expect(bare.confidence == 0)
        let engagementOnly = auth(F.account("er", followers: 20_000, likes: 800, comments: 40))
        #expect(engagementOnly.confidence > 0 && engagementOnly.confidence < 0.5)
        // The why says the evidence is thin.
        let why = F.model.explain(
            F.prepared(F.brief()), F.prepared(F.account("er", followers: 20_000, likes: 800, comments: 40)),
            corpus: CorpusStatistics()
        ).why
        #expect(why.contains("thin authenticity evidence (no following, posts)"))
    }

    @Test func needsACheckNamesItsReasons() {
        // 0 posts, following 2,164 of 121 followers: two strong signals, below the default threshold.
        let bot = F.account("instagraamd5094", followers: 121, following: 2164) { $0.posts = 0 }
        let authenticity = F.model.authenticity(of: bot)
        #expect(authenticity.needsCheck && authenticity.score < MatchModel.defaultMinAuthenticity)
        let text = F.model.authenticityText(authenticity, account: bot, tier: "sub-nano")!
        #expect(text.hasPrefix("needs a check: no posts; follows 2,164 accounts, 17.9× its followers"))
        let row = AuthenticityReport.rows([bot], model: F.model)[0]
        #expect(
            row[10].hasPrefix("needs a check: no posts; follows 2,164 accounts")
                && row[10].contains("< --min-authenticity 0.3"))
    }

    @Test func authenticityThresholdExcludes() {
        let brief = F.prepared(F.brief())
        // Dead engagement and a single post: two strong signals.
        let dead = F.account("dead", followers: 500_000, likes: 200, comments: 2) { $0.posts = 1 }
        #expect(F.model.exclusion(brief, F.prepared(dead)) == .lowAuthenticity)
        let lenient = MatchModel(reference: Fixtures.reference, minAuthenticity: 0)
        #expect(lenient.exclusion(F.prepared(F.brief(), model: lenient), F.prepared(dead, model: lenient)) == nil)
        let rows = AuthenticityReport.rows(
            [dead, F.account("ok", followers: 20_000, likes: 800, comments: 40)], model: F.model)
        #expect(rows.map { $0[0] } == ["instagram:dead"])
        #expect(rows[0][9] == "er_far_below_tier|few_posts")
    }

    @Test func audienceFit() {
        let brief = F.prepared(
            F.brief {
                $0.countries = ["JP"]
                $0.languages = ["ja"]
            })
        func fit(_ a: CreatorAccount) -> Double { F.model.audience(brief, F.prepared(a)).score }
        #expect(fit(F.account("a", followers: 5000, country: "JP", language: "ja")) == 1.0)
        #expect(
            fit(F.account("b", followers: 5000, country: "US", language: "ja") { $0.audienceCountry = "JP" }) == 0.8)
        #expect(fit(F.account("c", followers: 5000, bio: "毎日のスキンケア", country: "JP")) == 0.9)  // language read off kana
        #expect(fit(F.account("d", followers: 5000, bio: "daily skincare", country: "JP")) == 0.5)  // language unknown
        #expect(F.model.audience(F.prepared(F.brief()), F.prepared(F.account("e", followers: 5000))).score == 1.0)
    }

    @Test func commercialFitAgainstPerCreatorBudget() {
        // $12,000 for 12 creators = $1,000 per creator; no corpus CPE → CPE part 0.5.
        let brief = F.prepared(
            F.brief {
                $0.budget = 12_000
                $0.currency = "USD"
                $0.shortlistSize = 12
            })
        let corpus = CorpusStatistics()
        func commercial(_ cost: Double?, _ currency: String) -> Double {
            let a = F.account("a", followers: 20_000, likes: 800, comments: 40) {
                $0.estCost = cost
                $0.currency = currency
            }
            return F.model.commercial(brief, F.prepared(a), corpus: corpus).score
        }
        #expect(abs(commercial(500, "USD") - (0.85 + 0.075)) < 1e-9)
        #expect(abs(commercial(2000, "USD") - (0.85 * 0.5 + 0.075)) < 1e-9)  // twice the budget: fit 0.5
        #expect(abs(commercial(100_000, "JPY") - (0.85 + 0.075)) < 1e-9)  // ¥100,000 ≈ $670
        #expect(abs(commercial(500, "XYZ") - (0.85 * 0.5 + 0.075)) < 1e-9)  // not convertible: 0.5
        #expect(abs(commercial(500, "") - (0.85 * 0.5 + 0.075)) < 1e-9)  // currency unknown: 0.5
        #expect(abs(commercial(nil, "") - (0.85 + 0.075)) < 1e-9)  // instagram micro estimate $300
        // CPE: $500 / (20,000 × 4.2 %) = $0.595; night's median $0.05 → min(1, 0.5 × 0.05 / 0.595) = 0.0420.
        var withMedian = CorpusStatistics()
        withMedian.medianCostPerEngagement = 0.05
        let a = F.prepared(
            F.account("a", followers: 20_000, likes: 800, comments: 40) {
                $0.estCost = 500
                $0.currency = "USD"
            })
        #expect(abs(a.costPerEngagement! - 500.0 / 840) < 1e-9)
        #expect(
            abs(F.model.commercial(brief, a, corpus: withMedian).score - (0.85 + 0.15 * 0.5 * 0.05 / (500.0 / 840)))
                < 1e-9)
    }

    @Test func brandAffinity() {
        let brief = F.prepared(F.brief(brand: "Glowlab"))
        func affinity(_ a: CreatorAccount, _ b: PreparedBrief = brief) -> Double {
            F.model.affinity(b, F.prepared(a)).score
        }
        #expect(affinity(F.account("a", followers: 5000) { $0.brandMentions = ["@GlowLab"] }) == 1)
        #expect(affinity(F.account("b", followers: 5000) { $0.hashtags = ["glowlab"] }) == 1)
        #expect(affinity(F.account("c", followers: 5000, bio: "@glowlab ambassador ✨ 日焼け止め")) == 1)
        #expect(affinity(F.account("d", followers: 5000, bio: "I love glowlab sunscreen")) == 0.8)
        #expect(affinity(F.account("e", followers: 5000, bio: "sunscreen reviews")) == 0)
        let verde = F.prepared(F.brief(brand: "Verde Mesa"))
        #expect(affinity(F.account("f", followers: 5000, bio: "tacos with Verde Mesa kits"), verde) == 0.8)
        let why = F.model.explain(
            brief, F.prepared(F.account("g", followers: 5000) { $0.brandMentions = ["glowlab"] }),
            corpus: CorpusStatistics()
        ).why
        #expect(why.contains("already tags Glowlab"))
    }

    @Test func hardFiltersAndConflicts() {
        let brief = F.prepared(
            F.brief { b in
                b.platforms = [.instagram]
                b.minFollowers = 3000
                b.maxFollowers = 150_000
                b.countries = ["JP"]
                b.languages = ["ja"]
                b.minEngagementRate = 0.02
                b.exclude = ["sunveil", "@sunveil.official"]
            })
        func why(_ a: CreatorAccount) -> ExclusionReason? { F.model.exclusion(brief, F.prepared(a)) }
        let ok = F.account("ok", followers: 20_000, likes: 800, comments: 40, country: "JP", language: "ja")
        #expect(why(ok) == nil)
        #expect(
            why(F.account("t", platform: .tiktok, followers: 20_000, likes: 800, comments: 40, country: "JP"))
                == .platform)
        #expect(why(F.account("small", followers: 2000, likes: 100, comments: 4, country: "JP")) == .followersBelowMin)
        #expect(
            why(F.account("big", followers: 200_000, likes: 8000, comments: 40, country: "JP")) == .followersAboveMax)
        #expect(
            why(F.account("quiet", followers: 20_000, likes: 300, comments: 10, country: "JP")) == .engagementBelowMin)
        #expect(why(F.account("us", followers: 20_000, likes: 800, comments: 40, country: "US")) == .country)
        #expect(why(F.account("nowhere", followers: 20_000, likes: 800, comments: 40)) == .countryUnknown)
        #expect(
            why(F.account("en", followers: 20_000, likes: 800, comments: 40, country: "JP", language: "en"))
                == .language)
        #expect(why(F.account("unknownlang", followers: 20_000, likes: 800, comments: 40, country: "JP")) == nil)
        #expect(
            why(F.account("sunveil.official", followers: 20_000, likes: 800, comments: 40, country: "JP"))
                == .excludedHandle)
        #expect(
            why(
                F.account(
                    "fan", followers: 20_000, likes: 800, comments: 40, bio: "partnered with @sunveil.official",
                    country: "JP")) == .excludedCompetitor)
        #expect(
            why(
                F.account("tagger", followers: 20_000, likes: 800, comments: 40, country: "JP") {
                    $0.brandMentions = ["sunveil"]
                }) == .excludedCompetitor)
        let micro = F.prepared(F.brief { $0.tiers = ["micro"] })
        #expect(
            F.model.exclusion(micro, F.prepared(F.account("nano", followers: 5000, likes: 250, comments: 10))) == .tier)
        #expect(F.model.exclusion(micro, F.prepared(ok)) == nil)
    }

    @Test func weightsOverrideAndNormalise() {
        let defaults = ScoreWeights()
        #expect(
            abs(
                ScoreWeights.names.count == 7
                    ? ScoreComponents(values: Array(repeating: 1, count: 7)).total(defaults) - 1 : 1) < 1e-12)
        let w = ScoreWeights(overrides: ["affinity": 0.25])  // total 1.2
        #expect(abs(w.affinity - 0.25 / 1.2) < 1e-12)
        #expect(abs(w.niche - 0.25 / 1.2) < 1e-12)
        let onlyNiche = ScoreWeights(
            overrides: Dictionary(uniqueKeysWithValues: ScoreWeights.names.map { ($0, $0 == "niche" ? 1.0 : 0) }))
        #expect(onlyNiche.niche == 1 && onlyNiche.relevance == 0)
    }

    @Test func whyReadsLikeASentence() {
        let brief = F.prepared(F.brief(niches: ["skincare"], keywords: ["spf", "sunscreen"]) { $0.countries = ["JP"] })
        let a = F.prepared(
            F.account(
                "yui", followers: 20_000, likes: 800, comments: 40, niches: ["skincare"],
                bio: "SPF nerd, sunscreen reviews", country: "JP", language: "ja"))
        let (why, flags) = F.model.explain(brief, a, corpus: CorpusStatistics([a]))
        #expect(
            why.hasPrefix(
                "micro · beauty/skincare (exact, stated) · matches 'spf', 'sunscreen' · ER 4.2% vs 2.6% micro median · JP · ja"
            ))
        #expect(flags.isEmpty)
    }

    @Test func briefReaderAcceptsTheModelColumns() throws {
        let path = Fixtures.temporaryFile(
            "brief_id,brand,tier,max_per_country,w_authenticity,w_affinity,w_nich\nb1,Glowlab,Micro|nano,2,0.3,0,1\n")
        var diagnostics = DiagnosticsCollector()
        let brief = try BriefReader(taxonomy: Fixtures.reference.taxonomy).read(path, diagnostics: &diagnostics).briefs[
            0]
        #expect(brief.tiers == ["micro", "nano"])
        #expect(brief.maxPerCountry == 2)
        #expect(brief.weights["authenticity"] == 0.3 && brief.weights["affinity"] == 0)
        #expect(diagnostics.diagnostics.map(\.code) == [.unknownWeight])
        let bad = Fixtures.temporaryFile("brief_id,brand,max_per_country\nb1,Glowlab,0\n")
        #expect(throws: ScoutError.self) {
            try BriefReader(taxonomy: Fixtures.reference.taxonomy).read(bad, diagnostics: &diagnostics)
        }
        // Round trip through the stage file keeps them.
        let out = Fixtures.temporaryDirectory() + "/briefs.csv"
        try BriefCodec.write([brief], to: out)
        let again = try BriefCodec.read(out, taxonomy: Fixtures.reference.taxonomy)[0]
        #expect(again.tiers == brief.tiers && again.maxPerCountry == 2 && again.weights == brief.weights)
    }
}
