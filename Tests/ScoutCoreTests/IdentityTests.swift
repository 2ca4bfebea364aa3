import Foundation
import Testing

@testable import ScoutCore

/// Identity resolution end to end on Tests/Fixtures/identity: account merges, person links, overrides, shortlists.
///
/// The fixture (23 rows in three files) holds: `instagram:mara.cooks` exported three times in three handle
/// forms; a YouTube channel renamed `oldname` → `newname` (same channel id); `kaifit` / `kai.fitness` sharing a
/// profile URL; Sam on Instagram + TikTok + YouTube with one e-mail; two different `Lucía Fernández`; three
/// strangers sharing `beacons.ai/novatalent`; Jo linked by a bio link and a personal site; an agency e-mail on
/// two Instagram accounts; twins sharing an e-mail (a wrong link the split override undoes).
struct IdentityTests {
    struct Run {
        var manifest: Manifest
        var layout: RunLayout
        var accounts: [String: CreatorAccount]
        var merges: [MergeRecord]

        func person(_ id: String) -> String? { accounts[id]?.personID }
        func merges(rule: MergeRule) -> [MergeRecord] { merges.filter { $0.rules == [rule] } }
        func report(_ name: String) -> FileReport? { manifest.inputs.first { $0.path.hasSuffix("/" + name) } }
    }

    static func run(overrides: String? = nil, threads: Int? = nil) throws -> Run {
        var options = PipelineOptions(
            creators: [Fixtures.path("identity/creators")], briefs: Fixtures.path("identity/briefs.csv"),
            outputDirectory: Fixtures.temporaryDirectory(), dataDirectory: Fixtures.dataDirectory)
        options.normalize.mergeOverrides = overrides.map { Fixtures.path("identity/" + $0) }
        options.threads = threads
        let manifest = try ScoutPipeline.run(options).manifest
        let accounts = try AccountCodec.read(options.layout.accounts)
        return Run(
            manifest: manifest, layout: options.layout,
            accounts: Dictionary(uniqueKeysWithValues: accounts.map { ($0.id, $0) }),
            merges: try StageCodecs.readMerges(options.layout.merges))
    }

