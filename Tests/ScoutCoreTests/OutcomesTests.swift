import Foundation
import Testing

@testable import ScoutCore

/// Campaign outcomes: the file, the adjustment (medians, shrinkage, decay), both scoring paths, `why`.
struct OutcomesTests {
    /// Six US skincare creators on Instagram, `glow0`…`glow5`, engagement 6 % falling by `step` each.
    static func skincareCreators(step: Double) -> [CreatorAccount] {
        (0..<6).map { i in
            var a = CreatorAccount(platform: .instagram, handle: "glow\(i)", followers: 20_000)
            a.niches = ["skincare"]
            a.country = "US"
            a.language = "en"
            a.statedEngagementRate = 0.06 - Double(i) * step
            return a
        }
    }

    /// `skincareCreators` (step 0.4 %) for a Glowlab brief of 3.
    static func skincare() -> (Brief, [CreatorAccount]) {
        let accounts = skincareCreators(step: 0.004)
        var brief = Brief(id: "glow-spf", brand: "Glowlab")
        brief.niches = ["skincare"]
        brief.shortlistSize = 3
        return (brief, accounts)
    }

    /// `n` campaigns of `creator` for `brand`, each costing 100 USD for `clicks` clicks, dated back from 2026-11-30.
    static func campaigns(_ creator: String, _ brand: String, _ n: Int, clicks: Double, from line: Int) -> String {
        (0..<n).map { i in
            "\(creator),\(brand),c\(line + i),2026-11-\(String(format: "%02d", 30 - i)),100,USD,\(clicks)\n"
        }.joined()
    }

