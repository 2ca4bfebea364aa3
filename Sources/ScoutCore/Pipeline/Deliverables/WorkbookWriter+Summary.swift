import CXlsxWriter
import Foundation

extension WorkbookWriter {
    /// Where the charts' data sit on the "Chart data" sheet (0-based rows, inclusive).
    struct ChartRanges {
        var bandRows: ClosedRange<Int>
        /// One series per column: the column and the series name.
        var bandSeries: [(column: Int, name: String)]
        var tierRows: ClosedRange<Int>?
        var funnelRows: ClosedRange<Int>
    }

    /// Score bands get one series per brief up to this many briefs, else one series for all briefs.
    static let maxBandSeries = 8

    /// The tables the Summary's charts draw from: score bands per brief (or across briefs), tier mix, input funnel.
    mutating func writeChartData(to sheet: XlsxSheet) throws {
        try sheet.columnWidth(0, 26)
        try sheet.text(0, 0, "Score band (0–100)", styles.header)
        let perBrief = night.briefs.count <= Self.maxBandSeries
        let bands = night.scoreBandCounts()
        let series: [(name: String, counts: [Int])] =
            perBrief
            ? night.briefs.map {
                ($0.id, bands.byBrief[$0.id] ?? Array(repeating: 0, count: NightReport.scoreBands.count))
            }
            : [("All briefs", bands.all)]
        for (s, item) in series.enumerated() {
            try sheet.text(0, s + 1, item.name, styles.header)
            try sheet.columnWidth(s + 1, 14)
            for (b, count) in item.counts.enumerated() { try sheet.number(b + 1, s + 1, Double(count), styles.integer) }
        }
        for (b, band) in NightReport.scoreBands.enumerated() { try sheet.text(b + 1, 0, band, styles.text) }
        var row = NightReport.scoreBands.count + 2
        try sheet.text(row, 0, "Tier", styles.header)
        try sheet.text(row, 1, "Shortlisted", styles.header)
        let tiers = night.tierMix
        for (t, item) in tiers.enumerated() {
            try sheet.text(row + 1 + t, 0, item.tier, styles.text)
            try sheet.number(row + 1 + t, 1, Double(item.count), styles.integer)
        }
        let tierRows = tiers.isEmpty ? nil : (row + 1)...(row + tiers.count)
        row += tiers.count + 2
        try sheet.text(row, 0, "Step", styles.header)
        try sheet.text(row, 1, "Count", styles.header)
        for (f, step) in night.funnel.enumerated() {
            try sheet.text(row + 1 + f, 0, step.step, styles.text)
            try sheet.number(row + 1 + f, 1, Double(step.count), styles.integer)
        }
        chartRanges = ChartRanges(
            bandRows: 1...NightReport.scoreBands.count,
            bandSeries: series.enumerated().map { ($0.offset + 1, $0.element.name) },
            tierRows: tierRows, funnelRows: (row + 1)...(row + night.funnel.count))
    }

