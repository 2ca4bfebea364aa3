import Foundation
import Testing

@testable import ScoutCore

@Suite struct RankingTests {
    typealias F = MatchFixtures

    static let brief = F.brief(
        "glow", brand: "Glowlab", niches: ["skincare"], keywords: ["spf", "sunscreen", "sensitive skin"]
    ) { b in
        b.platforms = [.instagram, .tiktok]
        b.countries = ["JP"]
        b.shortlistSize = 5
        b.budget = 5000
        b.currency = "USD"
        b.exclude = ["sunveil"]
    }

    /// A clear best match, solid alternatives, a fake-looking mega-audience account and a competitor's ambassador.
    static let accounts: [CreatorAccount] = [
        F.account(
            "best", followers: 30_000, likes: 1500, comments: 90, following: 400, niches: ["skincare"],
            bio: "SPF and sunscreen reviews for sensitive skin", country: "JP", language: "ja"
        ) { $0.brandMentions = ["glowlab"] },
        F.account(
            "micro", followers: 25_000, likes: 700, comments: 40, following: 500, niches: ["skincare"],
            bio: "sunscreen diary", country: "JP", language: "ja"),
        F.account(
            "makeup", followers: 15_000, likes: 500, comments: 30, niches: ["makeup"], bio: "daily makeup",
            country: "JP", language: "ja"),
        F.account(
            "fake", followers: 900_000, likes: 300, comments: 3, following: 200, niches: ["skincare"],
            bio: "SPF sunscreen sensitive skin", country: "JP", language: "ja"
        ) { $0.posts = 1 },
        F.account(
            "rival", followers: 20_000, likes: 900, comments: 50, niches: ["skincare"],
            bio: "sunscreen reviews #sunveil", country: "JP", language: "ja"),
        F.account(
            "abroad", followers: 20_000, likes: 900, comments: 50, niches: ["skincare"], bio: "SPF sunscreen",
            country: "US", language: "en"),
        F.account(
            "yt", platform: .youtube, followers: 20_000, likes: 900, comments: 50, niches: ["skincare"],
            bio: "SPF sunscreen", country: "JP"),
    ]

    @Test func clearBestMatchRanksFirstAndFiltersHold() {
        var diagnostics = DiagnosticsCollector()
        let list = ScoringEngine(model: F.model, threads: 2).run(
            briefs: [Self.brief], accounts: Self.accounts, diagnostics: &diagnostics)[0]
        #expect(list.first?.accountID == "instagram:best")
        #expect(list.map(\.accountID) == ["instagram:best", "instagram:micro", "instagram:makeup"])
        #expect(list.map(\.rank) == [1, 2, 3])
        #expect(
            list[0].why.contains("already tags Glowlab")
                && list[0].why.contains("matches 'spf', 'sunscreen', 'sensitive skin'"))
        // The fake account is kept off by the default authenticity threshold, and said so.
        #expect(
            diagnostics.diagnostics.contains { $0.code == .lowAuthenticity && $0.message.contains("instagram:fake") })
    }

    @Test func fakeAccountIsFlaggedAndRankedBelowAnAuthenticMicroCreator() {
        let lenient = MatchModel(reference: Fixtures.reference, minAuthenticity: 0)
        var diagnostics = DiagnosticsCollector()
        let list = ScoringEngine(model: lenient, threads: 1).run(
            briefs: [Self.brief], accounts: Self.accounts, diagnostics: &diagnostics)[0]
        let ids = list.map(\.accountID)
        let fake = try! #require(list.first { $0.accountID == "instagram:fake" })
        #expect(fake.flags == ["er_far_below_tier", "few_posts"])
        #expect(fake.components.authenticity < MatchModel.defaultMinAuthenticity)
        #expect(
            fake.why.contains(
                "needs a check: engagement 0.03% per follower vs 2.6% typical for instagram macro; only 1 post"))
        #expect(ids.firstIndex(of: "instagram:micro")! < ids.firstIndex(of: "instagram:fake")!)
        #expect(!ids.contains("instagram:rival") && !ids.contains("instagram:abroad") && !ids.contains("youtube:yt"))
    }

    @Test func countryCapKeepsTheShortlistDiverse() {
        var brief = Self.brief
        brief.countries = []
        brief.maxPerCountry = 1
        var diagnostics = DiagnosticsCollector()
        let list = ScoringEngine(model: F.model, threads: 1).run(
            briefs: [brief], accounts: Self.accounts, diagnostics: &diagnostics)[0]
        #expect(list.map(\.accountID) == ["instagram:best", "instagram:abroad"])
    }

    /// 400 varied synthetic accounts (a fixed linear congruential generator) and three briefs.
    static func synthetic() -> (briefs: [Brief], accounts: [CreatorAccount]) {
        var state: UInt64 = 42
        func next(_ n: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(n))
        }
        let niches = ["skincare", "makeup", "vegan", "coffee", "gaming", "fitness"]
        let words = [
            "spf", "sunscreen", "vegan", "recipes", "latte", "espresso", "fps", "setup", "hiit", "workout", "daily",
            "vlog",
        ]
        let countries = ["JP", "US", "GB", "ES", "MX", ""]
        let accounts = (0..<400).map { i -> CreatorAccount in
            let followers = 1000 + next(200_000)
            return F.account(
                "c\(i)", platform: [.instagram, .tiktok, .youtube][next(3)], followers: followers,
                likes: Double(followers * (1 + next(8)) / 100), comments: Double(next(300)), following: next(3000),
                niches: [niches[next(niches.count)]],
                bio: (0..<4).map { _ in words[next(words.count)] }.joined(separator: " "),
                country: countries[next(countries.count)]
            ) {
                $0.estCost = next(2) == 0 ? nil : Double(50 + next(900))
                $0.currency = "USD"
            }
        }
        var cap = F.brief("cap", brand: "Cap", niches: ["fitness"], keywords: ["hiit", "workout"]) {
            $0.maxPerCountry = 2
            $0.shortlistSize = 7
        }
        cap.budget = 3000
        return (
            [
                Self.brief,
                F.brief("coffee", brand: "Brew", niches: ["coffee"], keywords: ["latte", "espresso"]) {
                    $0.shortlistSize = 9
                }, cap,
            ],
            accounts
        )
    }

    @Test(arguments: [2, 7])
    func identicalResultsAcrossThreadCounts(threads: Int) {
        let (briefs, accounts) = Self.synthetic()
        var d1 = DiagnosticsCollector()
        var dN = DiagnosticsCollector()
        let one = ScoringEngine(model: F.model, threads: 1).run(briefs: briefs, accounts: accounts, diagnostics: &d1)
        let many = ScoringEngine(model: F.model, threads: threads).run(
            briefs: briefs, accounts: accounts.reversed(), diagnostics: &dN)
        #expect(one == many)
        #expect(one.map(\.count) == [5, 9, 7])
        #expect(d1.diagnostics == dN.diagnostics)
        let capped = one[2].compactMap { c in accounts.first { $0.id == c.accountID }?.country }
        #expect(Dictionary(grouping: capped, by: { $0 }).values.allSatisfy { $0.count <= 2 })
    }
}
