import Foundation
import Testing

@testable import ScoutCore

/// The pruned, interned scoring path must give exactly the shortlists of the exhaustive path.
@Suite struct ScoringEngineTests {
    /// A tiny seeded generator (SplitMix64), so the synthetic night is the same on every run.
    struct SeededRandom {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func int(_ range: Range<Int>) -> Int { range.lowerBound + Int(next() % UInt64(range.count)) }
        mutating func pick<T>(_ items: [T]) -> T { items[int(0..<items.count)] }
        mutating func chance(_ p: Double) -> Bool { Double(next() % 10_000) < p * 10_000 }
    }

    static let words = [
        "skincare", "sunscreen", "spf", "vegan", "recetas", "keyboard", "fps", "setup", "running", "marathon",
        "日焼け止め", "スキンケア", "敏感肌", "コーデ", "café", "slow fashion", "hiit", "sunveil", "keyclack", "reviews",
    ]
    static let niches = [
        "Skincare", "スキンケア", "Vegan", "Cooking", "PC gaming", "Running", "Fitness", "Beauty", "Sustainable fashion",
        "Coffee", "Not a niche",
    ]

    static func night(creators: Int, briefs: Int, seed: UInt64) -> ([Brief], [CreatorAccount]) {
        var r = SeededRandom(state: seed)
        let platforms: [Platform] = [.instagram, .tiktok, .youtube]
        let places = [("US", "en"), ("JP", "ja"), ("ES", "es"), ("FR", "fr"), ("", "")]
        var accounts: [CreatorAccount] = []
        for i in 0..<creators {
            // Every 7th creator repeats an earlier profile under a new handle, so equal scores need the id tie-break.
            var a = CreatorAccount(platform: r.pick(platforms), handle: "creator\(i)", followers: r.int(500..<400_000))
            let place = r.pick(places)
            a.country = place.0
            a.audienceCountry = r.chance(0.3) ? r.pick(places).0 : ""
            a.language = r.chance(0.9) ? place.1 : r.pick(places).1
            if r.chance(0.6) {
                a.statedEngagementRate = Double(r.int(1..<400)) / 2000
            } else if r.chance(0.7) {
                a.avgLikes = Double(r.int(0..<5000))
                a.avgComments = Double(r.int(0..<200))
            }
            a.niches = (0..<r.int(0..<3)).map { _ in r.pick(Self.niches) }
            a.bio = (0..<r.int(0..<6)).map { _ in r.pick(Self.words) }.joined(separator: " ")
            a.hashtags = (0..<r.int(0..<3)).map { _ in "#" + r.pick(Self.words).replacingOccurrences(of: " ", with: "")
            }
            // Commercial, authenticity and affinity inputs: prices in several currencies (one unknown, one missing),
            // following counts, sponsored load, brand tags and brand names in running text.
            if r.chance(0.5) {
                a.estCost = Double(r.int(20..<3000))
                a.currency = r.pick(["USD", "EUR", "JPY", "GBP", "", "XTS"])
            }
            if r.chance(0.5) { a.following = r.int(0..<3000) }
            if r.chance(0.5) { a.posts = r.pick([0, 1, 3, 12, 80, 400]) }
            if r.chance(0.3) { a.avgViews = Double(r.int(0..<900_000)) }
            if r.chance(0.3) {
                a.hashtags.append(
                    "#" + r.pick(["skincareroutine", "veganrecipes", "marathontraining", "スキンケア", "travelgram"]))
            }
            if r.chance(0.1) { a.handle += String(r.int(1000..<999_999)) }
            if r.chance(0.3) { a.sponsoredRatio = Double(r.int(0..<100)) / 100 }
            if r.chance(0.2) { a.brandMentions = ["Brand \(r.int(0..<40))"] }
            if r.chance(0.1) { a.captions = "love @brand\(r.int(0..<40)) and brand \(r.int(0..<40))" }
            // Audience demographics (issue 18): gender, ages, credibility, each often missing.
            if r.chance(0.3) {
                if r.chance(0.8) {
                    a.audience.female = Double(r.int(0..<101)) / 100
                } else {
                    a.audience.male = Double(r.int(0..<101)) / 100
                }
                if r.chance(0.7) {
                    a.audience.ages = (0..<5).map { _ in r.chance(0.9) ? Double(r.int(0..<40)) / 100 : nil }
                }
                if r.chance(0.5) { a.audience.credibility = Double(r.int(20..<100)) / 100 }
            }
            if i % 7 == 6, let earlier = accounts.last {
                let handle = a.handle
                a = earlier
                a.handle = handle
            }
            accounts.append(a)
        }
        var list: [Brief] = []
        for b in 0..<briefs {
            var brief = Brief(id: "brief-\(b)", brand: "Brand \(b)")
            brief.niches = (0..<r.int(0..<3)).map { _ in r.pick(Self.niches) }
            brief.keywords = (0..<r.int(0..<4)).map { _ in r.pick(Self.words) }
            brief.platforms = (0..<r.int(0..<3)).map { _ in r.pick(platforms) }
            if r.chance(0.5) { brief.minFollowers = r.int(500..<20_000) }
            if r.chance(0.5) { brief.maxFollowers = r.int(20_000..<300_000) }
            if r.chance(0.3) { brief.minEngagementRate = Double(r.int(0..<60)) / 1000 }
            if r.chance(0.5) {
                brief.countries = (0..<r.int(1..<3)).map { _ in r.pick(["US", "JP", "ES", "FR", "DE"]) }
            }
            if r.chance(0.4) {
                brief.languages = (0..<r.int(1..<3)).map { _ in r.pick(["en", "ja", "es", "fr", "de"]) }
            }
            if r.chance(0.3) {
                brief.exclude = [r.pick(["sunveil", "keyclack", "@creator\(r.int(0..<creators))", "slow fashion"])]
            }
            if r.chance(0.2) { brief.weights = ["niche": Double(r.int(0..<5)), "engagement": Double(r.int(1..<5))] }
            brief.shortlistSize = r.pick([0, 1, 5, 10, 40, 5000])
            if r.chance(0.5) {
                brief.budget = Double(r.int(100..<50_000))
                brief.currency = r.pick(["", "USD", "EUR", "JPY", "CHF"])
            }
            if r.chance(0.2) {
                brief.tiers = (0..<r.int(1..<3)).map { _ in r.pick(["nano", "micro", "mid", "giant"]) }
            }
            if r.chance(0.2) { brief.maxPerCountry = r.int(1..<4) }
            if r.chance(0.3) {
                brief.description =
                    "A launch for " + (0..<r.int(1..<4)).map { _ in r.pick(Self.words) }.joined(separator: " ")
            }
            if r.chance(0.3), let first = brief.niches.first { brief.primaryNiches = [first] }
            if r.chance(0.3) { brief.minFit = r.pick([0, 0.3, 0.5, 0.9]) }
            if r.chance(0.3) { brief.unknownCountry = .pass }
            if r.chance(0.3) { brief.unknownLanguage = .fail }
            // List rules (issue 18): a total budget, a platform cap, a platform mix.
            if r.chance(0.3), brief.budget != nil { brief.budgetMode = .total }
            if r.chance(0.15) { brief.maxPerPlatform = r.int(1..<4) }
            if r.chance(0.1) { brief.platformMix = [.instagram: r.int(0..<4), .tiktok: r.int(1..<5)] }
            if r.chance(0.3) { brief.audience.gender = r.pick([.women, .men]) }
            if r.chance(0.3) {
                brief.audience.ages = AudienceTarget.buckets([r.pick(["18-34", "13-17", "25+", "35-44"])])!
            }
            if r.chance(0.3) { brief.audience.minShare = r.pick([0.3, 0.5, 0.8]) }
            list.append(brief)
        }
        return (list, accounts)
    }

