import Foundation
import Testing

@testable import ScoutCore

/// Relationships ("start close to home"): the file, the brief columns, and the boost in both scoring paths.
struct RelationshipsTests {
    /// A relationships file for a synthetic night (`ScoringEngineTests.night`): every relationship, for the briefs'
    /// brands (folded differently) and a brand no brief has, by account id or bare handle.
    static func relationships(_ accounts: [CreatorAccount], briefs: Int, seed: UInt64) -> Relationships {
        var r = ScoringEngineTests.SeededRandom(state: seed)
        var records: [RelationshipRecord] = []
        for line in 2..<(2 + accounts.count) {
            let account = r.pick(accounts)
            let reference = r.chance(0.8) ? "\(account.platform.rawValue):\(account.handle)" : "@" + account.handle
            let brand =
                r.chance(0.1)
                ? "Nobody Inc" : r.chance(0.5) ? "Brand \(r.int(0..<briefs))" : "brand\(r.int(0..<briefs))"
            records.append(
                RelationshipRecord(
                    creator: CreatorReference(reference)!, brand: brand, relationship: r.pick(Relationship.allCases),
                    line: line))
        }
        return Relationships(records: records)
    }

    /// The synthetic night's briefs, two in three preferring relationships (some with their own boost).
    static func preferring(_ briefs: [Brief]) -> [Brief] {
        briefs.enumerated().map { b, brief in
            var brief = brief
            if b % 3 != 0 { brief.relationshipMode = .prefer }
            if b % 3 == 2 { brief.relationshipBoost = [0.02, 0.25, 1, 0][b % 4] }
            return brief
        }
    }

    static func result(
        _ briefs: [Brief], _ accounts: [CreatorAccount], exhaustive: Bool, threads: Int, outreach: OutreachRules? = nil,
        relationships: Relationships?, outcomes: Outcomes? = nil
    ) -> ScoringResult {
        var diagnostics = DiagnosticsCollector()
        return ScoringEngine(
            model: MatchModel(reference: Fixtures.reference), threads: threads, exhaustive: exhaustive,
            outreach: outreach,
            relationships: relationships, outcomes: outcomes
        )
        .score(briefs: briefs, accounts: accounts, diagnostics: &diagnostics)
    }

    /// Pruned == exhaustive (lists, scores, why, funnels) with relationship boosts, for 1 and 3 threads, with and
    /// without outreach rules; the boost changes some lists and every boosted creator's why names the relationship.
    @Test func relationshipBoostsKeepPrunedEqualToExhaustiveForAnyThreads() {
        let (plainBriefs, accounts) = ScoringEngineTests.night(creators: 2500, briefs: 45, seed: 41)
        let briefs = Self.preferring(plainBriefs)
        let related = Self.relationships(accounts, briefs: 45, seed: 43)
        let rules = ScoringEngineTests.outreach(accounts, briefs: 45, seed: 47)
        for outreach in [nil, rules] {
            let exhaustive = Self.result(
                briefs, accounts, exhaustive: true, threads: 2, outreach: outreach, relationships: related)
            let pruned = Self.result(
                briefs, accounts, exhaustive: false, threads: 3, outreach: outreach, relationships: related)
            let single = Self.result(
                briefs, accounts, exhaustive: false, threads: 1, outreach: outreach, relationships: related)
            #expect(pruned.shortlists == exhaustive.shortlists && pruned.shortlists == single.shortlists)
            #expect(pruned.funnels == exhaustive.funnels)
            #expect(pruned.excluded == exhaustive.excluded)
        }
        let boosted = Self.result(briefs, accounts, exhaustive: false, threads: 2, relationships: related)
        let plain = Self.result(briefs, accounts, exhaustive: false, threads: 2, relationships: nil)
        // Briefs that do not prefer relationships are untouched, bit for bit.
        for b in briefs.indices where briefs[b].relationshipMode == nil {
            #expect(boosted.shortlists[b] == plain.shortlists[b])
        }
        let changed = briefs.indices.filter {
            boosted.shortlists[$0].map(\.accountID) != plain.shortlists[$0].map(\.accountID)
        }
        #expect(changed.count > 5, "the boost should change some lists")
        let order = accounts.indices.sorted { accounts[$0].id < accounts[$1].id }
        let map = related.related(briefs: briefs, accounts: accounts, order: order)
        var named = 0
        for b in briefs.indices {
            let ids = Set(map[b].keys.map { accounts[order[Int($0)]].id })
            for row in boosted.shortlists[b] where ids.contains(row.accountID) {
                #expect(row.why.contains("relationship boost"), "\(row.accountID) on \(briefs[b].id): \(row.why)")
                named += 1
            }
            for row in boosted.shortlists[b] where !ids.contains(row.accountID) {
                #expect(!row.why.contains("relationship boost"))
            }
        }
        #expect(named > 20)
    }