    /// Done when: strong past results for Glowlab lift a creator on Glowlab's brief (why says so); one campaign with
    /// the same extreme figure is shrunk (less than its face value and than four campaigns); everyone without
    /// outcomes for Glowlab keeps their score, components and why exactly, in both paths.
    @Test func strongResultsLiftACreatorAndOneCampaignIsShrunk() throws {
        let (brief, accounts) = Self.skincare()
        // Median: 100 clicks per 100 USD. glow4 had 4 campaigns at 800 clicks (8×), glow5 one at 800; glow3 did well
        // for another brand only (does not count for Glowlab).
        let text =
            "creator,brand,campaign,date,cost,currency,clicks\n"
            + Self.campaigns("instagram:glow4", "Glowlab", 4, clicks: 800, from: 100)
            + Self.campaigns("@glow5", "glow lab", 1, clicks: 800, from: 200)
            + Self.campaigns("instagram:glow3", "Sunveil", 3, clicks: 900, from: 300)
            + Self.campaigns("instagram:someone", "Glowlab", 9, clicks: 100, from: 400)
        var outcomes = try Outcomes.load(Fixtures.temporaryFile(text, name: "outcomes.csv"))
        outcomes.today = "2026-11-30"
        let order = accounts.indices.sorted { accounts[$0].id < accounts[$1].id }
        let evidence = outcomes.evidence(
            briefs: [brief], accounts: accounts, order: order, currencies: Fixtures.reference.currencies)[0]
        let byHandle = Dictionary(
            uniqueKeysWithValues: evidence.map { (accounts[order[Int($0.key)]].handle, $0.value) })
        #expect(Set(byHandle.keys) == ["glow4", "glow5"])
        let four = try #require(byHandle["glow4"])
        let one = try #require(byHandle["glow5"])
        #expect(four.measure == .clicks && four.campaigns == 4 && one.campaigns == 1)
        #expect(four.ratio > 7 && one.ratio > 7)
        #expect(one.adjustment > 0 && one.adjustment < one.unshrunk && one.adjustment < four.adjustment)
        #expect(four.adjustment < four.unshrunk && four.unshrunk <= Brief.defaultOutcomesWeight)
        for exhaustive in [false, true] {
            let plain = RelationshipsTests.result(
                [brief], accounts, exhaustive: exhaustive, threads: 2, relationships: nil
            ).shortlists[0]
            let lifted = RelationshipsTests.result(
                [brief], accounts, exhaustive: exhaustive, threads: 2, relationships: nil, outcomes: outcomes
            ).shortlists[0]
            #expect(!plain.map(\.accountID).contains("instagram:glow4"))
            let row = try #require(lifted.first { $0.accountID == "instagram:glow4" }, "\(lifted.map(\.accountID))")
            #expect(
                row.why.hasPrefix("past Glowlab campaigns: CPC 88% below median (4 campaigns, shrunk to +0.0"),
                "\(row.why)")
            #expect(lifted.count == 3)
            // Creators without Glowlab outcomes: the same score, components and why, bit for bit.
            let before = Dictionary(uniqueKeysWithValues: plain.map { ($0.accountID, $0) })
            for row in lifted where before[row.accountID] != nil {
                let old = before[row.accountID]!
                #expect(row.score == old.score && row.components == old.components && row.why == old.why)
            }
        }
        // Without outcomes for any brief nothing changes at all.
        var none = brief
        none.outcomesWeight = 0
        #expect(
            RelationshipsTests.result(
                [none], accounts, exhaustive: false, threads: 1, relationships: nil, outcomes: outcomes
            )
            .shortlists
                == RelationshipsTests.result([none], accounts, exhaustive: false, threads: 1, relationships: nil)
                .shortlists)
    }

    /// Poor results move a creator down, decay makes old campaigns count less, other currencies are converted, and
    /// rows in a currency the table does not know are compared only with rows of that currency.
    @Test func poorResultsDecayAndCurrencies() throws {
        let (brief, accounts) = Self.skincare()
        let text = """
            creator,brand,campaign,date,cost,currency,clicks,conversions
            instagram:glow0,Glowlab,a,2026-11-01,15000,JPY,10,
            instagram:glow1,Glowlab,b,2020-11-01,100,USD,800,
            instagram:glow2,Glowlab,c,2026-11-01,100,USD,800,
            instagram:x1,Glowlab,d,2026-11-01,100,USD,100,
            instagram:x2,Glowlab,e,2026-11-01,100,USD,100,
            instagram:glow3,Glowlab,f,2026-11-01,100,XYZ,50,
            instagram:x3,Glowlab,g,2026-11-01,100,XYZ,100,
            instagram:x4,Glowlab,h,2026-11-01,100,XYZ,100,

            """
        var outcomes = try Outcomes.load(Fixtures.temporaryFile(text, name: "outcomes.csv"))
        outcomes.today = "2026-11-30"
        let order = accounts.indices.sorted { accounts[$0].id < accounts[$1].id }
        let found = outcomes.evidence(
            briefs: [brief], accounts: accounts, order: order, currencies: Fixtures.reference.currencies)[0]
        let e = Dictionary(uniqueKeysWithValues: found.map { (accounts[order[Int($0.key)]].handle, $0.value) })
        // 15,000 JPY ≈ 100 USD for 10 clicks: a tenth of the median, moved down.
        #expect(try #require(e["glow0"]).adjustment < 0)
        #expect(
            e["glow0"]!.phrase.contains("CPC 9.") || e["glow0"]!.phrase.contains("CPC 10."), "\(e["glow0"]!.phrase)")
        // The same figure six years ago counts far less than last month.
        #expect(e["glow1"]!.adjustment > 0 && e["glow1"]!.adjustment < e["glow2"]!.adjustment / 3)
        // XYZ is not in the currency table: compared with the other XYZ rows only (half their clicks per cost).
        #expect(abs(e["glow3"]!.ratio - 0.5) < 1e-12)
        #expect(e["glow3"]!.phrase.contains("CPC 2.0× the median (1 campaign, shrunk to -0.0"), "\(e["glow3"]!.phrase)")
    }

    /// Header aliases and numbers as exports write them; bad rows name file, line and column.
    @Test func fileReadsAliasesAndRejectsBadRowsWithLineAndColumn() throws {
        let good = Fixtures.temporaryFile(
            """
            Influencer,Client,Campaign ID,Posted,Spend,Currency,Impressions,Link clicks,Sales,Revenue
            https://www.instagram.com/ana/,Glowlab,gl-1,2026-10-01,"$1,200",usd,12.5K,300,12,"2,400"
            @bo,,glow-spf,2026/10/01,,,,,,

            """, name: "outcomes.csv")
        let read = try Outcomes.load(good)
        #expect(read.records.count == 2)
        #expect(read.records[0].creator.accountID == "instagram:ana" && read.records[0].cost == 1200)
        #expect(
            read.records[0].currency == "USD"
                && read.records[0].measures == [
                    .views: 12_500, .clicks: 300, .conversions: 12, .revenue: 2400,
                ])
        #expect(
            read.records[1].campaign == "glow-spf" && read.records[1].cost == nil && read.records[1].measures.isEmpty)
        for (body, expected) in [
            ("instagram:ana,Glowlab,2026-10-01,100,USD,lots\n", "outcomes.csv:2:6: bad outcome field clicks: 'lots'"),
            ("instagram:ana,Glowlab,someday,100,USD,5\n", "outcomes.csv:2:3: bad outcome field date: 'someday'"),
            ("instagram:ana,Glowlab,2026-10-01,100,dollars,5\n", "outcomes.csv:2:5: bad outcome field currency"),
            (",,2026-10-01,100,USD,5\n", "outcomes.csv:2:1: bad outcome field creator"),
            ("instagram:ana,,2026-10-01,100,USD,5\n", "outcomes.csv:2:2: bad outcome field brand: empty"),
            (
                "instagram:ana,Glowlab,2026-10-01,100,USD,5\ninstagram:ana,glow lab,2026-10-01,90,USD,4\n",
                "outcomes.csv:3:3: bad outcome field date: same creator, brand, campaign and date as line 2"
            ),
        ] {
            let bad = Fixtures.temporaryFile("creator,brand,date,cost,currency,clicks\n" + body, name: "outcomes.csv")
            #expect {
                try Outcomes.load(bad)
            } throws: { error in
                "\(error)".contains(expected)
            }
        }
        let noCost = Fixtures.temporaryFile(
            "creator,brand,date,clicks\ninstagram:ana,Glowlab,2026-10-01,5\n", name: "o.csv")
        #expect(throws: ScoutError.self) { try Outcomes.load(noCost) }
    }

    /// `outcomes_weight`: read, validated, written to the stage file only when a brief sets it.
    @Test func briefColumnRoundTripsThroughTheStageFile() throws {
        var diagnostics = DiagnosticsCollector()
        let path = Fixtures.temporaryFile(
            "brief_id,brand,outcomes_weight\na,Glowlab,0.25\nb,Verde,\n", name: "briefs.csv")
        let briefs = try BriefReader(taxonomy: Fixtures.reference.taxonomy).read(path, diagnostics: &diagnostics).briefs
        #expect(briefs.map(\.outcomesWeight) == [0.25, nil])
        let stage = Fixtures.temporaryFile("", name: "stage-briefs.csv")
        try BriefCodec.write(briefs, to: stage)
        #expect(try BriefCodec.read(stage, taxonomy: Fixtures.reference.taxonomy).map(\.outcomesWeight) == [0.25, nil])
        try BriefCodec.write([briefs[1]], to: stage)
        #expect(!(try String(contentsOfFile: stage, encoding: .utf8)).contains("outcomes"))
        for value in ["2", "-0.1", "high"] {
            let bad = Fixtures.temporaryFile("brief_id,brand,outcomes_weight\na,Glowlab,\(value)\n", name: "bad.csv")
            #expect(throws: ScoutError.self) {
                try BriefReader(taxonomy: Fixtures.reference.taxonomy).read(bad, diagnostics: &diagnostics)
            }
        }
    }
}

