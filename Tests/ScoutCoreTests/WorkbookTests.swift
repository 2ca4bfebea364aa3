import Foundation
import Testing

@testable import ScoutCore

/// `shortlists.xlsx` read back with openpyxl (PyPI; `Tests/run.sh` installs it into `.build/test-python`) and its
/// zip, against `shortlists.csv` of the same night (`Tests/Fixtures/workbook`).
@Suite(.serialized)
struct WorkbookTests {
    static let creators = Fixtures.path("workbook/creators.csv")
    static let briefs = Fixtures.path("workbook/briefs.csv")

    /// A night of the workbook fixture in `directory/name` (the folder's name is the night's name).
    static func night(
        name: String = "2026-11-25", in directory: String = Fixtures.temporaryDirectory(), threads: Int? = nil,
        includeContact: Bool = false
    ) throws -> RunLayout {
        var options = PipelineOptions(
            creators: [creators], briefs: briefs, outputDirectory: directory + "/" + name,
            dataDirectory: Fixtures.dataDirectory)
        options.threads = threads
        options.shortlist.includeContact = includeContact
        _ = try ScoutPipeline.run(options)
        return options.layout
    }

    /// One cell as openpyxl sees it.
    struct Cell {
        var row: Int, column: Int
        var value: Any
        var type: String
        var format: String
        var link: String?
        var text: String? { value as? String }
        var number: Double? { type == "n" ? (value as? NSNumber)?.doubleValue : nil }
    }

    struct Sheet {
        var name: String
        var info: [String: Any]
        var cells: [Cell]
        func cell(_ row: Int, _ column: Int) -> Cell? { cells.first { $0.row == row && $0.column == column } }
        /// The header row's titles, by column (1-based).
        var header: [String] { cells.filter { $0.row == 1 }.sorted { $0.column < $1.column }.compactMap(\.text) }
        func column(_ title: String) -> Int? { header.firstIndex(of: title).map { $0 + 1 } }
        /// Data rows: those whose first cell (Rank) is a number.
        var dataRows: [Int] { cells.filter { $0.column == 1 && $0.row > 1 && $0.number != nil }.map(\.row).sorted() }
    }

    struct ReadBack {
        var sheets: [Sheet]
        var charts: [String: [String]]
        var formulaSheets: [String]
        func sheet(_ name: String) throws -> Sheet {
            try #require(sheets.first { $0.name == name }, "no sheet \(name)")
        }
    }

    /// The python with openpyxl: `SCOUT_TEST_PYTHON`, else the venv `Tests/run.sh` makes.
    static var python: String {
        ProcessInfo.processInfo.environment["SCOUT_TEST_PYTHON"]
            ?? Fixtures.packageDirectory.appendingPathComponent(".build/test-python/bin/python").path
    }

    static func readBack(_ path: String) throws -> ReadBack {
        guard FileManager.default.isExecutableFile(atPath: python) else {
            Issue.record(
                "no python with openpyxl at \(python): run Tests/run.sh once (it installs openpyxl into .build/test-python)"
            )
            throw CocoaError(.fileNoSuchFile)
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = [
            Fixtures.packageDirectory.appendingPathComponent("Tests/Support/read_workbook.py").path, path,
        ]
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        let problems = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "read_workbook.py: \(problems)")
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let sheets = (json["sheets"] as? [[String: Any]] ?? []).map { sheet in
            Sheet(
                name: sheet["name"] as? String ?? "", info: sheet,
                cells: (sheet["cells"] as? [[Any]] ?? []).map { c in
                    Cell(
                        row: (c[0] as? Int) ?? 0, column: (c[1] as? Int) ?? 0, value: c[2], type: c[3] as? String ?? "",
                        format: c[4] as? String ?? "", link: c[5] as? String)
                })
        }
        return ReadBack(
            sheets: sheets, charts: json["charts"] as? [String: [String]] ?? [:],
            formulaSheets: json["formula_sheets"] as? [String] ?? [])
    }

    /// `shortlists.csv` rows of one brief, by column name (read as the CSV deliverable is: BOM, then RFC 4180).
    static func csvRows(_ layout: RunLayout, brief: String) throws -> [[String: String]] {
        try PipelineTests.table(layout.shortlists).filter { $0["brief_id"] == brief }
    }

    /// The names the fixture's briefs get, in brief order.
    static let briefSheets = [
        "summary (2)", "a-very-long-brief-id-for-the-sp", "a-very-long-brief-id-for-th (2)", "History (2)",
        "nobody-fits",
    ]
    static let briefIDs = [
        "summary", "a-very-long-brief-id-for-the-spring-launch-2026-a",
        "a-very-long-brief-id-for-the-spring-launch-2026-b",
        "History", "nobody-fits",
    ]

