import Foundation
import Testing

@testable import ScoutCore

/// Issue 13 parts 3–4: seed creators (lookalikes), campaign hashtags and `relationship_mode` = `only`, in both
/// scoring paths.
struct LookalikeTests {
    /// The synthetic night's briefs with seeds (ids, bare handles, one unknown), campaign hashtags (words the
    /// synthetic creators use as hashtags) and `only` on some; every fourth brief keeps none of them.
    static func extended(_ briefs: [Brief], _ accounts: [CreatorAccount], seed: UInt64) -> [Brief] {
        var r = ScoringEngineTests.SeededRandom(state: seed)
        return briefs.enumerated().map { b, brief in
            var brief = brief
            guard b % 4 != 0 else { return brief }
            if b % 4 != 3 {
                brief.seedCreators = (0..<r.int(1..<4)).map { _ in
                    let account = r.pick(accounts)
                    return r.chance(0.7) ? account.id : "@" + account.handle
                }
                if r.chance(0.2) { brief.seedCreators.append("instagram:nobody.here") }
                if r.chance(0.4) { brief.seedWeight = r.pick([0.02, 0.3, 1, 0]) }
            }
            if b % 4 != 1 {
                brief.campaignHashtags = [
                    r.pick(["#skincareroutine", "veganrecipes", "#MarathonTraining", "＃スキンケア", "#travelgram"])
                ]
            }
            if b % 5 == 2 { brief.relationshipMode = .only }
            return brief
        }
    }

    static func result(
        _ briefs: [Brief], _ accounts: [CreatorAccount], exhaustive: Bool, threads: Int,
        relationships: Relationships? = nil, outreach: OutreachRules? = nil
    ) -> (ScoringResult, DiagnosticsCollector) {
        var diagnostics = DiagnosticsCollector()
        let result = ScoringEngine(
            model: MatchModel(reference: Fixtures.reference), threads: threads, exhaustive: exhaustive,
            outreach: outreach, relationships: relationships
        )
        .score(briefs: briefs, accounts: accounts, diagnostics: &diagnostics)
        return (result, diagnostics)
    }

    /// Pruned == exhaustive (lists, scores, why, funnels, excluded) with seeds, hashtags and `only`, on 1 and 3
    /// threads, with and without outreach rules; briefs without any of them are bit-identical to a night without
    /// them; the seeds change lists and every lookalike's why names its seed.
    @Test func seedsHashtagsAndOnlyKeepPrunedEqualToExhaustiveForAnyThreads() {
        let (plain, accounts) = ScoringEngineTests.night(creators: 1500, briefs: 40, seed: 53)
        let briefs = Self.extended(plain, accounts, seed: 59)
        let related = RelationshipsTests.relationships(accounts, briefs: 40, seed: 61)
        let rules = ScoringEngineTests.outreach(accounts, briefs: 40, seed: 67)
        for outreach in [nil, rules] {
            let (exhaustive, d1) = Self.result(
                briefs, accounts, exhaustive: true, threads: 2, relationships: related, outreach: outreach)
            let (pruned, d2) = Self.result(
                briefs, accounts, exhaustive: false, threads: 3, relationships: related, outreach: outreach)
            let (single, _) = Self.result(
                briefs, accounts, exhaustive: false, threads: 1, relationships: related, outreach: outreach)
            #expect(pruned.shortlists == exhaustive.shortlists && pruned.shortlists == single.shortlists)
            #expect(pruned.funnels == exhaustive.funnels && pruned.funnels == single.funnels)
            #expect(pruned.excluded == exhaustive.excluded)
            #expect(d1.report == d2.report)
            #expect(d2.report.contains("seed creator 'instagram:nobody.here' is in no export tonight"))
        }
        let (extendedResult, _) = Self.result(briefs, accounts, exhaustive: false, threads: 2, relationships: related)
        let (plainResult, _) = Self.result(plain, accounts, exhaustive: false, threads: 2, relationships: related)
        for b in briefs.indices where b % 4 == 0 {
            #expect(extendedResult.shortlists[b] == plainResult.shortlists[b])
            #expect(extendedResult.funnels[b] == plainResult.funnels[b])
        }
        let order = accounts.indices.sorted { accounts[$0].id < accounts[$1].id }
        let map = related.related(briefs: briefs, accounts: accounts, order: order)
        var notRelated = 0
        var changed = 0
        var lookalikes = 0
        var hashtagged = 0
        for b in briefs.indices where b % 4 != 0 {
            if extendedResult.shortlists[b].map(\.accountID) != plainResult.shortlists[b].map(\.accountID) {
                changed += 1
            }
            for row in extendedResult.shortlists[b] {
                if !briefs[b].seedCreators.isEmpty {
                    #expect(row.why.contains("resembles @"), "\(briefs[b].id) \(row.accountID): \(row.why)")
                    lookalikes += 1
                } else {
                    #expect(!row.why.contains("resembles @"))
                }
                if row.why.contains("already used #") { hashtagged += 1 }
            }
            if briefs[b].relationshipMode == .only {
                // Only related creators, without a boost; the others counted under `not_related`.
                let ids = Set(map[b].keys.map { accounts[order[Int($0)]].id })
                #expect(extendedResult.shortlists[b].allSatisfy { ids.contains($0.accountID) })
                #expect(extendedResult.shortlists[b].allSatisfy { !$0.why.contains("relationship boost") })
                notRelated += extendedResult.funnels[b].removed(by: .notRelated)
            }
        }
        #expect(changed > 10 && lookalikes > 100 && hashtagged > 10, "\(changed) \(lookalikes) \(hashtagged)")
        #expect(notRelated > 100, "\(notRelated)")
    }