extension OutcomesTests {
    /// Outcome rows for a synthetic night (`ScoringEngineTests.night`): the briefs' brands spelled two ways, brief
    /// ids, a brand no brief has, bare handles, five currencies (one unknown, one empty), any subset of measures,
    /// zero results, missing costs, dates over six years.
    static func outcomes(_ accounts: [CreatorAccount], briefs: Int, seed: UInt64) -> Outcomes {
        var r = ScoringEngineTests.SeededRandom(state: seed)
        var records: [OutcomeRecord] = []
        for line in 2..<(2 + accounts.count * 2) {
            let account = r.pick(accounts)
            let reference = r.chance(0.8) ? "\(account.platform.rawValue):\(account.handle)" : "@" + account.handle
            let b = r.int(0..<briefs)
            let brand = r.chance(0.05) ? "Nobody Inc" : r.chance(0.5) ? "Brand \(b)" : r.chance(0.7) ? "brand\(b)" : ""
            let campaign = brand.isEmpty ? "brief-\(b)" : r.chance(0.3) ? "brief-\(r.int(0..<briefs))" : "c\(line)"
            var measures: [OutcomeMeasure: Double] = [:]
            for measure in OutcomeMeasure.allCases where r.chance(0.5) {
                measures[measure] = r.chance(0.05) ? 0 : Double(r.int(1..<5000))
            }
            records.append(
                OutcomeRecord(
                    creator: CreatorReference(reference)!, brand: brand, campaign: campaign,
                    date: "20\(r.int(20..<27))-0\(r.int(1..<10))-1\(r.int(0..<10))",
                    cost: r.chance(0.1) ? nil : Double(r.int(1..<100_000)),
                    currency: r.pick(["USD", "JPY", "EUR", "XYZ", ""]), measures: measures, line: line))
        }
        return Outcomes.merged(Outcomes(records: records), history: [], today: "2026-12-01")!
    }