    @Test func oneSheetPerBriefWithSafeUniqueNames() throws {
        let layout = try Self.night()
        let book = try Self.readBack(layout.workbook)
        #expect(
            book.sheets.map(\.name) == ["Summary"] + Self.briefSheets + ["Needs a check", "Quarantine", "Chart data"])
        for name in book.sheets.map(\.name) {
            #expect(name.utf16.count <= 31)
            #expect(!name.contains { "[]:*?/\\".contains($0) })
        }
        #expect(Set(book.sheets.map { $0.name.lowercased() }).count == book.sheets.count)
    }

    @Test func briefSheetsHoldTheCSVRowsAsTypedCells() throws {
        let layout = try Self.night()
        let book = try Self.readBack(layout.workbook)
        var checkedLinks = 0
        var checkedPrices = 0
        for (id, name) in zip(Self.briefIDs, Self.briefSheets) {
            let sheet = try book.sheet(name)
            let csv = try Self.csvRows(layout, brief: id)
            #expect(sheet.dataRows.count == csv.count, "\(name)")
            let col = { (title: String) throws -> Int in
                try #require(sheet.column(title), "\(name): no column \(title)")
            }
            let (rank, creator, handle, followers, rate, score, price, why) = try (
                col("Rank"), col("Creator"), col("Handle"), col("Followers"), col("Engagement rate"),
                col("Score (0–100)"),
                col("Est. price per post"), col("Why")
            )
            for (row, expected) in zip(sheet.dataRows, csv) {
                #expect(sheet.cell(row, rank)?.number == Double(expected["rank"]!))
                #expect(
                    sheet.cell(row, creator)?.text
                        == (expected["display_name"]!.isEmpty ? expected["handle"] : expected["display_name"])
                        || expected["display_name"]!.hasPrefix("'"))
                let link = try #require(sheet.cell(row, handle))
                #expect(link.type == "s")
                #expect(link.link == expected["profile_url"])
                if link.link != nil { checkedLinks += 1 }
                let count = try #require(sheet.cell(row, followers))
                #expect(count.number == Double(expected["followers"]!) && count.format == "#,##0")
                let er = try #require(sheet.cell(row, rate))
                #expect(er.format == "0.0%")
                #expect(abs(try #require(er.number) - Double(expected["engagement_rate"]!)!) < 0.00006)
                let s = try #require(sheet.cell(row, score)?.number)
                #expect(abs(s - Double(expected["score"]!)! * 100) <= 0.06)
                if let amount = Double(expected["price"] ?? "") {
                    let cell = try #require(sheet.cell(row, price))
                    #expect(abs(try #require(cell.number) - amount) < 0.01)
                    #expect(cell.format.contains(expected["price_currency"]!))
                    #expect(cell.format.contains("est.") == (expected["price_source"] != "quoted"))
                    checkedPrices += 1
                }
                #expect(sheet.cell(row, why)?.text == expected["why"])
            }
        }
        #expect(checkedLinks == 16 && checkedPrices == 16)
        // A YouTube name that is not a handle links to a search, a channel id to its channel.
        let fitness = try book.sheet("a-very-long-brief-id-for-the-sp")
        let handles = fitness.cells.filter { $0.column == fitness.column("Handle") && $0.row > 1 }
        #expect(
            handles.contains {
                $0.text == "logan paul (search)"
                    && $0.link == "https://www.youtube.com/results?search_query=logan%20paul"
            })
        #expect(
            handles.contains { $0.text == "UCabcDEF123" && $0.link == "https://www.youtube.com/channel/UCabcDEF123" })
    }

    @Test func injectionPayloadsStayTextAndNothingIsAFormula() throws {
        let layout = try Self.night()
        let book = try Self.readBack(layout.workbook)
        #expect(book.formulaSheets.isEmpty)
        let cells = book.sheets.flatMap(\.cells)
        #expect(!cells.contains { $0.type == "f" })
        for payload in [
            "=HYPERLINK(\"https://evil.example/\",\"click me\")", "+cmd|' /C calc'!A0", "@SUM(1+1)", "-2+3",
        ] {
            let found = cells.filter { $0.text == payload }
            #expect(!found.isEmpty, "\(payload) is not in the workbook as written")
            #expect(found.allSatisfy { $0.type == "s" && $0.link == nil })
        }
        // The CSVs keep neutralising them with a quote.
        let csv = try String(contentsOfFile: layout.shortlists, encoding: .utf8)
        #expect(csv.contains("\"'=HYPERLINK(\"\"https://evil.example/\"\",\"\"click me\"\")\""))
        #expect(csv.contains("'@SUM(1+1)"))
    }

    @Test func summarySheetLinksEveryBriefAndDrawsNativeCharts() throws {
        let layout = try Self.night()
        let book = try Self.readBack(layout.workbook)
        let summary = try book.sheet("Summary")
        for (id, name) in zip(Self.briefIDs, Self.briefSheets) {
            let cell = try #require(summary.cells.first { $0.column == 1 && $0.text == id }, "no row for \(id)")
            #expect(cell.link == "#'\(name)'!A1")
            let returned = try #require(summary.cell(cell.row, 4)?.number)
            #expect(Int(returned) == (try Self.csvRows(layout, brief: id)).count)
        }
        let empty = try #require(summary.cells.first { $0.text == "nobody-fits" })
        #expect(
            summary.cells.contains {
                $0.row == empty.row
                    && $0.text
                        == "no creator passed the brief's filters; emptied by: fewer followers than min_followers"
            })
        #expect(book.charts.count == 3)
        #expect(
            book.charts.values.allSatisfy { refs in !refs.isEmpty && refs.allSatisfy { $0.hasPrefix("'Chart data'!") } }
        )
        // Five briefs: one score-band series each, plus the band labels.
        #expect(book.charts.values.contains { $0.count == 6 })
    }

    @Test func sheetsAreFrozenFilteredAndPrintReady() throws {
        let layout = try Self.night()
        let book = try Self.readBack(layout.workbook)
        for name in Self.briefSheets {
            let sheet = try book.sheet(name)
            #expect(sheet.info["freeze"] as? String == "C2")
            #expect((sheet.info["autofilter"] as? String)?.hasPrefix("A1:") == true)
            #expect(sheet.info["landscape"] as? Bool == true)
            #expect(
                sheet.info["fit_to_page"] as? Bool == true && sheet.info["fit_width"] as? Int == 1
                    && sheet.info["fit_height"] as? Int == 0)
            #expect((sheet.info["print_area"] as? String)?.contains("$A$1:$") == true)
            #expect(sheet.info["print_title_rows"] as? String == "$1:$1")
            let outline = sheet.info["outline"] as? [String: Int] ?? [:]
            #expect(outline.count == 9, "component scores, authenticity confidence and flags are grouped")
        }
        let withRows = try book.sheet("summary (2)")
        let scoreColumn = try #require(withRows.column("Score (0–100)"))
        let letter = String(UnicodeScalar(UInt8(64 + scoreColumn)))
        #expect(withRows.info["conditional"] as? [String] == ["\(letter)2:\(letter)8"])
        let empty = try book.sheet("nobody-fits")
        #expect(empty.dataRows.isEmpty)
        #expect(empty.cells.contains { $0.text?.hasPrefix("No creators tonight: no creator passed") == true })
    }

    @Test func manyBriefsLeaveOutThePrintRangesThatSlowSpreadsheetsDown() throws {
        // 201 briefs: every brief sheet keeps landscape and fit-to-width but gets no print area or title rows.
        var lines = ["brief_id,brand,niches,keywords,shortlist_size"]
        for b in 0...WorkbookWriter.maxBriefsWithPrintRanges { lines.append("b\(b),Glowlab,skincare,spf,2") }
        let briefs = Fixtures.temporaryFile(lines.joined(separator: "\n") + "\n", name: "briefs.csv")
        var options = PipelineOptions(
            creators: [Self.creators], briefs: briefs, outputDirectory: Fixtures.temporaryDirectory() + "/many",
            dataDirectory: Fixtures.dataDirectory)
        options.threads = 2
        _ = try ScoutPipeline.run(options)
        let book = try Self.readBack(options.layout.workbook)
        #expect(book.sheets.count == WorkbookWriter.maxBriefsWithPrintRanges + 1 + 4)
        let sheet = try book.sheet("b7")
        #expect((sheet.info["print_area"] as? String ?? "").isEmpty && sheet.info["print_title_rows"] is NSNull)
        #expect(sheet.info["landscape"] as? Bool == true && sheet.info["fit_to_page"] as? Bool == true)
        #expect(sheet.dataRows.count == 2)
    }

    @Test func contactDetailsOnlyWhereOptedIn() throws {
        let layout = try Self.night()
        let book = try Self.readBack(layout.workbook)
        let opted = try book.sheet("summary (2)")
        let email = try #require(opted.column("E-mail"))
        #expect(
            opted.cells.contains {
                $0.column == email && $0.text == "Yui.Sato@example.jp" && $0.link == "mailto:Yui.Sato@example.jp"
            })
        let website = try #require(opted.column("Website"))
        #expect(
            opted.cells.contains {
                $0.column == website && $0.text == "beacons.ai/mika" && $0.link == "https://beacons.ai/mika"
            })
        for name in Self.briefSheets.dropFirst() { #expect(try book.sheet(name).column("E-mail") == nil, "\(name)") }
        #expect(
            try PipelineTests.table(layout.shortlist(briefID: "summary")).contains {
                $0["email"] == "Yui.Sato@example.jp"
            })
        #expect(try Self.csvHeader(layout.shortlist(briefID: "History")).contains("email") == false)
        // Every brief with --include-contact: the History sheet shows the addresses of its CSV too.
        let night = try Self.night(includeContact: true)
        let all = try Self.readBack(night.workbook)
        let addresses = try PipelineTests.table(night.shortlist(briefID: "History")).compactMap { $0["email"] }.filter {
            !$0.isEmpty
        }
        #expect(!addresses.isEmpty)
        for address in addresses {
            #expect(try all.sheet("History (2)").cells.contains { $0.text == address }, "\(address)")
        }
    }

    @Test func withoutAnOptInNoAddressReachesAnyDeliverable() throws {
        // The fixture's briefs without their include_contact column.
        let lines = try String(contentsOfFile: Self.briefs, encoding: .utf8).split(separator: "\n")
        let briefs = Fixtures.temporaryFile(
            lines.map { $0.split(separator: ",", omittingEmptySubsequences: false).dropLast().joined(separator: ",") }
                .joined(separator: "\n") + "\n", name: "briefs.csv")
        var options = PipelineOptions(
            creators: [Self.creators], briefs: briefs, outputDirectory: Fixtures.temporaryDirectory() + "/n",
            dataDirectory: Fixtures.dataDirectory)
        options.shortlist.includeContact = false
        _ = try ScoutPipeline.run(options)
        let layout = options.layout
        var texts = [layout.shortlists, layout.report, layout.summary, layout.quarantine, layout.inauthentic]
        texts += try FileManager.default.contentsOfDirectory(atPath: layout.shortlistFolder).map {
            layout.shortlistFolder + "/" + $0
        }
        for path in texts {
            let text = try String(contentsOfFile: path, encoding: .utf8)
            #expect(!text.contains("Yui.Sato@example.jp") && !text.contains("mika@example.jp"), "\(path)")
        }
        let book = try Self.readBack(layout.workbook)
        #expect(
            !book.sheets.flatMap(\.cells).contains {
                ($0.text ?? "").contains("@example.") || ($0.link ?? "").hasPrefix("mailto:")
            })
        #expect(try Self.csvHeader(layout.shortlists).contains("email") == false)
    }

    @Test func quarantineAndNeedsACheckSheetsListEveryRow() throws {
        let layout = try Self.night()
        let book = try Self.readBack(layout.workbook)
        let quarantine = try book.sheet("Quarantine")
        let quarantined = try PipelineTests.table(layout.quarantine)
        #expect(quarantine.dataRows.isEmpty)  // its first column is the file name
        #expect(quarantine.cells.filter { $0.column == 2 && $0.row > 1 }.count == quarantined.count)
        #expect(quarantine.cells.contains { $0.text == "bad_count" })
        let check = try book.sheet("Needs a check")
        let listed = try PipelineTests.table(layout.inauthentic)
        #expect(listed.map { $0["creator_id"] } == ["instagram:bot.likes"])
        #expect(check.cells.filter { $0.column == 1 && $0.row > 1 }.map(\.text) == listed.map { $0["creator_id"] })
        #expect(check.cells.contains { $0.text == "@bot.likes" && $0.link == "https://www.instagram.com/bot.likes/" })
        #expect(check.cells.contains { $0.format == "0.0%" && $0.number != nil })
    }

    @Test func deliverablesAreByteIdenticalWhateverTheThreads() throws {
        let one = try Self.night(threads: 1)
        let four = try Self.night(threads: 4)
        for file in ["shortlists.xlsx", "report.html", "summary.md", "shortlists.csv"] {
            let a = FileManager.default.contents(atPath: one.directory + "/" + file)
            #expect(a != nil && a == FileManager.default.contents(atPath: four.directory + "/" + file), "\(file)")
        }
    }

    static func csvHeader(_ path: String) throws -> [String] {
        try IntermediateTable.read(path, required: []).header
    }
}