    /// Every (brief, account) pair: the compiled seed similarity equals `MatchModel.seedMatch` to the last bit, and
    /// the compiled brand affinity with campaign hashtags equals `MatchModel.affinity`.
    @Test func compiledSeedSimilarityAndHashtagAffinityEqualTheModelForEveryPair() {
        let (plain, accounts) = ScoringEngineTests.night(creators: 1200, briefs: 40, seed: 71)
        let briefs = Self.extended(plain, accounts, seed: 73)
        let (model, prepared, search, built, reference) = ScoringEngineTests.compiledNight(briefs, accounts)
        var compiled = built
        let order = accounts.indices.sorted { accounts[$0].id < accounts[$1].id }
        let corpus = compiled.statistics(terms: NightStatistics.queryTerms(prepared)).published()
        compiled.bind(corpus)
        let seeds = BriefSeeds(
            briefs: briefs, named: BriefSeeds.named(by: briefs, in: accounts, model: model), accounts: accounts,
            order: order)
        var (compared, similar, hashtag) = (0, 0, 0)
        for (b, brief) in prepared.enumerated() {
            let compiledBrief = CompiledBrief(brief, accounts: compiled, search: search, model: model, corpus: corpus)
            var affinity: [Int32: Double] = [:]
            for mark in compiledBrief.affinity { affinity[mark.position] = mark.affinity }
            let profile = SeedProfile(
                seeds.facts[b], weight: 0.1, accounts: compiled, positions: seeds.positions, model: model)
            for position in 0..<compiled.count {
                let account = reference[position]
                let expected = model.affinity(brief, account)
                #expect((affinity[Int32(position)] ?? 0).bitPattern == expected.score.bitPattern)
                if expected.note.hasPrefix("already used #") { hashtag += 1 }
                guard !profile.isEmpty else { continue }
                let match = model.seedMatch(seeds.facts[b], account)
                let similarity = profile.similarity(compiled.rows[position], at: Int32(position), in: compiled)
                #expect(similarity.bitPattern == match.similarity.bitPattern, "brief \(b) \(account.account.id)")
                compared += 1
                if match.niche > 0 && match.sameTier { similar += 1 }
            }
        }
        #expect(compared > 10_000 && similar > 500 && hashtag > 50, "\(compared) \(similar) \(hashtag)")
    }