    /// The first sheet: the night in two lines, one row per brief, the inputs, and the charts to the right.
    mutating func writeSummary(to sheet: XlsxSheet) throws {
        let t = night.totals
        try sheet.text(0, 0, "Scout shortlists — " + (night.date.map { "night of " + $0 } ?? night.runID), styles.title)
        try sheet.rowHeight(0, 24)
        let answered = night.briefs.filter { $0.returned > 0 }.count
        let n = DisplayText.grouped
        try sheet.text(
            1, 0,
            "\(n(night.briefs.count)) briefs (\(n(answered)) with creators) · \(n(night.rows.count)) creators shortlisted · "
                + "\(n(t.rowsRead)) rows read, \(n(t.rowsAccepted)) kept, \(n(t.rowsMerged)) merged, \(n(t.rowsQuarantined)) quarantined · "
                + "\(n(t.creators)) accounts (\(n(t.people)) people) after dedupe", styles.subtitle)

        // The wide "Why short" column comes last, so the inputs table below can share the narrow columns.
        var headers = [
            "Brief", "Brand", "Asked", "Returned", "Est. cost", "Budget", "Cost vs budget", "Budget mode", "Contact",
        ]
        var widths: [Double] = [34, 18, 8, 9, 16, 16, 10, 12, 9]
        if night.hasPreviousNight {
            headers += ["New", "Dropped"]
            widths += [7, 8]
        }
        headers.append("Why short")
        widths.append(50)
        let whyColumn = headers.count - 1
        for (c, width) in widths.enumerated() { try sheet.columnWidth(c, width) }
        var row = 3
        try sheet.text(row, 0, "Briefs", styles.section)
        row += 1
        for (c, title) in headers.enumerated() { try sheet.text(row, c, title, styles.header) }
        try sheet.rowHeight(row, 30)
        let byBrief = night.rowsByBrief
        for (b, brief) in night.briefs.enumerated() {
            row += 1
            try sheet.link(
                row, 0, url: "internal:'\(sheetNames[b].replacingOccurrences(of: "'", with: "''"))'!A1", text: brief.id,
                styles.link, plain: styles.text)
            try sheet.text(row, 1, brief.brand, styles.text)
            try sheet.number(row, 2, Double(brief.asked), styles.integer)
            try sheet.number(
                row, 3, Double(brief.returned), brief.returned < brief.asked ? styles.boldInteger : styles.integer)
            let money = styles.price(currency: brief.currency, estimated: false)
            if brief.pricedRows > 0 { try sheet.number(row, 4, brief.estimatedCost, money) }
            if let budget = brief.budget { try sheet.number(row, 5, budget, money) }
            if let share = brief.costShareOfBudget {
                try sheet.number(row, 6, share, share > 1 ? styles.percentOver : styles.percent)
            }
            if brief.budget != nil {
                try sheet.text(row, 7, brief.budgetMode == .total ? "total (limit)" : "per creator", styles.text)
            }
            if brief.includesContact { try sheet.text(row, 8, "included", styles.text) }
            if night.hasPreviousNight {
                try sheet.number(
                    row, 9, Double((byBrief[brief.id] ?? []).filter { $0.change == "new" }.count), styles.integer)
                try sheet.number(row, 10, Double(brief.dropped.count), styles.integer)
            }
            try sheet.text(row, whyColumn, brief.whyShort, styles.wrapped)
            try sheet.fitRow(row, wrapping: brief.whyShort, width: widths[whyColumn])
        }
        row += 2
        try sheet.text(row, 0, "Inputs", styles.section)
        row += 1
        for (c, title) in ["File", "Platform", "Rows read", "Kept", "Merged", "Quarantined", "Encoding"].enumerated() {
            try sheet.text(row, c, title, styles.header)
        }
        try sheet.rowHeight(row, 30)
        for file in night.creatorInputs {
            row += 1
            try sheet.text(row, 0, (file.path as NSString).lastPathComponent, styles.text)
            let platform =
                file.platform.map { Platform(rawValue: $0)?.displayName ?? ($0 == "column" ? "per row" : $0) } ?? ""
            try sheet.text(row, 1, platform, styles.text)
            for (c, count) in [file.rowsRead, file.rowsAccepted, file.rowsMerged, file.rowsQuarantined].enumerated() {
                try sheet.number(row, 2 + c, Double(count), styles.integer)
            }
            try sheet.text(row, 6, file.encoding, styles.text)
        }
        row += 1
        try sheet.text(row, 0, "Total", styles.bold)
        for (c, count) in [t.rowsRead, t.rowsAccepted, t.rowsMerged, t.rowsQuarantined].enumerated() {
            try sheet.number(row, 2 + c, Double(count), styles.boldInteger)
        }
        row += 2
        try sheet.link(
            row, 0, url: "internal:'\(Self.needsCheckSheet)'!A1",
            text: "Needs a check: \(night.needsCheck.rows.count) accounts kept off every shortlist"
                + (night.totals.authenticity.map {
                    "; \(DisplayText.grouped($0.needsCheck)) in all need a check (the others flagged in their rows)"
                } ?? ""),
            styles.link)
        try sheet.link(
            row + 1, 0, url: "internal:'\(Self.quarantineSheet)'!A1",
            text: "Quarantine: \(night.quarantine.count) input rows set aside", styles.link)
        try sheet.text(
            row + 2, 0,
            "Scores are shown 0–100 (the CSVs give them as fractions 0–1); prices per post are in each brief's "
                + "currency, \"est.\" where they come from Scout's cost table rather than the export.", styles.note)
        try insertCharts(into: sheet, column: headers.count + 1)
        sheet.landscape()
        sheet.fitToWidth()
    }

    /// Score distribution, tier mix and input funnel, stacked to the right of the tables.
    private func insertCharts(into sheet: XlsxSheet, column: Int) throws {
        guard let ranges = chartRanges else { return }
        let data = Self.chartDataSheet
        let palette: [UInt32] = [0x4472C4, 0xED7D31, 0xA5A5A5, 0xFFC000, 0x5B9BD5, 0x70AD47, 0x264478, 0x9E480E]
        let bands = try workbook.chart(ranges.bandSeries.count > 1 ? LXW_CHART_COLUMN_STACKED : LXW_CHART_COLUMN)
        for (i, series) in ranges.bandSeries.enumerated() {
            bands.series(
                sheet: data, categoryColumn: 0, valueColumn: series.column, firstRow: ranges.bandRows.lowerBound,
                lastRow: ranges.bandRows.upperBound, name: series.name, color: palette[i % palette.count])
        }
        bands.title("Score distribution of the shortlisted")
        bands.xAxis("Score (0–100)")
        bands.yAxis("Creators")
        if ranges.bandSeries.count > 1 { bands.legendBottom() } else { bands.noLegend() }
        try sheet.insert(bands, row: 0, column: column, width: 620, height: 320)

        if let tierRows = ranges.tierRows {
            let tiers = try workbook.chart(LXW_CHART_PIE)
            tiers.series(
                sheet: data, categoryColumn: 0, valueColumn: 1, firstRow: tierRows.lowerBound,
                lastRow: tierRows.upperBound,
                name: "Shortlisted", labels: .percentages)
            tiers.title("Tier mix of the shortlisted")
            tiers.legendBottom()
            try sheet.insert(tiers, row: 17, column: column, width: 620, height: 320)
        }

        let funnel = try workbook.chart(LXW_CHART_BAR)
        funnel.series(
            sheet: data, categoryColumn: 0, valueColumn: 1, firstRow: ranges.funnelRows.lowerBound,
            lastRow: ranges.funnelRows.upperBound, name: "Count", color: 0x4472C4, labels: .values)
        funnel.title("Input funnel: where the rows went")
        funnel.noLegend()
        funnel.reverseBarCategories()
        try sheet.insert(funnel, row: 34, column: column, width: 620, height: 320)
    }
}