    @Test func oneAccountExportedThreeTimesKeepsTheNewestCountsAndFillsText() throws {
        let run = try Self.run()
        let mara = try #require(run.accounts["instagram:mara.cooks"])
        // vendor_b (2026-11-20, a profile URL only) beats vendor_a (2026-11-01, `@Mara.Cooks`) and agency (2026-10-01, upper case).
        #expect(mara.followers == 12000)
        #expect(mara.avgLikes == 500)
        #expect(mara.asOf == "2026-11-20")
        #expect(mara.displayName == "Mara")  // empty in vendor_b: filled from the next newest
        #expect(mara.bio == "Vegan recipes from Valencia")  // only the agency row has a bio
        #expect(
            mara.sources.map { ($0.file as NSString).lastPathComponent + ":\($0.line)" }
                == ["vendor_b.csv:2", "vendor_a.csv:2", "agency.csv:2"])
        let merge = try #require(run.merges.first { $0.keptID == "instagram:mara.cooks" })
        #expect(merge.rules == [.sameAccount])
        #expect(merge.mergedIDs.map { ($0 as NSString).lastPathComponent } == ["vendor_a.csv:2", "agency.csv:2"])
        #expect(merge.evidence.contains("followers 12000 (2026-11-20) vs 10000 (2026-11-01) vs 9000 (2026-10-01)"))
        #expect(merge.evidence.contains("display names 'Mara' vs 'Mara Costa'"))
    }

    @Test func manifestCountsEveryRowOnce() throws {
        let run = try Self.run()
        // vendor_a: mara and oldname merged away, twin.one kept. vendor_b: kaifit merged into kai.fitness.
        // agency: mara merged into vendor_b's row, the other 15 kept.
        #expect(run.report("vendor_a.csv").map { [$0.rowsRead, $0.rowsAccepted, $0.rowsMerged] } == [3, 1, 2])
        #expect(run.report("vendor_b.csv").map { [$0.rowsRead, $0.rowsAccepted, $0.rowsMerged] } == [4, 3, 1])
        #expect(run.report("agency.csv").map { [$0.rowsRead, $0.rowsAccepted, $0.rowsMerged] } == [16, 15, 1])
        let totals = run.manifest.totals
        let rows: [Int] = [totals.rowsRead, totals.rowsAccepted, totals.rowsMerged, totals.rowsQuarantined]
        #expect(rows == [23, 19, 4, 0])
        #expect(totals.creators == 19)
        // mara, newname, kai, the twins, Sam, two Lucías, three strangers, Jo, three agency-mail accounts.
        #expect(totals.people == 14)
        #expect(run.manifest.inputs.allSatisfy { $0.isBalanced })
    }

    @Test func platformIDAndProfileURLMergeAccountsWithDifferentHandles() throws {
        let run = try Self.run()
        #expect(run.accounts["youtube:oldname"] == nil)
        let channel = try #require(run.accounts["youtube:newname"])
        #expect(channel.followers == 5500)
        #expect(channel.bio == "Bread and cakes")
        let rename = try #require(run.merges.first { $0.keptID == "youtube:newname" })
        #expect(rename.rules == [.samePlatformID])
        #expect(rename.mergedIDs.first == "youtube:oldname")
        #expect(rename.evidence.contains("youtube:newname and youtube:oldname share youtube platform id UCabc123"))
        #expect(rename.evidence.contains("display names 'New Name' vs 'Old Name'"))

        #expect(run.accounts["instagram:kaifit"] == nil)
        let kai = try #require(run.accounts["instagram:kai.fitness"])
        #expect(kai.followers == 7900)  // agency 2026-11-15 beats vendor_b 2026-11-01
        #expect(kai.bio == "Home workouts")
        let url = try #require(run.merges.first { $0.keptID == "instagram:kai.fitness" })
        #expect(url.rules == [.sameProfileURL])
        #expect(url.mergedIDs.first == "instagram:kaifit")
    }

    @Test func personOnThreePlatformsIsLinkedByEmailHash() throws {
        let run = try Self.run()
        let ids = ["instagram:sam.bakes", "tiktok:sambakes_tt", "youtube:sambakes"]
        #expect(ids.map(run.person) == Array(repeating: "p:instagram:sam.bakes", count: 3))
        let link = try #require(run.merges(rule: .sameEmail).first { $0.keptID == "p:instagram:sam.bakes" })
        #expect(link.mergedIDs == ids)
        #expect(link.evidence.contains(EmailKey.hash("sam@example.com")))
        // Accounts keep their own values; only the person id is shared.
        #expect(run.accounts["tiktok:sambakes_tt"]?.followers == 35000)
        // No final output and no file from normalise on carries an address in clear (stages/ingest/rows.csv
        // keeps the raw input rows by design).
        let files = FileManager.default.enumerator(atPath: run.layout.directory)!.compactMap { $0 as? String }
        for file in files
        where !file.hasPrefix("stages/ingest")
            && (file.hasSuffix(".csv") || file.hasSuffix(".json") || file.hasSuffix(".txt"))
        {
            let text = try String(contentsOfFile: run.layout.directory + "/" + file, encoding: .utf8).lowercased()
            #expect(!text.contains("@example.com") && !text.contains("@agency.example"), "\(file)")
        }
    }

    @Test func sameDisplayNameAloneNeverLinks() throws {
        let run = try Self.run()
        #expect(run.accounts["instagram:luciaveg"]?.displayName == run.accounts["tiktok:lufer"]?.displayName)
        #expect(run.person("instagram:luciaveg") == "p:instagram:luciaveg")
        #expect(run.person("tiktok:lufer") == "p:tiktok:lufer")
    }

    @Test func sharedLinkInBioPageDoesNotLinkStrangers() throws {
        let run = try Self.run()
        let strangers = ["instagram:stranger.one", "tiktok:stranger.two", "youtube:stranger.three"]
        #expect(strangers.map(run.person) == strangers.map { "p:" + $0 })
        #expect(!run.merges.contains { $0.mergedIDs.contains("instagram:stranger.one") })
    }

    @Test func bioLinkAndPersonalSiteLinkAcrossPlatforms() throws {
        let run = try Self.run()
        let ids = ["instagram:jo.draws.art", "tiktok:jo.draws", "youtube:jo.draws"]
        #expect(ids.map(run.person) == Array(repeating: "p:instagram:jo.draws.art", count: 3))
        let bio = try #require(run.merges(rule: .bioLink).first)
        #expect(bio.mergedIDs == ["tiktok:jo.draws", "instagram:jo.draws.art"])
        #expect(bio.evidence == "tiktok:jo.draws bio links instagram.com/jo.draws.art")
        let site = try #require(run.merges(rule: .sameWebsite).first)
        #expect(site.mergedIDs == ["instagram:jo.draws.art", "youtube:jo.draws"])
        #expect(site.evidence.hasSuffix("share website domain jo-draws.example"))
    }

    @Test func emailOnTwoAccountsOfOnePlatformIsASharedContact() throws {
        let run = try Self.run()
        #expect(
            ["instagram:mgmt.one", "instagram:mgmt.two", "tiktok:mgmt.three"].map(run.person)
                == ["p:instagram:mgmt.one", "p:instagram:mgmt.two", "p:tiktok:mgmt.three"])
        let diagnostics = try String(contentsOfFile: run.layout.diagnostics, encoding: .utf8)
        #expect(diagnostics.contains("shared_contact"))
        #expect(diagnostics.contains(EmailKey.hash("mgmt@agency.example")))
    }

    @Test func neverMergeSplitsAPersonLinkAndAnAccountMerge() throws {
        let before = try Self.run()
        #expect(before.person("tiktok:twin.two") == "p:instagram:twin.one")
        let run = try Self.run(overrides: "overrides_split.csv")
        #expect(run.person("instagram:twin.one") == "p:instagram:twin.one")
        #expect(run.person("tiktok:twin.two") == "p:tiktok:twin.two")
        #expect(run.merges(rule: .sameEmail).allSatisfy { !$0.mergedIDs.contains("tiktok:twin.two") })
        #expect(run.accounts["youtube:oldname"]?.followers == 5000)
        #expect(run.accounts["youtube:newname"]?.followers == 5500)
        let refused = run.merges(rule: .neverMerge)
        #expect(
            refused.map { [$0.keptID] + $0.mergedIDs } == [
                ["youtube:oldname", "youtube:newname"], ["instagram:twin.one", "tiktok:twin.two"],
            ])
        #expect(refused.allSatisfy { $0.evidence.contains("overrides_split.csv:") })
        #expect(refused[1].evidence.contains("(twins, two people)"))
        #expect(run.report("vendor_a.csv").map { [$0.rowsAccepted, $0.rowsMerged] } == [2, 1])
        #expect(run.manifest.totals.creators == 20)
        #expect(run.manifest.totals.people == 16)
        #expect(run.manifest.totals.rowsMerged == 3)
    }

    @Test func alwaysMergeForcesALink() throws {
        let run = try Self.run(overrides: "overrides_force.csv")
        #expect(run.person("instagram:stranger.one") == "p:instagram:stranger.one")
        #expect(run.person("tiktok:stranger.two") == "p:instagram:stranger.one")
        #expect(run.person("youtube:stranger.three") == "p:youtube:stranger.three")
        let forced = try #require(run.merges(rule: .alwaysMerge).first)
        #expect(forced.mergedIDs == ["instagram:stranger.one", "tiktok:stranger.two"])
        #expect(forced.evidence.contains("same person per the agency"))
        #expect(run.manifest.totals.people == 13)
    }

    @Test func shortlistShowsEachPersonOnceWithTheirOtherAccounts() throws {
        let run = try Self.run()
        let table = try IntermediateTable.read(run.layout.shortlists, required: ShortlistCSV.header)
        let (id, other, platform) = (
            table.header.firstIndex(of: "creator_id")!, table.header.firstIndex(of: "other_accounts")!,
            table.header.firstIndex(of: "platform")!
        )
        func rows(_ brief: String) -> [[String]] { table.rows.filter { $0[0] == brief } }
        let any = rows("bread-any")
        #expect(any.map { $0[2] } == ["1", "2", "3"])
        let people = any.map { run.person($0[id]) ?? "" }
        #expect(Set(people).count == 3)
        let sam = try #require(any.first { run.person($0[id]) == "p:instagram:sam.bakes" })
        #expect(
            sam[other]
                == ["instagram:sam.bakes", "tiktok:sambakes_tt", "youtube:sambakes"].filter { $0 != sam[id] }.joined(
                    separator: "|"))
        // The platform filter applies to the account: on a TikTok-only brief Sam is shown by his TikTok account.
        let tiktok = rows("bread-tiktok")
        #expect(tiktok.allSatisfy { $0[platform] == "tiktok" })
        let samOnTikTok = try #require(tiktok.first { $0[id] == "tiktok:sambakes_tt" })
        #expect(samOnTikTok[other] == "instagram:sam.bakes|youtube:sambakes")
        #expect(Set(tiktok.map { run.person($0[id]) ?? "" }).count == tiktok.count)
    }

    @Test func outputsDoNotDependOnThreads() throws {
        let one = try Self.run(threads: 1)
        let four = try Self.run(threads: 4)
        for path in [\RunLayout.shortlists, \.merges, \.accounts] {
            #expect(
                FileManager.default.contents(atPath: one.layout[keyPath: path])
                    == FileManager.default.contents(atPath: four.layout[keyPath: path]))
        }
    }
}