    /// Done when: a brief with two seed creators ranks their lookalikes (same niche, tier, language) above unrelated
    /// creators of equal base score, and why names the seed.
    @Test func twoSeedsRankTheirLookalikesAboveUnrelatedCreatorsOfEqualBaseScore() throws {
        func creator(_ platform: Platform, _ handle: String, niche: String, country: String, language: String)
            -> CreatorAccount
        {
            var a = CreatorAccount(platform: platform, handle: handle, followers: 24_000)
            a.niches = [niche]
            a.country = country
            a.language = language
            a.statedEngagementRate = 0.05
            a.following = 600
            a.posts = 300
            return a
        }
        var accounts = [
            creator(.tiktok, "hina_kobayashi", niche: "skincare", country: "JP", language: "ja"),
            creator(.tiktok, "riko_mua", niche: "skincare", country: "JP", language: "ja"),
        ]
        // Unrelated creators sort first by id, so on equal scores they would take the places without the seeds.
        for i in 0..<4 {
            accounts.append(creator(.tiktok, "a_gamer\(i)", niche: "PC gaming", country: "US", language: "en"))
            accounts.append(creator(.tiktok, "z_look\(i)", niche: "skincare", country: "JP", language: "ja"))
        }
        var brief = Brief(id: "glow", brand: "Glowlab")
        brief.shortlistSize = 4
        let (plain, _) = Self.result([brief], accounts, exhaustive: false, threads: 1)
        let base = Set(plain.shortlists[0].map(\.score))
        #expect(base.count == 1, "every creator should have the same base score: \(plain.shortlists[0].map(\.score))")
        #expect(plain.shortlists[0].map(\.accountID).filter { $0.contains("z_look") }.isEmpty)
        brief.seedCreators = ["https://www.tiktok.com/@hina_kobayashi", "tiktok:riko_mua"]
        for exhaustive in [false, true] {
            let (seeded, _) = Self.result([brief], accounts, exhaustive: exhaustive, threads: 2)
            let list = seeded.shortlists[0]
            #expect(list.count == 4)
            #expect(
                list.allSatisfy {
                    $0.accountID.contains("z_look") || $0.accountID.contains("hina") || $0.accountID.contains("riko")
                })
            #expect(list.allSatisfy { !$0.accountID.contains("gamer") })
            let look = try #require(list.first { $0.accountID == "tiktok:z_look0" })
            #expect(
                look.why.hasPrefix(
                    "resembles @hina_kobayashi (same niche, tier, engagement, country, language; +0.10 lookalike); "),
                "\(look.why)")
            #expect(look.score > base.first!)
        }
    }

    /// Campaign hashtags count as brand affinity wherever the creator used them (export hashtags, bio, captions),
    /// with why "already used #glowlabsummer".
    @Test func campaignHashtagUsersCountAsBrandAffinity() throws {
        var accounts: [CreatorAccount] = []
        for (i, place) in ["hashtags", "bio", "captions", "none"].enumerated() {
            var a = CreatorAccount(platform: .instagram, handle: "c\(i)_\(place)", followers: 20_000)
            a.niches = ["skincare"]
            a.statedEngagementRate = 0.04
            switch place {
            case "hashtags": a.hashtags = ["#GlowlabSummer"]
            case "bio": a.bio = "sun lover #glowlab_summer"
            case "captions": a.captions = "beach day ＃GlowLabSummer"
            default: a.bio = "sun lover"
            }
            accounts.append(a)
        }
        var brief = Brief(id: "glow", brand: "Glowlab")
        brief.niches = ["skincare"]
        brief.campaignHashtags = ["#glowlabsummer"]
        for exhaustive in [false, true] {
            let (result, _) = Self.result([brief], accounts, exhaustive: exhaustive, threads: 1)
            let list = result.shortlists[0]
            #expect(list.count == 4)
            #expect(list.last?.accountID == "instagram:c3_none")
            for row in list.dropLast() {
                #expect(row.components.affinity == 1 && row.why.contains("already used #glowlabsummer"), "\(row.why)")
            }
            #expect(list.last?.components.affinity == 0)
        }
    }

    /// `relationship_mode` = `only`: only related creators are listed, the others are counted under `not_related`
    /// in the funnel, whose note says why the list is short; no boost is added and why names the relationship.
    @Test func onlyListsRelatedCreatorsAndTheFunnelSaysWhy() throws {
        var accounts: [CreatorAccount] = []
        for i in 0..<6 {
            var a = CreatorAccount(platform: .instagram, handle: "glow\(i)", followers: 20_000)
            a.niches = ["skincare"]
            a.statedEngagementRate = 0.06 - Double(i) * 0.004
            accounts.append(a)
        }
        var brief = Brief(id: "glow", brand: "Glowlab")
        brief.niches = ["skincare"]
        brief.shortlistSize = 4
        brief.relationshipMode = .only
        let file = Fixtures.temporaryFile(
            "creator,brand,relationship\n@glow4,Glowlab,employee\ninstagram:glow5,Glow Lab,customer\n@glow0,Sunveil,roster\n",
            name: "relationships.csv")
        let relationships = try Relationships.load(file)
        var unrestricted = brief
        unrestricted.relationshipMode = nil
        unrestricted.shortlistSize = 6
        let (plain, _) = Self.result([unrestricted], accounts, exhaustive: false, threads: 1)
        for exhaustive in [false, true] {
            let (result, _) = Self.result(
                [brief], accounts, exhaustive: exhaustive, threads: 2, relationships: relationships)
            let list = result.shortlists[0]
            #expect(list.map(\.accountID) == ["instagram:glow4", "instagram:glow5"])
            #expect(list[0].why.hasPrefix("Glowlab employee; "), "\(list[0].why)")
            let plainScore = plain.shortlists[0].first { $0.accountID == "instagram:glow4" }!.score
            #expect(list[0].score == plainScore)
            let funnel = result.funnels[0]
            #expect(funnel.removed(by: .notRelated) == 4 && funnel.left == 2)
            #expect(funnel.note.contains("not related to the brand (relationship_mode=only) -4"), "\(funnel.note)")
        }
        // Without a relationships file an `only` brief lists nobody, and says what emptied it.
        let (none, _) = Self.result([brief], accounts, exhaustive: false, threads: 1)
        #expect(none.shortlists[0].isEmpty)
        #expect(none.funnels[0].note.contains("emptied by: not related to the brand"), "\(none.funnels[0].note)")
        // The stage file (and brief_report.csv) has a `not_related` column only when a funnel counts it, and reads back.
        let (plainFunnel, withFunnel) = (plain.funnels[0], none.funnels[0])
        let path = Fixtures.temporaryFile("", name: "funnels.csv")
        for (funnels, column) in [([plainFunnel], false), ([plainFunnel, withFunnel], true)] {
            try FunnelCodec.write(funnels, to: path)
            let text = try String(contentsOfFile: path, encoding: .utf8)
            #expect(text.contains("not_related") == column)
            #expect(try FunnelCodec.read(path) == funnels)
            #expect(FunnelCodec.reportHeader(funnels).contains("not_related") == column)
        }
    }

    /// The brief columns: read (aliases, `#` kept as written), validated, and written to the stage file only when a
    /// brief sets them.
    @Test func briefColumnsRoundTripThroughTheStageFile() throws {
        var diagnostics = DiagnosticsCollector()
        let path = Fixtures.temporaryFile(
            """
            brief_id,brand,seeds,seed_weight,campaign_hashtags,relationship_mode
            a,Glowlab,instagram:riko_mua|@hina_kobayashi|https://www.tiktok.com/@theglamsakura,0.2,#GlowlabSummer|#SPFready,only
            b,Verde,,,,

            """, name: "briefs.csv")
        let briefs = try BriefReader(taxonomy: Fixtures.reference.taxonomy).read(path, diagnostics: &diagnostics).briefs
        #expect(
            briefs[0].seedCreators == [
                "instagram:riko_mua", "@hina_kobayashi", "https://www.tiktok.com/@theglamsakura",
            ])
        #expect(briefs[0].seedWeight == 0.2 && briefs[0].campaignHashtags == ["#GlowlabSummer", "#SPFready"])
        #expect(briefs[0].relationshipMode == .only)
        #expect(briefs[1].seedCreators.isEmpty && briefs[1].seedWeight == nil && briefs[1].campaignHashtags.isEmpty)
        let stage = Fixtures.temporaryFile("", name: "stage-briefs.csv")
        try BriefCodec.write(briefs, to: stage)
        let back = try BriefCodec.read(stage, taxonomy: Fixtures.reference.taxonomy)
        #expect(
            back.map(\.seedCreators) == briefs.map(\.seedCreators) && back.map(\.seedWeight) == briefs.map(\.seedWeight)
        )
        #expect(back.map(\.campaignHashtags) == briefs.map(\.campaignHashtags))
        try BriefCodec.write([briefs[1]], to: stage)
        let text = try String(contentsOfFile: stage, encoding: .utf8)
        #expect(!text.contains("seed") && !text.contains("hashtags"))
        RelationshipsTests.expectRejected([
            ("seed_creators", "@"), ("seed_weight", "2"), ("seed_weight", "lots"), ("campaign_hashtags", "#"),
            ("relationship_mode", "maybe"),
        ])
    }
}