    static func shortlists(
        _ briefs: [Brief], _ accounts: [CreatorAccount], exhaustive: Bool, threads: Int,
        outreach: OutreachRules? = nil
    ) -> [[ScoredCandidate]] {
        result(briefs, accounts, exhaustive: exhaustive, threads: threads, outreach: outreach).shortlists
    }

    static func result(
        _ briefs: [Brief], _ accounts: [CreatorAccount], exhaustive: Bool, threads: Int,
        outreach: OutreachRules? = nil
    ) -> ScoringResult {
        var diagnostics = DiagnosticsCollector()
        return ScoringEngine(
            model: MatchModel(reference: Fixtures.reference), threads: threads, exhaustive: exhaustive,
            outreach: outreach
        )
        .score(briefs: briefs, accounts: accounts, diagnostics: &diagnostics)
    }

    /// Outreach statuses for a synthetic night: every status, for the briefs' brands and their competitors
    /// (`sunveil`, `keyclack` are `exclude` entries), dated around the night, by account id or bare handle, plus a
    /// do-not-contact list.
    static func outreach(_ accounts: [CreatorAccount], briefs: Int, seed: UInt64) -> OutreachRules {
        var r = SeededRandom(state: seed)
        var records: [OutreachRecord] = []
        for line in 2..<(2 + accounts.count / 8) {
            let account = r.pick(accounts)
            let reference = r.chance(0.8) ? "\(account.platform.rawValue):\(account.handle)" : "@" + account.handle
            let day = 20_000 + r.int(0..<400)
            let iso = OutreachRulesTests.iso(day)
            records.append(
                OutreachRecord(
                    creator: CreatorReference(reference)!,
                    brand: r.pick(["Brand \(r.int(0..<briefs))", "sunveil", "Keyclack", ""]),
                    briefID: r.chance(0.1) ? "brief-\(r.int(0..<briefs))" : "", status: r.pick(OutreachStatus.allCases),
                    date: iso, day: day, note: "", line: line))
        }
        var list = DoNotContactList()
        for _ in 0..<(accounts.count / 100) { list.add("\(r.pick(accounts).id)", reason: "asked") }
        return OutreachRules(
            doNotContact: list, statuses: OutreachStatuses(records: records), today: OutreachRulesTests.iso(20_300))
    }