    /// Done when: an employee with a weaker engagement profile appears in a brief that prefers relationships, with
    /// why "employee"; without the preference (or without the file) they are not on the list.
    @Test func anEmployeeWithWeakerEngagementMakesAPreferringBrief() throws {
        var accounts = OutcomesTests.skincareCreators(step: 0.002)
        var employee = CreatorAccount(platform: .tiktok, handle: "mia.at.glowlab", followers: 20_000)
        employee.niches = ["skincare"]
        employee.country = "US"
        employee.language = "en"
        employee.statedEngagementRate = 0.012
        accounts.append(employee)
        var brief = Brief(id: "glow", brand: "Glowlab")
        brief.niches = ["skincare"]
        brief.shortlistSize = 3
        let file = Fixtures.temporaryFile(
            "creator,brand,relationship\nhttps://www.tiktok.com/@mia.at.glowlab,GlowLab,employee\n@glow5,Sunveil,customer\n",
            name: "relationships.csv")
        let relationships = try Relationships.load(file)
        let without = Self.result([brief], accounts, exhaustive: false, threads: 1, relationships: relationships)
            .shortlists[0]
        #expect(!without.map(\.accountID).contains("tiktok:mia.at.glowlab"))
        brief.relationshipMode = .prefer
        for exhaustive in [false, true] {
            let list = Self.result([brief], accounts, exhaustive: exhaustive, threads: 2, relationships: relationships)
                .shortlists[0]
            let row = try #require(list.first { $0.accountID == "tiktok:mia.at.glowlab" })
            #expect(row.why.hasPrefix("Glowlab employee (+0.10 relationship boost); "), "\(row.why)")
            #expect(
                row.components.engagement < list.filter { $0.accountID != row.accountID }.map(\.components.engagement)
                    .min()!)
            #expect(list.count == 3)
        }
    }

    /// Header aliases, bare handles and profile URLs; a bad relationship names file, line and column.
    @Test func fileReadsAliasesAndRejectsBadRowsWithLineAndColumn() throws {
        let good = Fixtures.temporaryFile(
            "Influencer,Client,Relationship\ninstagram:ana,Glowlab,Customer\n@bo,Verde Mesa,roster\n", name: "rel.csv")
        let read = try Relationships.load(good)
        #expect(read.records.map(\.relationship) == [.customer, .roster])
        #expect(read.records[1].creator.accountID == nil && read.records[1].creator.handle == "bo")
        let bad = Fixtures.temporaryFile(
            "creator,brand,relationship\ninstagram:ana,Glowlab,employee\ninstagram:bo,Glowlab,friend\n", name: "bad.csv"
        )
        #expect {
            try Relationships.load(bad)
        } throws: { error in
            "\(error)".contains("bad.csv:3:3")
                && "\(error)".contains("'friend' is not one of employee, customer, ambassador, affiliate, roster")
        }
        let noBrand = Fixtures.temporaryFile(
            "creator,brand,relationship\ninstagram:ana,,employee\n", name: "nobrand.csv")
        #expect(throws: ScoutError.self) { try Relationships.load(noBrand) }
        let noColumn = Fixtures.temporaryFile("creator,brand\ninstagram:ana,Glowlab\n", name: "nocolumn.csv")
        #expect(throws: ScoutError.self) { try Relationships.load(noColumn) }
    }

    /// The brief columns: read, validated, and written to the stage file only when a brief sets them.
    @Test func briefColumnsRoundTripThroughTheStageFile() throws {
        var diagnostics = DiagnosticsCollector()
        let path = Fixtures.temporaryFile(
            "brief_id,brand,relationship_mode,relationship_boost\na,Glowlab,Prefer,0.2\nb,Verde,,\n", name: "briefs.csv"
        )
        let briefs = try BriefReader(taxonomy: Fixtures.reference.taxonomy).read(path, diagnostics: &diagnostics).briefs
        #expect(briefs[0].relationshipMode == .prefer && briefs[0].relationshipBoost == 0.2)
        #expect(briefs[1].relationshipMode == nil && briefs[1].relationshipBoost == nil)
        let stage = Fixtures.temporaryFile("", name: "stage-briefs.csv")
        try BriefCodec.write(briefs, to: stage)
        let back = try BriefCodec.read(stage, taxonomy: Fixtures.reference.taxonomy)
        #expect(
            back.map(\.relationshipMode) == briefs.map(\.relationshipMode)
                && back.map(\.relationshipBoost) == briefs.map(\.relationshipBoost))
        try BriefCodec.write([briefs[1]], to: stage)
        #expect(!(try String(contentsOfFile: stage, encoding: .utf8)).contains("relationship"))
        Self.expectRejected([
            ("relationship_mode", "always"), ("relationship_boost", "2"), ("relationship_boost", "lots"),
        ])
    }

    /// Each (column, value) alone in a one-brief file fails the read (`ScoutError.badBrief`).
    static func expectRejected(_ values: [(column: String, value: String)]) {
        var diagnostics = DiagnosticsCollector()
        for (column, value) in values {
            let bad = Fixtures.temporaryFile("brief_id,brand,\(column)\na,Glowlab,\(value)\n", name: "bad-briefs.csv")
            #expect(throws: ScoutError.self, "\(column) = \(value)") {
                try BriefReader(taxonomy: Fixtures.reference.taxonomy).read(bad, diagnostics: &diagnostics)
            }
        }
    }
}