/// The building blocks: union-find, web-site domains, override files, and scale.
struct IdentityPartsTests {
    @Test func unionFindGroupsAndReportsRepeatedUnions() {
        var sets = UnionFind(count: 6)
        #expect(sets.union(0, 3) != nil)
        #expect(sets.union(3, 5) != nil)
        #expect(sets.union(5, 0) == nil)
        #expect(sets.groups() == [[0, 3, 5], [1], [2], [4]])
    }

    @Test func websiteHostsAreNormalisedAndSharedDomainsRejected() {
        #expect(SharedDomains.host(of: "https://WWW.Jo-Draws.example/shop?x=1") == "jo-draws.example")
        #expect(SharedDomains.host(of: "jo-draws.example:8080/about") == "jo-draws.example")
        #expect(SharedDomains.host(of: "mailto:jo@jo-draws.example") == nil)
        #expect(SharedDomains.host(of: "jo@jo-draws.example") == nil)
        #expect(SharedDomains.host(of: "N/A") == nil)
        let shared = Fixtures.reference.linkServices
        #expect(shared.personalDomain("https://linktr.ee/jo") == nil)
        #expect(shared.personalDomain("jo.carrd.co") == nil)
        #expect(shared.personalDomain("https://www.amazon.co.jp/shop/jo") == nil)
        #expect(shared.personalDomain("https://youtube.com/@jo") == nil)
        #expect(shared.personalDomain("https://jo.substack.com") == nil)
        #expect(shared.personalDomain("http://www.jo-draws.example") == "jo-draws.example")
        #expect(shared.personalDomain("https://amazonia-travel.example") == "amazonia-travel.example")
    }

