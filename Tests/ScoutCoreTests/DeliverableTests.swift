import Foundation
import Testing

@testable import ScoutCore

/// The CSV deliverables (BOM, columns), `report.html`, `summary.md`, the summary hook and the terminal progress line.
@Suite(.serialized)
struct DeliverableTests {
    static let bom: [UInt8] = [0xEF, 0xBB, 0xBF]

    @Test func csvDeliverablesStartWithABOMUnlessNoBOMAndStageFilesNever() throws {
        let out = Fixtures.temporaryDirectory()
        let run = try Executables.run(
            "scout", ["run", "--creators", WorkbookTests.creators, "--briefs", WorkbookTests.briefs, "--out", out])
        #expect(run.status == 0, "\(run.stderr)")
        let layout = RunLayout(directory: out)
        let deliverables = [
            layout.shortlists, layout.shortlist(briefID: "summary"), layout.quarantine, layout.merges,
            layout.inauthentic,
        ]
        for path in deliverables {
            #expect(Array(FileManager.default.contents(atPath: path)!.prefix(3)) == Self.bom, "\(path)")
        }
        for path in [layout.ingestRows, layout.accounts, layout.candidates, layout.ingestBriefs] {
            #expect(Array(FileManager.default.contents(atPath: path)!.prefix(3)) != Self.bom, "\(path)")
        }
        // After the BOM the Japanese name is plain UTF-8, the way a spreadsheet decodes it.
        let bytes = FileManager.default.contents(atPath: layout.shortlist(briefID: "summary"))!
        #expect(String(decoding: bytes.dropFirst(3), as: UTF8.self).contains(",佐藤結衣 | Yui Sato,"))

        let machine = Fixtures.temporaryDirectory()
        #expect(
            try Executables.run(
                "scout",
                [
                    "run", "--creators", WorkbookTests.creators, "--briefs", WorkbookTests.briefs,
                    "--out", machine, "--no-bom",
                ]
            ).status == 0)
        let plain = FileManager.default.contents(atPath: RunLayout(directory: machine).shortlists)!
        #expect(Array(plain.prefix(10)) == Array("brief_id,b".utf8))
        #expect(plain == FileManager.default.contents(atPath: layout.shortlists)!.dropFirst(3))
    }

    @Test func csvColumnsFollowTheWorkbookOrder() throws {
        let header = ShortlistCSV.header
        #expect(
            header.prefix(9) == [
                "brief_id", "brand", "rank", "display_name", "handle", "profile_url", "platform", "followers", "tier",
            ])
        #expect(header.contains("price") && header.contains("price_currency") && header.contains("engagement_rate"))
        // Less the brief columns and what the workbook shows through a link or a format, the CSV's columns are the
        // workbook's, in the same order.
        let csv = ShortlistColumn.columns(contact: true, history: true).filter {
            ![.profileURL, .priceCurrency].contains($0)
        }
        #expect(csv == ShortlistColumn.sheetColumns(contact: true, history: true))
        #expect(
            ShortlistColumn.sheetColumns(contact: true, history: true).firstIndex(of: .why)!
                < ShortlistColumn.sheetColumns(contact: true, history: true).firstIndex(of: .niche)!)
    }

    @Test func reportIsOneSelfContainedPage() throws {
        let layout = try WorkbookTests.night()
        let html = try String(contentsOfFile: layout.report, encoding: .utf8)
        #expect(html.hasPrefix("<!doctype html>"))
        #expect(html.contains("Content-Security-Policy\" content=\"default-src 'none'"))
        // Nothing to fetch: no script, stylesheet link, image, font or CSS url; links only to profiles.
        for forbidden in ["<script", "<link", "<img", "<iframe", "src=", "url(", "@import", "@font-face"] {
            #expect(!html.lowercased().contains(forbidden), "\(forbidden)")
        }
        let hrefs = html.components(separatedBy: "href=\"").dropFirst().map { $0.prefix { $0 != "\"" } }
        #expect(hrefs.allSatisfy { $0.hasPrefix("#brief-") || $0.hasPrefix("https://") })
        // The payload display name is text, not markup.
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        // The funnel, the charts, and one card per brief.
        #expect(html.contains("Input funnel") && html.contains("Score distribution") && html.contains("Tier mix"))
        #expect(html.components(separatedBy: "<svg ").count - 1 >= 3 + 4)
        for id in WorkbookTests.briefIDs { #expect(html.contains("id=\"brief-\(id)\""), "\(id)") }
        #expect(html.contains("0 of 5 creators — no creator passed the brief&#39;s filters"))
        #expect(!html.contains("Changes since the last night"))
    }

    @Test func reportAndSummaryShowWhatChangedWhenHistoryIsOn() throws {
        let runs = Fixtures.temporaryDirectory()
        let first = try NightlySupport.night("n1", runs: runs)
        // The first night has nothing to compare with: no list of everyone as "new".
        let firstReport = try String(contentsOfFile: first.runDirectory + "/report.html", encoding: .utf8)
        #expect(firstReport.contains("The first night in the history: nothing to compare with yet."))
        #expect(!(try String(contentsOfFile: first.runDirectory + "/summary.md", encoding: .utf8)).contains("New: "))
        let creators = try NightlySupport.creatorsFile(removing: ["ben.marathon"], in: runs, night: "n2")
        let second = try NightlySupport.night("n2", runs: runs, creators: creators)
        let html = try String(contentsOfFile: second.runDirectory + "/report.html", encoding: .utf8)
        #expect(html.contains("Changes since the last night"))
        #expect(html.contains("instagram:ben.marathon (was #1: not in tonight&#39;s exports)"))
        let summary = try String(contentsOfFile: second.runDirectory + "/summary.md", encoding: .utf8)
        #expect(summary.contains("Dropped: `instagram:ben.marathon` (not in tonight's exports)"))
        let book = try WorkbookTests.readBack(second.runDirectory + "/shortlists.xlsx")
        let briefSheet = try #require(book.sheets.dropFirst().first)
        #expect(briefSheet.column("Change since last night") != nil)
        let summarySheet = try book.sheet("Summary")
        #expect(summarySheet.cells.contains { $0.text == "Dropped" })
    }

    @Test func summaryHasAFewLinesPerBrief() throws {
        let layout = try WorkbookTests.night()
        let text = try String(contentsOfFile: layout.summary, encoding: .utf8)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.first == "# Scout — night of 2026-11-25")
        #expect(text.contains("## summary — Glowlab: 7 of 7"))
        #expect(
            text.contains(
                "## nobody-fits — Glowlab: 0 of 5 (no creator passed the brief's filters; emptied by: fewer followers than min\\_followers)"
            ))
        #expect(text.contains(" · 2. 佐藤結衣 \\| Yui Sato `@yui.derm` Instagram, score"))
        // A display name that is Markdown or HTML is escaped, not rendered.
        #expect(text.contains("\\<script\\>alert(1)\\</script\\>"))
        #expect(!text.contains("<script>"))
        #expect(lines.filter { $0.hasPrefix("## ") }.count == WorkbookTests.briefIDs.count)
    }

    /// Runs `pipelines/send-summary.sh` with stub `mail` and `curl` first on PATH that record their arguments and input.
    static func sendSummary(_ runDirectory: String, environment: [String: String]) throws -> (
        status: Int32, log: String
    ) {
        let stubs = Fixtures.temporaryDirectory()
        let log = stubs + "/calls.log"
        for tool in ["mail", "curl", "sendmail"] {
            let script = "#!/bin/sh\necho \"\(tool) $*\" >> \(log)\ncat >> \(log)\necho >> \(log)\n"
            try script.write(toFile: stubs + "/" + tool, atomically: true, encoding: .utf8)
            chmod(stubs + "/" + tool, 0o755)
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = [
            Fixtures.packageDirectory.appendingPathComponent("pipelines/send-summary.sh").path, runDirectory,
        ]
        var env = ProcessInfo.processInfo.environment
        env["PATH"] = stubs + ":" + (env["PATH"] ?? "/usr/bin:/bin")
        env["SCOUT_SUMMARY_MAILTO"] = nil
        env["SCOUT_SUMMARY_WEBHOOK_URL"] = nil
        for (key, value) in environment { env[key] = value }
        process.environment = env
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return (process.terminationStatus, (try? String(contentsOfFile: log, encoding: .utf8)) ?? "")
    }

    @Test func summaryHookContactsNobodyUnlessConfigured() throws {
        let layout = try WorkbookTests.night()
        let quiet = try Self.sendSummary(layout.directory, environment: [:])
        #expect(quiet.status == 0 && quiet.log.isEmpty)
        let mailed = try Self.sendSummary(
            layout.directory, environment: ["SCOUT_SUMMARY_MAILTO": "planners@agency.example"])
        #expect(mailed.status == 0)
        #expect(
            mailed.log.hasPrefix(
                "mail -s Scout — night of 2026-11-25 planners@agency.example\n# Scout — night of 2026-11-25"))
        let posted = try Self.sendSummary(
            layout.directory, environment: ["SCOUT_SUMMARY_WEBHOOK_URL": "http://127.0.0.1:9/hook"])
        #expect(posted.status == 0)
        #expect(posted.log.contains("http://127.0.0.1:9/hook"))
        let body = try #require(posted.log.split(separator: "\n").first { $0.hasPrefix("{\"text\": ") })
        let decoded = try JSONSerialization.jsonObject(with: Data(body.utf8)) as? [String: String]
        #expect(decoded?["text"] == (try String(contentsOfFile: layout.summary, encoding: .utf8)))
        let missing = try Self.sendSummary(
            Fixtures.temporaryDirectory(), environment: ["SCOUT_SUMMARY_MAILTO": "x@y.example"])
        #expect(missing.status == 1 && missing.log.isEmpty)
    }

    @Test func progressLineOnlyOnATerminal() throws {
        let quiet = Fixtures.temporaryDirectory()
        let piped = try Executables.run(
            "scout", ["run", "--creators", WorkbookTests.creators, "--briefs", WorkbookTests.briefs, "--out", quiet])
        #expect(piped.status == 0)
        #expect(!piped.stderr.contains("\r") && !piped.stderr.contains("[1/4]"))
        // Under a pseudo-terminal (util-linux `script`), the stages and their counters are drawn in place.
        let out = Fixtures.temporaryDirectory()
        let command = [
            Executables.binDirectory + "/scout", "run", "--creators", WorkbookTests.creators, "--briefs",
            WorkbookTests.briefs,
            "--out", out, "--threads", "1",
        ].map { "'" + $0 + "'" }.joined(separator: " ")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
        process.arguments = ["-qec", command, "/dev/null"]
        var env = ProcessInfo.processInfo.environment
        env["SCOUT_DATA"] = Fixtures.dataDirectory
        process.environment = env
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let screen = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(screen)")
        for stage in [
            "\rscout: [1/4] ingest", "\rscout: [2/4] normalize", "\rscout: [3/4] score", "\rscout: [4/4] shortlist",
        ] {
            #expect(screen.contains(stage), "\(stage)")
        }
        #expect(screen.contains("5 of 5 briefs scored"))
        // The outputs do not depend on it.
        #expect(
            FileManager.default.contents(atPath: out + "/shortlists.csv")
                == FileManager.default.contents(atPath: quiet + "/shortlists.csv"))
    }
}