extension LookalikeTests {
    /// The sharded-night fixture with seeds (on different shards from many candidates, one bare handle, one unknown),
    /// campaign hashtags and an `only` brief: N shards write exactly what one process writes (diagnostics included),
    /// every vegan-cap row names its seed and the `only` brief lists its one related creator.
    @Test(arguments: [1, 3, 7]) func shardedNightsWithSeedsEqualOneProcess(shards: Int) throws {
        let briefsText = try String(
            contentsOfFile: Fixtures.path(ShardedNightTests.fixture + "/briefs.csv"), encoding: .utf8)
        let lines = briefsText.split(separator: "\n").enumerated().map { i, line in
            i == 0
                ? line + ",seed_creators,seed_weight,campaign_hashtags,relationship_mode"
                : line
                    + (i == 1
                        ? ",instagram:vg.es5|@vg.mx3|instagram:nobody.here,0.3,#RecetasVeganas,"
                        : i == 2 ? ",,,#sourdough,only" : i == 7 ? ",tiktok:vg.es4,,," : ",,,,")
        }
        let briefs = Fixtures.temporaryFile(lines.joined(separator: "\n") + "\n", name: "briefs.csv")
        let relationships = Fixtures.temporaryFile(
            "creator,brand,relationship\ntiktok:sambakes_tt,Crumb,ambassador\n", name: "relationships.csv")
        let one = try ShardedNight.expectSameAsOneProcess(shards: shards) { options in
            options.ingest.briefs = briefs
            options.score.relationships = relationships
        }
        let rows = try PipelineTests.table(one + "/shortlists.csv")
        let vegan = rows.filter { $0["brief_id"] == "vegan-cap" }
        #expect(vegan.allSatisfy { $0["why"]!.hasPrefix("resembles @") }, "\(vegan.map { $0["why"]! })")
        let bread = rows.filter { $0["brief_id"] == "bread" }
        #expect(bread.map { $0["handle"]! } == ["sambakes_tt"], "\(bread)")
        let diagnostics = try String(contentsOfFile: one + "/diagnostics.txt", encoding: .utf8)
        #expect(diagnostics.contains("seed creator 'instagram:nobody.here' is in no export tonight"))
    }
}