extension RelationshipsTests {
    /// The sharded-night fixture with relationships (accounts in several ingest shards, a bare handle, brands folded
    /// differently) and briefs that prefer them: N shards write exactly what one process writes, and the boost shows.
    @Test(arguments: [1, 3, 7]) func shardedNightsWithRelationshipsEqualOneProcess(shards: Int) throws {
        let briefsText = try String(
            contentsOfFile: Fixtures.path(ShardedNightTests.fixture + "/briefs.csv"), encoding: .utf8)
        let lines = briefsText.split(separator: "\n").enumerated().map { i, line in
            i == 0
                ? line + ",relationship_mode,relationship_boost"
                : line + (i % 2 == 1 ? ",prefer," : i == 4 ? ",prefer,0.5" : ",,")
        }
        let briefs = Fixtures.temporaryFile(lines.joined(separator: "\n") + "\n", name: "briefs.csv")
        let relationships = Fixtures.temporaryFile(
            """
            creator,brand,relationship
            instagram:vg.es6,verde mesa,employee
            @vg.mx3,Verde Mesa,customer
            tiktok:sambakes_tt,Crumb,ambassador
            instagram:stranger.one,INKWELL,affiliate
            tiktok:lufer,Pixel,roster
            instagram:mgmt.two,Roam,customer

            """, name: "relationships.csv")
        let directory = try ShardedNight.expectSameAsOneProcess(shards: shards) { options in
            options.ingest.briefs = briefs
            options.score.relationships = relationships
        }
        let rows = try PipelineTests.table(directory + "/shortlists.csv")
        // vg.mx3 (a bare handle) is a customer of Verde Mesa, whose vegan-cap and vegan-mix briefs prefer relationships.
        let boosted = rows.filter { $0["why"]!.contains("relationship boost") }.map {
            $0["brief_id"]! + " " + $0["handle"]! + " " + $0["why"]!
        }
        #expect(
            boosted.contains { $0.hasPrefix("vegan-cap vg.mx3 Verde Mesa customer (+0.10 relationship boost); ") },
            "\(boosted)")
        #expect(
            boosted.contains { $0.hasPrefix("vegan-mix vg.mx3 Verde Mesa customer (+0.10 relationship boost); ") },
            "\(boosted)")
    }
}

