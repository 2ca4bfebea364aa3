import Foundation

/// Writes `shortlists.xlsx` with libxlsxwriter: a Summary sheet (the night, one row per brief, native charts), one
/// sheet per brief (client-facing columns first, typed cells, links, frozen header, filter, print setup), then
/// "Needs a check", "Quarantine" and the "Chart data" the charts draw from.
struct WorkbookWriter {
    static let summarySheet = "Summary"
    static let needsCheckSheet = "Needs a check"
    static let quarantineSheet = "Quarantine"
    static let chartDataSheet = "Chart data"
    /// Above this many briefs, brief sheets get no print area or repeated header row. Each is a defined name, and
    /// LibreOffice's load time grows with the square of their number: 1,000 briefs (6,014 names) took 449 s to
    /// open headless, 77 s without these two (2,006 names); 100 briefs take 12 s with them.
    static let maxBriefsWithPrintRanges = 200

    let night: NightReport
    let workbook: XlsxWorkbook
    var styles: WorkbookStyles
    /// Each brief's sheet name, in brief order.
    let sheetNames: [String]
    /// Set once the chart data are written.
    var chartRanges: ChartRanges?

    /// Writes the workbook for `night` to `path` atomically.
    static func write(_ night: NightReport, to path: String) throws {
        let workbook = try XlsxWorkbook(path: path, created: created(night), title: "Scout shortlists \(night.runID)")
        var writer = WorkbookWriter(
            night: night, workbook: workbook, styles: WorkbookStyles(workbook),
            sheetNames: sheetNames(for: night.briefs.map(\.id)))
        try writer.writeSheets()
        try workbook.commit()
    }

    /// Safe, unique sheet names for brief ids, none clashing with the workbook's own sheets.
    static func sheetNames(for briefIDs: [String]) -> [String] {
        var names = SheetNames(reserved: [summarySheet, needsCheckSheet, quarantineSheet, chartDataSheet])
        return briefIDs.map { names.claim($0) }
    }

    /// The night's date at midnight UTC, or a fixed date: the file's bytes depend only on the night.
    static func created(_ night: NightReport) -> Date {
        if let date = night.date {
            let parts = date.split(separator: "-").compactMap { Int($0) }
            var components = DateComponents()
            (components.year, components.month, components.day) = (parts[0], parts[1], parts[2])
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = TimeZone(identifier: "UTC")!
            if let day = calendar.date(from: components) { return day }
        }
        return Date(timeIntervalSince1970: 946_684_800)  // 2000-01-01
    }

    private mutating func writeSheets() throws {
        let summary = try workbook.addSheet(Self.summarySheet)
        var briefSheets: [XlsxSheet] = []
        for name in sheetNames { briefSheets.append(try workbook.addSheet(name)) }
        let needsCheck = try workbook.addSheet(Self.needsCheckSheet)
        let quarantine = try workbook.addSheet(Self.quarantineSheet)
        let chartData = try workbook.addSheet(Self.chartDataSheet)
        let byBrief = night.rowsByBrief
        for (i, brief) in night.briefs.enumerated() {
            try writeBrief(brief, rows: byBrief[brief.id] ?? [], to: briefSheets[i])
        }
        try writeNeedsCheck(to: needsCheck)
        try writeQuarantine(to: quarantine)
        try writeChartData(to: chartData)
        try writeSummary(to: summary)
        summary.activate()
    }
}
