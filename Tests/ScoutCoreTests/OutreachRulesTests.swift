import Foundation
import Testing

@testable import ScoutCore

/// Outreach statuses and the do-not-contact list act before the top K is chosen: the rules and their windows, one
/// person's accounts together, bad files, and every entry point giving the same refilled lists.
@Suite struct OutreachRulesTests {
    /// `yyyy-mm-dd` of a day number (days since 1970-01-01): the inverse of `OutreachStatuses.dayNumber`.
    static func iso(_ day: Int) -> String {
        let z = day + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        let y = yoe + era * 400 + (m <= 2 ? 1 : 0)
        func pad(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
        return "\(y)-\(pad(m))-\(pad(d))"
    }

    @Test func dayNumbersCountFromTheEpoch() {
        #expect(OutreachStatuses.dayNumber("1970-01-01") == 0)
        #expect(OutreachStatuses.dayNumber("2000-03-01") == 11_017)
        #expect(OutreachStatuses.dayNumber("2026-12-01")! - OutreachStatuses.dayNumber("2026-11-01")! == 30)
        for day in [0, 11_016, 11_017, 20_423, 20_788] { #expect(OutreachStatuses.dayNumber(Self.iso(day)) == day) }
    }

    /// The reason the rules keep `account` off `brief`, or nil.
    static func reason(
        _ statuses: String, brief: Brief,
        account: CreatorAccount = CreatorAccount(platform: .instagram, handle: "ana", followers: 9000),
        today: String = "2026-12-01"
    ) throws -> String? {
        let rules = OutreachRules(
            doNotContact: nil,
            statuses: try OutreachStatuses.load(
                Fixtures.temporaryFile(
                    "creator,brand,brief_id,status,date,note\n" + statuses, name: "statuses.csv")), today: today)
        return rules.blocked(briefs: [brief], accounts: [account], order: [0])[0][0]
    }

    @Test func rulesAndTheirDefaultWindows() throws {
        var glow = Brief(id: "glow-1", brand: "Glowlab")
        glow.exclude = ["Sunveil", "@sunveil.official"]
        // declined: 180 days.
        #expect(
            try Self.reason("instagram:ana,Glowlab,,declined,2026-09-01,not now\n", brief: glow)
                == "declined Glowlab on 2026-09-01: not now (not pitched again for 180 days)")
        #expect(try Self.reason("instagram:ana,Glowlab,,declined,2026-05-01,\n", brief: glow) == nil)
        // A declined for another brand says nothing about this one.
        #expect(try Self.reason("instagram:ana,Stride,,declined,2026-11-01,\n", brief: glow) == nil)
        // pitched without a reply: 30 days; a reply after the pitch lists the creator again.
        #expect(
            try Self.reason("instagram:ana,glow lab,,pitched,2026-11-20,\n", brief: glow)?.hasPrefix(
                "pitched for Glowlab on 2026-11-20, no reply yet") == true)
        #expect(try Self.reason("instagram:ana,Glowlab,,pitched,2026-10-20,\n", brief: glow) == nil)
        #expect(
            try Self.reason(
                "instagram:ana,Glowlab,,pitched,2026-11-20,\ninstagram:ana,Glowlab,,replied,2026-11-22,\n", brief: glow)
                == nil)
        // booked or completed with a competitor (a brand in `exclude`): 90 days; with an unrelated brand: nothing.
        #expect(
            try Self.reason("instagram:ana,Sunveil,,booked,2026-11-03,\n", brief: glow)
                == "booked with Sunveil on 2026-11-03, a competitor of Glowlab (conflict for 90 days)")
        #expect(try Self.reason("instagram:ana,SUNVEIL,,completed,2026-06-03,\n", brief: glow) == nil)
        #expect(try Self.reason("instagram:ana,Northpeak,,booked,2026-11-03,\n", brief: glow) == nil)
        // do_not_contact: every brand, no date needed; a bare @handle names the handle on every platform.
        #expect(try Self.reason("@ana,,,do_not_contact,,moved agency\n", brief: glow) == "do not contact: moved agency")
        #expect(try Self.reason("tiktok:ana,,,do_not_contact,,\n", brief: glow) == nil)
        // A status for the brief itself (no brand) counts as for its brand.
        #expect(try Self.reason("https://www.instagram.com/ana/,,glow-1,declined,2026-11-01,\n", brief: glow) != nil)
        #expect(try Self.reason("instagram:ana,,glow-2,declined,2026-11-01,\n", brief: glow) == nil)
    }

    @Test func aBriefOverridesTheWindows() throws {
        var brief = Brief(id: "b", brand: "Glowlab")
        brief.declinedDays = 365
        brief.pitchedDays = 5
        brief.conflictDays = 0
        brief.exclude = ["Sunveil"]
        #expect(
            try Self.reason("instagram:ana,Glowlab,,declined,2026-05-01,\n", brief: brief)?.contains("365 days") == true
        )
        #expect(try Self.reason("instagram:ana,Glowlab,,pitched,2026-11-20,\n", brief: brief) == nil)
        #expect(try Self.reason("instagram:ana,Sunveil,,booked,2026-11-30,\n", brief: brief) == nil)
        // The brief columns are read and validated.
        let briefs = Fixtures.temporaryFile(
            "brief_id,brand,declined_days,pitched_days,conflict_days\nb,Glowlab,365,5,0\n", name: "briefs.csv")
        var diagnostics = DiagnosticsCollector()
        let read = try BriefReader(taxonomy: Fixtures.reference.taxonomy).read(briefs, diagnostics: &diagnostics)
            .briefs[0]
        #expect(read.declinedDays == 365 && read.pitchedDays == 5 && read.conflictDays == 0)
        let bad = Fixtures.temporaryFile("brief_id,brand,pitched_days\nb,Glowlab,soon\n", name: "briefs.csv")
        #expect(throws: ScoutError.self) {
            try BriefReader(taxonomy: Fixtures.reference.taxonomy).read(bad, diagnostics: &diagnostics)
        }
    }

    /// A status or a do-not-contact entry about one account keeps every account of that person off.
    @Test func oneAccountsStatusCoversThePerson() throws {
        var instagram = CreatorAccount(platform: .instagram, handle: "ana", followers: 9000)
        var tiktok = CreatorAccount(platform: .tiktok, handle: "ana.cooks", followers: 12000)
        instagram.personID = "p1"
        tiktok.personID = "p1"
        let other = CreatorAccount(platform: .youtube, handle: "ben", followers: 5000)
        var list = DoNotContactList()
        list.add("instagram:ana", reason: "asked")
        let rules = OutreachRules(doNotContact: list, statuses: nil, today: "2026-12-01")
        let blocked = rules.blocked(
            briefs: [Brief(id: "b", brand: "B")], accounts: [instagram, tiktok, other], order: [0, 1, 2])[0]
        #expect(blocked == [0: "asked", 1: "asked (same person as instagram:ana)"])
    }

    @Test func aBadStatusesFileNamesLineAndColumn() throws {
        let path = Fixtures.temporaryFile(
            "creator,brand,status,date\ninstagram:ana,Glowlab,pitched,2026-11-01\ninstagram:ben,Glowlab,maybe,2026-11-01\n",
            name: "statuses.csv")
        #expect(
            throws: ScoutError.badListRow(
                path: path, line: 3, column: 3,
                reason:
                    "bad status field status: 'maybe' is not one of pitched, replied, declined, booked, completed, do_not_contact"
            )
        ) {
            try OutreachStatuses.load(path)
        }
        let undated = Fixtures.temporaryFile("creator,status,date\ninstagram:ana,declined,soon\n", name: "statuses.csv")
        #expect(
            throws: ScoutError.badListRow(
                path: undated, line: 2, column: 3,
                reason: "bad status field date: 'soon' is not a date (write 2026-11-30)")
        ) {
            try OutreachStatuses.load(undated)
        }
        let noStatus = Fixtures.temporaryFile("creator,brand\ninstagram:ana,Glowlab\n", name: "statuses.csv")
        #expect(throws: ScoutError.self) { try OutreachStatuses.load(noStatus) }
        // The command line: exit 1 before any stage runs, naming the file, line and column.
        let out = Fixtures.temporaryDirectory()
        let run = try Executables.run(
            "scout",
            ["run", "--creators", Self.sampleCreators, "--briefs", Self.sampleBriefs, "--statuses", path, "--out", out])
        #expect(run.status == 1)
        #expect(run.stderr.contains("statuses.csv:3:3: bad status field status: 'maybe'"))
        #expect(!FileManager.default.fileExists(atPath: out + "/stages"))
    }

    static var sampleCreators: String { Fixtures.dataDirectory + "/sample/creators" }
    static var sampleBriefs: String { Fixtures.dataDirectory + "/sample/briefs.csv" }

    /// The Done-when night: on the sample, VoltLab's first creator declined VoltLab, its second is do-not-contact,
    /// and Glowlab's first booked with Sunveil (Glowlab's competitor). The lists come back full, without them, the
    /// next creators moved up; excluded.csv says why.
    @Test func theSampleRefillsItsListsBeforeTheTopK() throws {
        func shortlists(_ out: String) throws -> [String: [String]] {
            Dictionary(grouping: try PipelineTests.table(out + "/shortlists.csv"), by: { $0["brief_id"]! }).mapValues {
                $0.map { $0["creator_id"]! }
            }
        }
        // Without statuses, with room for two more on VoltLab's list (and the same budget per creator, which the
        // commercial component reads): what the list should refill from.
        let roomy = Fixtures.temporaryFile(
            try String(contentsOfFile: Self.sampleBriefs, encoding: .utf8)
                .replacingOccurrences(of: ",20000,USD,20,", with: ",22000,USD,22,"), name: "briefs.csv")
        let plainOut = Fixtures.temporaryDirectory()
        _ = try ScoutPipeline.run(
            PipelineOptions(
                creators: [Self.sampleCreators], briefs: roomy, outputDirectory: plainOut,
                dataDirectory: Fixtures.dataDirectory))
        let plain = try shortlists(plainOut)
        let volt = try #require(plain["voltlab-gadgets"])
        let glow = try #require(plain["glowlab-spf-launch"])
        #expect(volt.count == 22)
        let statuses = Self.statuses(declined: volt[0], doNotContact: volt[1], bookedWithCompetitor: glow[0])
        var options = PipelineOptions(
            creators: [Self.sampleCreators], briefs: Self.sampleBriefs, outputDirectory: Fixtures.temporaryDirectory(),
            dataDirectory: Fixtures.dataDirectory)
        options.score.statuses = statuses
        options.score.asOf = "2026-12-01"
        let output = try ScoutPipeline.run(options)
        let listed = try shortlists(options.layout.directory)
        #expect(listed["voltlab-gadgets"] == Array(volt[2..<22]))
        #expect(listed["glowlab-spf-launch"]?.contains(glow[0]) == false)
        #expect(listed["glowlab-spf-launch"]?.first == glow[1])
        let excluded = try PipelineTests.table(options.layout.directory + "/excluded.csv")
        let reasons = Dictionary(
            excluded.map { ($0["brief_id"]! + " " + $0["creator_id"]!, $0["reason"]!) }, uniquingKeysWith: { a, _ in a }
        )
        #expect(reasons["voltlab-gadgets \(volt[0])"]?.hasPrefix("declined VoltLab on 2026-11-01") == true)
        #expect(reasons["voltlab-gadgets \(volt[1])"]?.hasPrefix("do not contact") == true)
        #expect(reasons["glowlab-spf-launch \(glow[0])"]?.contains("a competitor of Glowlab") == true)
        #expect(excluded.first { $0["creator_id"] == volt[1] }?["rank_before_exclusion"] == "2")
        let funnel = try #require(output.manifest.briefs.first(where: { $0.id == "voltlab-gadgets" })?.funnel)
        #expect(funnel.doNotContact == 2)
        // The morning's readers see it too, though the list is full.
        let summary = try String(contentsOfFile: options.layout.directory + "/summary.md", encoding: .utf8)
        #expect(
            summary.contains("Kept off by outreach statuses or do-not-contact: 2; the next moved up (excluded.csv)"))
        let report = try String(contentsOfFile: options.layout.directory + "/report.html", encoding: .utf8)
        #expect(report.contains("20 of 20 creators · 2 kept off by outreach statuses or do-not-contact (excluded.csv)"))
        #expect(output.manifest.briefs.first(where: { $0.id == "voltlab-gadgets" })?.shortlisted == 20)
    }

    /// A statuses file naming three creators (as in `theSampleRefillsItsListsBeforeTheTopK`).
    static func statuses(declined: String, doNotContact: String, bookedWithCompetitor: String) -> String {
        Fixtures.temporaryFile(
            """
            creator,brand,brief_id,status,date,note
            \(declined),VoltLab,,declined,2026-11-01,not this quarter
            \(doNotContact),,,do_not_contact,2026-11-12,asked not to be contacted
            \(bookedWithCompetitor),Sunveil,,booked,2026-11-20,summer campaign

            """, name: "statuses.csv")
    }

    /// `scout run`, `scout nightly`, the four stage executables and `pipelines/nightly.sh --sample --out` honour the
    /// same statuses and write the same shortlists and excluded.csv (`--sample` also reads the sample's
    /// relationships file, which the others are given).
    @Test func everyEntryPointHonoursTheStatuses() throws {
        let statuses = Self.statuses(
            declined: "youtube:freya.unbox", doNotContact: "tiktok:hayes.tessa",
            bookedWithCompetitor: "tiktok:hina_kobayashi")
        let sample = ["--creators", Self.sampleCreators, "--briefs", Self.sampleBriefs]
        // `nightly.sh --sample` also reads the sample's relationships file.
        let relationships = ["--relationships", Fixtures.dataDirectory + "/sample/relationships.csv"]
        let run = try EntryPoints.expectSameNight(
            sample, score: ["--statuses", statuses, "--as-of", "2026-12-01"] + relationships,
            script: ["--sample", "--statuses", statuses, "--as-of", "2026-12-01"],
            compare: ["shortlists.csv", "excluded.csv"])
        #expect(try PipelineTests.table(run + "/excluded.csv").count == 3)
    }

    /// The sample's own statuses file (what the Quick start night reads) loads and keeps creators off.
    @Test func theSampleStatusesFileShowsEachRule() throws {
        let statuses = try OutreachStatuses.load(Fixtures.dataDirectory + "/sample/statuses.csv")
        #expect(Set(statuses.records.map(\.status)).isSuperset(of: [.declined, .pitched, .booked, .doNotContact]))
    }
}