extension RelationshipsTests {
    /// The sample's briefs with Glowlab's preferring relationships, and a relationships file naming two creators who
    /// miss Glowlab's 12-long list without it (the only two of its 14 candidates who do) and BrewCraft's #1 (whose brief
    /// does not prefer relationships, so nothing changes there).
    static func sampleNight() throws -> (briefs: String, relationships: String) {
        let text = try String(contentsOfFile: OutreachRulesTests.sampleBriefs, encoding: .utf8)
        // The sample's own `relationship_mode` (its last column) replaced: only Glowlab prefers here.
        let lines = text.split(separator: "\n").enumerated().map { i, whole in
            let line = whole[..<whole.lastIndex(of: ",")!]
            return i == 0 ? line + ",relationship_mode" : line + (line.hasPrefix("glowlab") ? ",prefer" : ",")
        }
        let briefs = Fixtures.temporaryFile(lines.joined(separator: "\n") + "\n", name: "briefs.csv")
        let relationships = Fixtures.temporaryFile(
            """
            creator,brand,relationship
            instagram:riko_mua,Glowlab,employee
            https://www.tiktok.com/@theglamsakura,Glowlab,customer
            @harper_coffee,BrewCraft,ambassador

            """, name: "relationships.csv")
        return (briefs, relationships)
    }

    /// `scout run`, `scout nightly`, the stage executables and `pipelines/nightly.sh --out` read the same file and
    /// write the same shortlists; Glowlab's list takes the employee and the customer, with why saying so; a bad
    /// file fails with exit 1 and file:line:column before anything is written.
    @Test func everyEntryPointHonoursTheRelationships() throws {
        let (briefs, relationships) = try Self.sampleNight()
        let sample = ["--creators", OutreachRulesTests.sampleCreators, "--briefs", briefs]
        let run = try EntryPoints.expectSameNight(sample, score: ["--relationships", relationships])
        let rows = try PipelineTests.table(run + "/shortlists.csv")
        let glow = rows.filter { $0["brief_id"] == "glowlab-spf-launch" }
        #expect(glow.count == 12)
        #expect(
            glow.first { $0["creator_id"] == "instagram:riko_mua" }?["why"]?.hasPrefix(
                "Glowlab employee (+0.10 relationship boost); ") == true)
        #expect(
            glow.first { $0["creator_id"] == "tiktok:theglamsakura" }?["why"]?.hasPrefix(
                "Glowlab customer (+0.10 relationship boost); ") == true)
        #expect(!rows.contains { $0["brief_id"] != "glowlab-spf-launch" && $0["why"]!.contains("relationship") })
        // Without the file the same briefs list neither.
        let plain = Fixtures.temporaryDirectory() + "/night"
        #expect(try Executables.run("scout", ["run"] + sample + ["--out", plain]).status == 0)
        let plainGlow = try PipelineTests.table(plain + "/shortlists.csv").filter {
            $0["brief_id"] == "glowlab-spf-launch"
        }.map { $0["creator_id"]! }
        #expect(
            !plainGlow.contains("instagram:riko_mua") && !plainGlow.contains("tiktok:theglamsakura")
                && plainGlow.count == 12)
        // A bad row: exit 1, nothing written.
        let bad = Fixtures.temporaryFile(
            "creator,brand,relationship\ninstagram:riko_mua,Glowlab,cousin\n", name: "relationships.csv")
        try EntryPoints.expectRejected(
            sample, score: ["--relationships", bad],
            message: "relationships.csv:2:3: bad relationship field relationship: 'cousin'")
    }
}
