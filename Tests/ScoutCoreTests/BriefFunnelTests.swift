import Foundation
import Testing

@testable import ScoutCore

/// Why a list is short, as a user sees it: `brief_report.csv`, `manifest.json`, the run summary; and the brief options
/// that change it (`unknown_country`, `primary_niches`, minimum fit), honest ranks and `niche_source`.
@Suite struct BriefFunnelTests {
    typealias F = MatchFixtures

    /// A TikTok export has no country column (like the real 2022 exports); an Instagram one has.
    static let tiktok = """
        handle,followers,avg_likes,avg_comments,avg_views,bio
        fit.ana,2400000,90000,900,1500000,home workout every morning #fitness
        hiit.joe,1800000,60000,500,1100000,HIIT and gym routines 💪
        cook.mia,2100000,70000,700,1300000,easy recipes for busy people
        """
    static let instagram = """
        handle,followers,following,posts,avg_likes,avg_comments,country,bio
        gym.kate,1500000,300,800,40000,600,US,fitness coach and gym life
        """

    static func run(_ briefs: String, extraBriefColumns: String = "") throws -> (directory: String, manifest: Manifest)
    {
        let folder = Fixtures.temporaryDirectory()
        try tiktok.write(toFile: folder + "/tiktok_export.csv", atomically: true, encoding: .utf8)
        try instagram.write(toFile: folder + "/instagram_export.csv", atomically: true, encoding: .utf8)
        let out = Fixtures.temporaryDirectory()
        let options = PipelineOptions(
            creators: [folder], briefs: Fixtures.temporaryFile(briefs, name: "briefs.csv"), outputDirectory: out,
            dataDirectory: Fixtures.dataDirectory)
        return (out, try ScoutPipeline.run(options).manifest)
    }

    @Test func reasonOrdinalsFollowTheFilterOrder() {
        #expect(ExclusionReason.allCases.enumerated().allSatisfy { $0.offset == $0.element.ordinal })
    }