    /// Pruned == exhaustive (lists, scores, why, funnels, excluded) with outcomes (positive and negative
    /// adjustments) on top of relationship boosts and outreach rules, for 1 and 3 threads; briefs with
    /// `outcomes_weight` 0 are untouched bit for bit; the adjustment changes lists; whys name it exactly where it is.
    @Test func outcomesKeepPrunedEqualToExhaustiveForAnyThreads() {
        let (plainBriefs, accounts) = ScoringEngineTests.night(creators: 2500, briefs: 45, seed: 53)
        let briefs = RelationshipsTests.preferring(plainBriefs).enumerated().map { b, brief in
            var brief = brief
            if b % 5 == 1 { brief.outcomesWeight = [0, 0.3, 1][b % 3] }
            return brief
        }
        let related = RelationshipsTests.relationships(accounts, briefs: 45, seed: 59)
        let outcomes = Self.outcomes(accounts, briefs: 45, seed: 61)
        let rules = ScoringEngineTests.outreach(accounts, briefs: 45, seed: 67)
        for (outreach, relationships) in [(nil, nil), (rules, related)] as [(OutreachRules?, Relationships?)] {
            func run(_ exhaustive: Bool, _ threads: Int) -> ScoringResult {
                RelationshipsTests.result(
                    briefs, accounts, exhaustive: exhaustive, threads: threads, outreach: outreach,
                    relationships: relationships, outcomes: outcomes)
            }
            let (exhaustive, pruned, single) = (run(true, 2), run(false, 3), run(false, 1))
            #expect(pruned.shortlists == exhaustive.shortlists && pruned.shortlists == single.shortlists)
            #expect(pruned.funnels == exhaustive.funnels)
            #expect(pruned.excluded == exhaustive.excluded)
        }
        let adjusted = RelationshipsTests.result(
            briefs, accounts, exhaustive: false, threads: 2, relationships: nil, outcomes: outcomes)
        let plain = RelationshipsTests.result(briefs, accounts, exhaustive: false, threads: 2, relationships: nil)
        for b in briefs.indices where briefs[b].outcomesWeight == 0 {
            #expect(adjusted.shortlists[b] == plain.shortlists[b])
        }
        let order = accounts.indices.sorted { accounts[$0].id < accounts[$1].id }
        let evidence = outcomes.evidence(
            briefs: briefs, accounts: accounts, order: order, currencies: Fixtures.reference.currencies)
        #expect(
            evidence.joined().contains { $0.value.adjustment < 0 }
                && evidence.joined().contains { $0.value.adjustment > 0 })
        let changed = briefs.indices.filter {
            adjusted.shortlists[$0].map(\.accountID) != plain.shortlists[$0].map(\.accountID)
        }
        #expect(changed.count > 5, "the adjustment should change some lists")
        var named = 0
        for b in briefs.indices {
            let ids = Dictionary(uniqueKeysWithValues: evidence[b].map { (accounts[order[Int($0.key)]].id, $0.value) })
            let before = Dictionary(uniqueKeysWithValues: plain.shortlists[b].map { ($0.accountID, $0) })
            for row in adjusted.shortlists[b] {
                if let found = ids[row.accountID] {
                    #expect(row.why.hasPrefix(found.phrase + "; "), "\(row.accountID) on \(briefs[b].id): \(row.why)")
                    named += 1
                } else {
                    #expect(!row.why.contains("past "))
                    if let old = before[row.accountID] { #expect(row.score == old.score) }
                }
            }
        }
        #expect(named > 20)
    }
}