    @Test func prunedShortlistsEqualExhaustiveOnes() throws {
        let (briefs, accounts) = Self.night(creators: 3000, briefs: 60, seed: 6)
        let exhaustive = Self.shortlists(briefs, accounts, exhaustive: true, threads: 2)
        let pruned = Self.shortlists(briefs, accounts, exhaustive: false, threads: 2)
        #expect(pruned.count == briefs.count)
        #expect(exhaustive.map(\.count).reduce(0, +) > 500, "the synthetic night should shortlist plenty of creators")
        for (b, (expected, actual)) in zip(exhaustive, pruned).enumerated() {
            #expect(actual == expected, "brief \(briefs[b].id) differs")
        }
        // Byte-identical stage file, too.
        let directory = Fixtures.temporaryDirectory()
        func rows(_ shortlists: [[ScoredCandidate]]) -> [ShortlistCandidate] {
            shortlists.flatMap { $0 }.map { ShortlistCandidate(candidate: $0, tier: "", engagementRate: nil) }
        }
        try CandidateCodec.write(rows(exhaustive), to: directory + "/exhaustive.csv")
        try CandidateCodec.write(rows(pruned), to: directory + "/pruned.csv")
        #expect(
            FileManager.default.contents(atPath: directory + "/exhaustive.csv")
                == FileManager.default.contents(atPath: directory + "/pruned.csv"))
    }

    /// Every (brief, account) pair: the compiled filters exclude exactly what `MatchModel.exclusion` excludes, for the
    /// same first reason, and the compiled score equals the model's `components(…).total(weights)` to the last bit.
    @Test func compiledScoresEqualTheModelForEveryPair() {
        let (briefs, accounts) = Self.night(creators: 1200, briefs: 80, seed: 17)
        let (model, prepared, search, built, reference) = Self.compiledNight(briefs, accounts)
        var compiled = built
        // The compiled accounts count the night's statistics exactly as the prepared ones do.
        let terms = NightStatistics.queryTerms(prepared)
        let statistics = compiled.statistics(terms: terms)
        #expect(statistics == NightStatistics(reference, terms: terms))
        #expect(statistics.costsPerEngagement.count > 100 && statistics.documentFrequency.values.contains { $0 > 0 })
        let corpus = statistics.published()
        compiled.bind(corpus)
        var (scored, relevant, affine, priced, inferred, secondary) = (0, 0, 0, 0, 0, 0)
        var reasons: [ExclusionReason: Int] = [:]
        for (b, brief) in prepared.enumerated() {
            let compiledBrief = CompiledBrief(brief, accounts: compiled, search: search, model: model, corpus: corpus)
            let (handles, words, fitting) = (
                Set(compiledBrief.blockedHandles), Set(compiledBrief.blockedWords), Set(compiledBrief.fitting)
            )
            let affinity = Dictionary(
                compiledBrief.affinity.map { ($0.position, $0.affinity) }, uniquingKeysWith: { a, _ in a })
            let relevance = BoundRelevanceQuery(brief.query, corpus: corpus)
            for position in 0..<compiled.count {
                let row = compiled.rows[position]
                let account = reference[position]
                let p = Int32(position)
                var reason: ExclusionReason?
                if compiledBrief.filter(row) == .platform {
                    reason = .platform
                } else if row.authenticity < model.minAuthenticity {
                    reason = .lowAuthenticity
                } else if let filtered = compiledBrief.filter(row) {
                    reason = filtered
                } else if handles.contains(p) {
                    reason = .excludedHandle
                } else if words.contains(p) {
                    reason = .excludedCompetitor
                } else {
                    let niche = compiledBrief.components(row, affinity: 0, in: compiled).niche
                    if !compiledBrief.fits(niche: niche, keywordMatched: fitting.contains(p)) { reason = .noFit }
                }
                let expected = model.exclusion(brief, account)
                #expect(
                    reason == expected,
                    "brief \(b) account \(account.account.id): model says \(expected?.rawValue ?? "passes")")
                if let expected { reasons[expected, default: 0] += 1 }
                guard reason == nil, expected == nil else { continue }
                let components = model.components(brief, account, corpus: corpus, relevance: relevance)
                let score = compiledBrief.score(row, affinity: affinity[p] ?? 0, in: compiled)
                #expect(
                    score.bitPattern == components.total(brief.weights).bitPattern,
                    "brief \(b) account \(account.account.id)")
                scored += 1
                if components.relevance > 0 { relevant += 1 }
                if components.affinity > 0 { affine += 1 }
                if brief.brief.budget != nil && components.commercial != 0.85 + 0.15 * 0.5 { priced += 1 }
                if account.nicheSource == .inferred && components.niche > 0 { inferred += 1 }
                if brief.nicheFactors.contains(MatchModel.secondaryNicheFactor) && components.niche > 0 {
                    secondary += 1
                }
            }
        }
        // The night must exercise every branch the comparison is about.
        #expect(
            scored > 5_000 && relevant > 1_000 && affine > 30 && priced > 1_000 && inferred > 300 && secondary > 100,
            "scored \(scored), relevant \(relevant), affinity \(affine), priced \(priced), inferred \(inferred), secondary \(secondary)"
        )
        // `not_related` is the engine's (an `only` brief's relationships), not the model's: LookalikeTests covers it.
        for reason in ExclusionReason.allCases where reason != .excludedHandle && reason != .notRelated {
            #expect(
                reasons[reason, default: 0] > 20,
                "too few pairs excluded by \(reason.rawValue): \(reasons[reason, default: 0])")
        }
    }

    /// `briefs` prepared and `accounts` compiled (three workers) and prepared (one), in creator-id order: both sides of
    /// the compiled == model comparisons.
    static func compiledNight(_ briefs: [Brief], _ accounts: [CreatorAccount]) -> (
        model: MatchModel, briefs: [PreparedBrief], search: AccountMarkSearch, compiled: CompiledAccounts,
        reference: [PreparedAccount]
    ) {
        let model = MatchModel(reference: Fixtures.reference)
        let order = accounts.indices.sorted { accounts[$0].id < accounts[$1].id }
        var unknown: [String: [String]] = [:]
        let prepared = briefs.map { model.prepare($0, unknownNiches: &unknown) }
        let search = AccountMarkSearch(prepared)
        let (compiled, _) = CompiledAccounts.build(accounts, order: order, model: model, search: search, workers: 3)
        let (reference, _) = ScoringEngine.prepare(order.map { accounts[$0] }, model: model, workers: 1)
        return (model, prepared, search, compiled, reference)
    }

    /// The funnels of the pruned walk equal those counted pair by pair on the exhaustive path.
    @Test func prunedFunnelsEqualExhaustiveOnes() {
        let (briefs, accounts) = Self.night(creators: 2000, briefs: 60, seed: 23)
        var diagnostics = DiagnosticsCollector()
        let model = MatchModel(reference: Fixtures.reference)
        let exhaustive = ScoringEngine(model: model, threads: 2, exhaustive: true).score(
            briefs: briefs, accounts: accounts, diagnostics: &diagnostics)
        let pruned = ScoringEngine(model: model, threads: 3).score(
            briefs: briefs, accounts: accounts, diagnostics: &diagnostics)
        #expect(pruned.funnels == exhaustive.funnels)
        #expect(pruned.authenticity == exhaustive.authenticity)
        for funnel in pruned.funnels {
            #expect(funnel.considered == funnel.removed.reduce(0, +) + funnel.left, "\(funnel.briefID) does not add up")
        }
    }

    @Test func prunedShortlistsDoNotDependOnThreads() {
        let (briefs, accounts) = Self.night(creators: 1500, briefs: 30, seed: 61)
        #expect(
            Self.shortlists(briefs, accounts, exhaustive: false, threads: 1)
                == Self.shortlists(briefs, accounts, exhaustive: false, threads: 3))
    }

    /// With outreach statuses and a do-not-contact list, the pruned path still equals the exhaustive one (lists,
    /// funnels and the creators kept off), on any thread count, and the rules did keep creators off.
    @Test func outreachRulesKeepPrunedEqualToExhaustiveForAnyThreads() {
        let (briefs, accounts) = Self.night(creators: 2500, briefs: 50, seed: 29)
        let rules = Self.outreach(accounts, briefs: 50, seed: 31)
        let exhaustive = Self.result(briefs, accounts, exhaustive: true, threads: 2, outreach: rules)
        let pruned = Self.result(briefs, accounts, exhaustive: false, threads: 3, outreach: rules)
        let single = Self.result(briefs, accounts, exhaustive: false, threads: 1, outreach: rules)
        #expect(pruned.shortlists == exhaustive.shortlists && pruned.shortlists == single.shortlists)
        #expect(pruned.funnels == exhaustive.funnels)
        #expect(pruned.excluded == exhaustive.excluded && pruned.excluded == single.excluded)
        #expect(pruned.excluded.count > 20, "the synthetic statuses should keep creators off some lists")
        // Nobody kept off is on the list, and a list is only shorter than without the rules when the pool ran dry.
        let plain = Self.result(briefs, accounts, exhaustive: false, threads: 2)
        let order = accounts.indices.sorted { accounts[$0].id < accounts[$1].id }
        let blocked = rules.blocked(briefs: briefs, accounts: accounts, order: order)
        for b in briefs.indices {
            let off = Set(blocked[b].keys.map { accounts[order[Int($0)]].id })
            #expect(pruned.shortlists[b].allSatisfy { !off.contains($0.accountID) })
            let rules =
                briefs[b].maxPerCountry != nil || briefs[b].maxPerPlatform != nil || !briefs[b].platformMix.isEmpty
                || briefs[b].budgetMode == .total
            if plain.funnels[b].left - off.count >= briefs[b].shortlistSize && !rules {
                #expect(pruned.shortlists[b].count == briefs[b].shortlistSize, "brief \(briefs[b].id) did not refill")
            }
        }
    }

    @Test func hardFiltersStillApply() {
        var brief = Brief(id: "b", brand: "B")
        brief.platforms = [.tiktok]
        brief.countries = ["JP"]
        brief.minFollowers = 1000
        brief.shortlistSize = 10
        var inJapan = CreatorAccount(platform: .tiktok, handle: "jp", followers: 5000)
        inJapan.audienceCountry = "JP"
        let tooSmall = {
            var a = CreatorAccount(platform: .tiktok, handle: "small", followers: 999)
            a.country = "JP"
            return a
        }()
        let wrongPlatform = {
            var a = CreatorAccount(platform: .instagram, handle: "ig", followers: 5000)
            a.country = "JP"
            return a
        }()
        let result = Self.shortlists([brief], [inJapan, tooSmall, wrongPlatform], exhaustive: false, threads: 1)
        #expect(result.first?.map(\.accountID) == ["tiktok:jp"])
    }
}