    @Test func anEmptyListNamesTheFilterThatEmptiedIt() throws {
        let briefs = """
            brief_id,brand,niches,keywords,platforms,countries,shortlist_size,unknown_country
            us-fit,PulseFit,fitness,workout|gym,tiktok,US,10,
            us-fit-pass,PulseFit,fitness,workout|gym,tiktok,US,10,pass
            """
        let (out, manifest) = try Self.run(briefs)
        let strict = try #require(manifest.briefs.first { $0.id == "us-fit" })
        #expect(strict.shortlisted == 0)
        let funnel = try #require(strict.funnel)
        #expect(
            funnel.considered == 4 && funnel.removed["platform"] == 1 && funnel.removed["country_unknown"] == 3
                && funnel.left == 0)
        #expect(funnel.note.contains("none of the 3 tiktok accounts has a country; unknown_country=pass keeps them"))
        #expect(funnel.note.hasSuffix("emptied by: country unknown"))
        // The same brief with unknown countries passing finds the two fitness creators; the cook has no fit.
        let lenient = try #require(manifest.briefs.first { $0.id == "us-fit-pass" })
        #expect(lenient.shortlisted == 2)
        #expect(lenient.funnel?.removed["no_fit"] == 1 && lenient.funnel?.left == 2)
        // brief_report.csv says the same, one row per brief.
        let report = try IntermediateTable.read(out + "/brief_report.csv", required: FunnelCodec.reportHeader([]))
        #expect(report.rows.map { report.value($0, "brief_id") } == ["us-fit", "us-fit-pass"])
        #expect(
            report.value(report.rows[0], "country_unknown") == "3"
                && report.value(report.rows[0], "note") == funnel.note)
        #expect(
            report.value(report.rows[1], "brand") == "PulseFit" && report.value(report.rows[1], "shortlisted") == "2")
        // The manifest lists the report among the outputs.
        #expect(manifest.outputs.contains("brief_report.csv"))
    }

    @Test func inferredNichesAreNamedInTheOutputs() throws {
        let briefs = "brief_id,brand,niches,shortlist_size,unknown_country\nfit,PulseFit,fitness,10,\n"
        let (out, _) = try Self.run(briefs)
        let rows = try PipelineTests.table(out + "/shortlists.csv")
        let sources = Dictionary(uniqueKeysWithValues: rows.map { ($0["handle"]!, $0["niche_source"]!) })
        #expect(sources["fit.ana"] == "inferred" && sources["hiit.joe"] == "inferred")
        #expect(sources["gym.kate"] == "inferred")  // the Instagram export has no niche column either
        #expect(rows.first { $0["handle"] == "fit.ana" }!["why"]!.contains("(exact, inferred"))
        #expect(sources["cook.mia"] == nil)
    }

    @Test func aSecondaryNicheCannotOutrankAPrimaryOne() {
        // A lifestyle celebrity with great engagement and a travel creator with ordinary engagement.
        let star = F.account("star", followers: 2_000_000, likes: 400_000, comments: 4000, niches: ["lifestyle"])
        let traveller = F.account("trips", followers: 2_000_000, likes: 40_000, comments: 600, niches: ["travel"])
        var brief = F.brief("travel", niches: ["travel", "lifestyle"]) { $0.shortlistSize = 2 }
        var diagnostics = DiagnosticsCollector()
        let flat = ScoringEngine(model: F.model, threads: 1).run(
            briefs: [brief], accounts: [star, traveller], diagnostics: &diagnostics)[0]
        #expect(flat.first?.accountID == "instagram:star")  // both niches primary: engagement decides
        brief.primaryNiches = ["travel"]
        let list = ScoringEngine(model: F.model, threads: 1).run(
            briefs: [brief], accounts: [star, traveller], diagnostics: &diagnostics)[0]
        #expect(list.map(\.accountID) == ["instagram:trips", "instagram:star"])
        #expect(list[1].why.contains("lifestyle (exact, secondary, stated)"))
        #expect(list[1].components.niche == MatchModel.secondaryNicheFactor)
    }

    @Test func minimumFitCanAskForMoreThanAnyMatch() {
        let brief = F.brief("skin", niches: ["skincare"]) {
            $0.minFit = 0.5
            $0.shortlistSize = 5
        }
        let sibling = F.account("makeup", followers: 20_000, likes: 600, comments: 20, niches: ["makeup"])  // 0.4
        let broader = F.account("beauty", followers: 20_000, likes: 600, comments: 20, niches: ["beauty"])  // 0.5
        let keyword = F.account(
            "spf", followers: 20_000, likes: 600, comments: 20, niches: ["makeup"], bio: "skincare nerd")
        var diagnostics = DiagnosticsCollector()
        let result = ScoringEngine(model: F.model, threads: 1).score(
            briefs: [brief], accounts: [sibling, broader, keyword], diagnostics: &diagnostics)
        // `skincare` in the bio is no keyword of this brief: the stated makeup niche (0.4) is below min_fit.
        #expect(result.shortlists[0].map(\.accountID) == ["instagram:beauty"])
        #expect(result.funnels[0].removed(by: .noFit) == 2)
    }

    @Test func tiesShareARankAndSayWhenTheyGoBeyondTheList() {
        let brief = F.brief("fit", niches: ["fitness"]) { $0.shortlistSize = 3 }
        let twins = (0..<5).map {
            F.account(
                "twin\($0)", platform: .tiktok, followers: 2_000_000, likes: 60_000, comments: 900, niches: ["fitness"])
        }
        let better = F.account(
            "best", platform: .tiktok, followers: 2_000_000, likes: 90_000, comments: 900, niches: ["fitness"])
        var diagnostics = DiagnosticsCollector()
        let result = ScoringEngine(model: F.model, threads: 2).score(
            briefs: [brief], accounts: twins + [better], diagnostics: &diagnostics)
        let list = result.shortlists[0]
        #expect(list.map(\.rank) == [1, 2, 2])
        #expect(
            list[1].why.contains(
                "tied at \(NumberText.fixed(list[1].score, 4)) with 1 other (listed by creator id); more creators share this score beyond the list"
            ))
        #expect(result.funnels[0].tieBeyondList)
        #expect(result.funnels[0].note.contains("more creators share the last score than the list holds"))
    }

    @Test func doNotContactRefillsTheListAndKeepsSharedRanks() throws {
        let briefs = "brief_id,brand,niches,platforms,shortlist_size\nfit,PulseFit,fitness,tiktok,3\n"
        let folder = Fixtures.temporaryDirectory()
        let rows = (0..<4).map { "twin\($0),2000000,60000,900,#fitness" }.joined(separator: "\n")
        try ("handle,followers,avg_likes,avg_comments,hashtags\nbest,2000000,90000,900,#fitness\n" + rows + "\n")
            .write(toFile: folder + "/tiktok.csv", atomically: true, encoding: .utf8)
        let out = Fixtures.temporaryDirectory()
        var options = PipelineOptions(
            creators: [folder], briefs: Fixtures.temporaryFile(briefs, name: "briefs.csv"),
            outputDirectory: out, dataDirectory: Fixtures.dataDirectory)
        _ = try ScoutPipeline.run(options)
        #expect(try PipelineTests.table(out + "/shortlists.csv").map { $0["rank"]! } == ["1", "2", "2"])
        options.score.doNotContact = Fixtures.temporaryFile(
            "creator,reason\ntiktok:best,already contracted\n", name: "dnc.csv")
        let output = try ScoutPipeline.run(options)
        // The list refills from the creators below: three twins, tied at rank 1.
        let refilled = try PipelineTests.table(out + "/shortlists.csv")
        #expect(refilled.map { $0["rank"]! } == ["1", "1", "1"])
        #expect(refilled.map { $0["creator_id"]! } == ["tiktok:twin0", "tiktok:twin1", "tiktok:twin2"])
        // The funnel counts the creator kept off, in brief_report.csv and the manifest.
        let funnel = try #require(output.manifest.briefs.first?.funnel)
        #expect(
            funnel.doNotContact == 1
                && funnel.note.contains("kept off by do-not-contact or outreach statuses -1 (the next moved up)"))
        let report = try IntermediateTable.read(out + "/brief_report.csv", required: FunnelCodec.reportHeader([]))
        #expect(
            report.value(report.rows[0], "do_not_contact") == "1" && report.value(report.rows[0], "shortlisted") == "3")
    }
}