    @Test func overrideFilesNameAccountsInSeveralForms() throws {
        #expect(MergeOverrides.accountID("IG:@Name") == "instagram:name")
        #expect(MergeOverrides.accountID("https://www.tiktok.com/@Some.One?lang=en") == "tiktok:some.one")
        #expect(MergeOverrides.accountID("youtube.com/@Chan") == "youtube:chan")
        #expect(MergeOverrides.accountID("myspace:tom") == nil)
        #expect(MergeOverrides.accountID("tom") == nil)
        let shipped = try MergeOverrides.load(Fixtures.dataDirectory + "/merge_overrides.csv")
        #expect(shipped.never.isEmpty && shipped.always.isEmpty)
        let bad = Fixtures.temporaryFile("action,a,b,note\nmaybe_merge,ig:a,ig:b,\n")
        #expect(
            throws: ScoutError.badReferenceData(
                path: bad, line: 2, reason: "action 'maybe_merge' is not never_merge or always_merge")
        ) {
            try MergeOverrides.load(bad)
        }
    }

    /// 20,000 accounts: 5,000 people on four platforms, linked by e-mail (two platforms) and web site (the
    /// other two) plus one bio link each. The resolver is union-find over keys, so this is near-linear by
    /// construction (no wall-time assertion).
    @Test func twentyThousandAccountsLinkIntoFiveThousandPeople() {
        let platforms: [Platform] = [.instagram, .tiktok, .youtube, .twitch]
        var accounts: [CreatorAccount] = []
        for person in 0..<5000 {
            for (p, platform) in platforms.enumerated() {
                var account = CreatorAccount(platform: platform, handle: "creator\(person)", followers: 1000 + person)
                if p < 2 { account.emailHash = EmailKey.hash("creator\(person)@example.com") }
                if p >= 1 { account.website = "https://www.creator\(person).example/links" }
                if p == 3 { account.bio = "main channel youtube.com/@creator\(person)" }
                account.sources = [SourceRef(file: "synthetic.csv", line: person * 4 + p + 2)]
                accounts.append(account)
            }
        }
        var diagnostics = DiagnosticsCollector()
        let rules = IdentityRules(sharedDomains: Fixtures.reference.linkServices)
        var resolved = AccountDeduplicator().resolve(accounts).accounts
        let links = PersonLinker(rules: rules).link(&resolved, diagnostics: &diagnostics)
        #expect(resolved.count == 20000)
        #expect(Set(resolved.map(\.personID)).count == 5000)
        #expect(resolved.first { $0.id == "twitch:creator42" }?.personID == "p:instagram:creator42")
        #expect(links.count == 15000)  // per person: one e-mail, one web-site and one bio-link row
        #expect(diagnostics.diagnostics.isEmpty)
    }
}
