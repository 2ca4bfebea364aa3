import Foundation
import Testing

@testable import ScoutCore

/// Prices from expected views, budget-aware selection and platform rules (issue 18).
@Suite struct CommercialRealismTests {
    static let model = MatchModel(reference: Fixtures.reference)

    static func cost(_ account: CreatorAccount) -> PostCost? {
        var unknown = Set<String>()
        return model.prepare(account, unknownNiches: &unknown).cost
    }

    /// Hand-computed from `data/cost_estimates.csv` and `data/engagement_benchmarks.csv`.
    @Test func pricesFollowExpectedViewsAndTheSourcedCPM() throws {
        // A 29.3M-subscriber channel with 6.6M average views (MrBeast Gaming in the 2022 exports): YouTube CPM $15–30.
        var channel = CreatorAccount(platform: .youtube, handle: "mrbeast gaming", followers: 29_300_000)
        channel.avgViews = 6_600_000
        let big = try #require(Self.cost(channel))
        #expect(big.source == .viewsBased && big.currency == "USD")
        #expect(abs(big.amount - 148_500) < 1e-6 && abs(big.low - 99_000) < 1e-6 && abs(big.high - 198_000) < 1e-6)

        // Instagram micro without views: followers × 22.945 % reach (Minter.io 20–100k) × $5–15.
        let micro = try #require(Self.cost(CreatorAccount(platform: .instagram, handle: "ethan", followers: 21_041)))
        #expect(micro.source == .followerBased)
        #expect(abs(micro.expectedViews - 21_041 * 0.22945) < 1e-6)
        #expect(
            abs(micro.amount - 48.278_574_5) < 1e-6 && abs(micro.low - 24.139_287_25) < 1e-6
                && abs(micro.high - 72.417_861_75) < 1e-6)

        // TikTok nano without views: 420 interactions per post ÷ 12.07 % engagement per view = 3,479.7 views × $5–15.
        var nano = CreatorAccount(platform: .tiktok, handle: "nano", followers: 5_000)
        nano.avgLikes = 400
        nano.avgComments = 20
        let small = try #require(Self.cost(nano))
        #expect(small.source == .followerBased)
        #expect(abs(small.expectedViews - 420 / 0.1207) < 1e-6 && abs(small.amount - 420 / 0.1207 * 10 / 1000) < 1e-9)

        // The export's price wins.
        var quoted = channel
        quoted.estCost = 20_000
        quoted.currency = "EUR"
        #expect(Self.cost(quoted) == PostCost(quoted: 20_000, currency: "EUR"))
    }

    @Test func whySaysWhereThePriceComesFrom() throws {
        var channel = CreatorAccount(platform: .youtube, handle: "gaming", followers: 29_300_000)
        channel.avgViews = 6_600_000
        var brief = Brief(id: "b", brand: "Respawn")
        brief.budget = 3_000_000
        var unknown = Set<String>()
        var niches: [String: [String]] = [:]
        let prepared = Self.model.prepare(channel, unknownNiches: &unknown)
        let why = Self.model.explain(
            Self.model.prepare(brief, unknownNiches: &niches), prepared, corpus: CorpusStatistics([prepared])
        ).why
        #expect(
            why.contains(
                "$148500 est. from 6,600,000 avg views × $15–$30 CPM ($99000–$198000) within $300000/creator budget"),
            "\(why)")
    }

    /// Budget 100 for two creators: the naive top 2 (A + B = 120) is cut to A alone (0.9), and walking down the ranking
    /// adds nobody who fits; the exact choice takes B + C (1.55), spending exactly the budget.
    @Test func aTotalBudgetChoosesTheBestListWithinIt() {
        let ranked: [(id: String, score: Double, price: Double?)] = [
            ("a", 0.9, 70), ("b", 0.8, 50), ("c", 0.75, 50), ("d", 0.5, nil),
        ]
        var brief = Brief(id: "t", brand: "T")
        brief.shortlistSize = 2
        brief.budget = 100
        brief.budgetMode = .total
        func choose(_ brief: Brief) -> ShortlistSelection.Choice {
            ShortlistSelection.choose(
                brief, ranked, size: brief.shortlistSize, country: { _ in "" }, platform: { _ in .instagram },
                price: \.price, score: \.score)
        }
        let choice = choose(brief)
        #expect(choice.chosen.map { ranked[$0].id } == ["b", "c"])
        #expect(choice.plannedSpend == 100 && choice.unpriced == 1)
        // A cap turns the exact method off; the walk still never exceeds the budget.
        brief.maxPerCountry = 5
        let walked = choose(brief)
        #expect(walked.chosen.map { ranked[$0].id } == ["a"] && walked.plannedSpend == 70)
        // Per-creator budgets do not limit the list.
        brief.budgetMode = .perCreator
        brief.maxPerCountry = nil
        #expect(choose(brief).chosen.map { ranked[$0].id } == ["a", "b"] && choose(brief).plannedSpend == nil)
    }

    /// Random lists: the exact choice is within budget, never below the naive cut, and equals brute force.
    @Test func theExactChoiceMatchesBruteForce() {
        var state: UInt64 = 42
        func next(_ n: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(n))
        }
        for _ in 0..<300 {
            let count = 1 + next(9)
            let size = 1 + next(4)
            let budget = Double(50 + next(400))
            let ranked = (0..<count).map { _ in (score: Double(next(1000)) / 1000, price: Double(1 + next(200))) }
                .sorted { $0.score > $1.score }
            var brief = Brief(id: "r", brand: "R")
            (brief.shortlistSize, brief.budget, brief.budgetMode) = (size, budget, .total)
            let choice = ShortlistSelection.choose(
                brief, ranked, size: size, country: { _ in "" }, platform: { _ in .tiktok },
                price: { Optional($0.price) }, score: \.score)
            let total = choice.chosen.map { ranked[$0].score }.reduce(0, +)
            #expect(choice.plannedSpend! <= budget && choice.chosen.count <= size)
            var best = 0.0
            for mask in 0..<(1 << count) where mask.nonzeroBitCount <= size {
                let members = (0..<count).filter { mask & (1 << $0) != 0 }
                if members.map({ ranked[$0].price }).reduce(0, +) <= budget {
                    best = max(best, members.map { ranked[$0].score }.reduce(0, +))
                }
            }
            // Whole-number prices and budgets sit on the 0.05 % steps unless a price is not a multiple of one.
            #expect(
                total >= best - 1e-9
                    || total >= best * (1 - Double(size) / Double(ShortlistSelection.budgetUnits)) - 1e-9,
                "\(ranked) \(budget)")
            var naive = Array(ranked.prefix(size))
            while naive.map(\.price).reduce(0, +) > budget { naive.removeLast() }
            #expect(total >= naive.map(\.score).reduce(0, +) - 1e-12)
        }
    }

    @Test func platformCapsAndMixHoldLikeTheCountryCap() {
        let platforms: [Platform] = [
            .instagram, .instagram, .instagram, .tiktok, .youtube, .tiktok, .instagram, .tiktok,
        ]
        var brief = Brief(id: "m", brand: "M")
        brief.shortlistSize = 5
        brief.maxPerPlatform = 2
        func chosen(_ brief: Brief) -> [Int] {
            ShortlistSelection.choose(
                brief, Array(platforms.indices), size: brief.shortlistSize, country: { _ in "" },
                platform: { platforms[$0] }, price: { _ in nil }, score: { Double(10 - $0) }
            ).chosen
        }
        #expect(chosen(brief) == [0, 1, 3, 4, 5])
        brief.maxPerPlatform = nil
        brief.platformMix = [.instagram: 1, .tiktok: 3]
        #expect(chosen(brief) == [0, 3, 5, 7])
    }

    @Test func briefsReadTheNewColumns() throws {
        let path = Fixtures.temporaryFile(
            """
            brief_id,brand,budget,budget_mode,max_per_platform,platform_mix
            a,A,5000,total,2,instagram:6|TT:4
            b,B,,,,
            """, name: "briefs.csv")
        var diagnostics = DiagnosticsCollector()
        let briefs = try BriefReader(taxonomy: Fixtures.reference.taxonomy).read(path, diagnostics: &diagnostics).briefs
        #expect(
            briefs[0].budgetMode == .total && briefs[0].maxPerPlatform == 2
                && briefs[0].platformMix == [.instagram: 6, .tiktok: 4])
        #expect(briefs[1].budgetMode == .perCreator && briefs[1].maxPerPlatform == nil && briefs[1].platformMix.isEmpty)
        for (row, field) in [
            ("a,A,,total,,", "budget_mode"), ("a,A,10,all,,", "budget_mode"), ("a,A,,,0,", "max_per_platform"),
            ("a,A,,,,instagram=6", "platform_mix"), ("a,A,,,,myspace:2", "platform_mix"),
        ] {
            let bad = Fixtures.temporaryFile(
                "brief_id,brand,budget,budget_mode,max_per_platform,platform_mix\n" + row + "\n", name: "briefs.csv")
            #expect(throws: ScoutError.self, "\(row)") {
                try BriefReader(taxonomy: Fixtures.reference.taxonomy).read(bad, diagnostics: &diagnostics)
            }
            do { _ = try BriefReader(taxonomy: Fixtures.reference.taxonomy).read(bad, diagnostics: &diagnostics) } catch
            {
                #expect("\(error)".contains(field), "\(error)")
            }
        }
        // The stage file carries them and reads back the same.
        let stage = Fixtures.temporaryDirectory() + "/briefs.csv"
        try BriefCodec.write(briefs, to: stage)
        #expect(try BriefCodec.read(stage, taxonomy: Fixtures.reference.taxonomy) == briefs)
    }

    /// On the sample: a total budget stays within it and beats "top K, then cut"; platform rules hold; same bytes on any
    /// thread count.
    @Test func sampleBudgetAndPlatformRules() throws {
        let sample = Fixtures.packageDirectory.appendingPathComponent("data/sample").path
        let briefs = Fixtures.temporaryFile(
            """
            brief_id,brand,niches,keywords,platforms,budget,currency,shortlist_size,budget_mode,max_per_platform,platform_mix
            fit-naive,Stride,fitness|running,home workout|hiit|workout|running,,1500,USD,10,,,
            fit-total,Stride,fitness|running,home workout|hiit|workout|running,,1500,USD,10,total,,
            fit-cap,Stride,fitness|running,home workout|hiit|workout|running,,,,6,,2,
            fit-mix,Stride,fitness|running,home workout|hiit|workout|running,,,,5,,,instagram:3|tiktok:2
            """, name: "briefs.csv")
        func run(threads: Int) throws -> String {
            let out = Fixtures.temporaryDirectory()
            var options = PipelineOptions(
                creators: [sample + "/creators"], briefs: briefs, outputDirectory: out,
                dataDirectory: Fixtures.dataDirectory)
            options.threads = threads
            _ = try ScoutPipeline.run(options)
            return out
        }
        let one = try run(threads: 1)
        let three = try run(threads: 3)
        for file in ["shortlists.csv", "manifest.json", "brief_report.csv", "stages/score/candidates.csv"] {
            #expect(
                FileManager.default.contents(atPath: one + "/" + file)
                    == FileManager.default.contents(atPath: three + "/" + file), "\(file)")
        }
        let rows = try MatchModelSampleRunTests.rows(one + "/shortlists.csv")
        func list(_ id: String) -> [[String: String]] { rows.filter { $0["brief_id"] == id } }
        let naive = list("fit-naive")
        let total = list("fit-total")
        #expect(naive.count == 10 && total.allSatisfy { $0["price_currency"] == "USD" })
        let spend = total.map { Double($0["price"]!)! }.reduce(0, +)
        #expect(spend <= 1500)
        var cut = naive
        while cut.map({ Double($0["price"]!)! }).reduce(0, +) > 1500 { cut.removeLast() }
        let score = { (list: [[String: String]]) in list.map { Double($0["score"]!)! }.reduce(0, +) }
        #expect(score(total) >= score(cut), "total \(score(total)) vs naive cut \(score(cut))")
        let manifest = try String(contentsOfFile: one + "/manifest.json", encoding: .utf8)
        #expect(manifest.contains("\"mode\" : \"total\""))
        #expect(try String(contentsOfFile: one + "/summary.md", encoding: .utf8).contains("Planned spend: "))
        let cap = Dictionary(grouping: list("fit-cap"), by: { $0["platform"]! })
        #expect(list("fit-cap").count == 6 && cap.values.allSatisfy { $0.count <= 2 })
        let mix = Dictionary(grouping: list("fit-mix"), by: { $0["platform"]! }).mapValues(\.count)
        #expect(mix == ["instagram": 3, "tiktok": 2])
    }

    /// A briefs file given as an export (and the reverse) says the two look swapped; the missing-column error names
    /// headers as people write them, not folded keys.
    @Test func swappedInputsGetAHintAndReadableHeaders() throws {
        let briefs = Fixtures.temporaryFile("brief_id,brand,niches,budget\nb1,Glow,skincare,100\n", name: "briefs.csv")
        var diagnostics = DiagnosticsCollector()
        do {
            _ = try CreatorExportReader(reference: Fixtures.reference).read(briefs, diagnostics: &diagnostics)
            Issue.record("a briefs file read as an export")
        } catch {
            let text = "\(error)"
            #expect(text.contains("were --creators and --briefs swapped?"), "\(text)")
            #expect(text.contains("followers as one of 'followers', 'Follower Count'"), "\(text)")
            #expect(!text.contains("followercount"), "\(text)")
        }
        let export = Fixtures.temporaryFile("handle,followers\nana,1200\n", name: "creators.csv")
        #expect {
            try BriefReader(taxonomy: Fixtures.reference.taxonomy).read(export, diagnostics: &diagnostics)
        } throws: { error in
            "\(error)".contains("this looks like a creator export")
                && "\(error)".contains("were --creators and --briefs swapped?")
        }
        // An ordinary export without a follower column gets no hint.
        let plain = Fixtures.temporaryFile("handle,bio\nana,hi\n", name: "creators.csv")
        #expect {
            _ = try CreatorExportReader(reference: Fixtures.reference).read(plain, diagnostics: &diagnostics)
        } throws: { error in
            !"\(error)".contains("swapped")
        }
    }
}
