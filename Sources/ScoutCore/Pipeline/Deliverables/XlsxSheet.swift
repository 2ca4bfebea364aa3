import CXlsxWriter

/// A worksheet of an `XlsxWorkbook`. Text is always written as a string cell (never a formula), cut to Excel's
/// 32,767 characters; links fall back to plain text when Excel would refuse them.
struct XlsxSheet {
    let pointer: UnsafeMutablePointer<lxw_worksheet>
    let name: String
    unowned let workbook: XlsxWorkbook

    init(_ pointer: UnsafeMutablePointer<lxw_worksheet>, name: String, workbook: XlsxWorkbook) {
        self.pointer = pointer
        self.name = name
        self.workbook = workbook
    }

    func text(_ row: Int, _ column: Int, _ value: String, _ format: XlsxFormat? = nil) throws {
        guard !value.isEmpty else { return }
        try workbook.check(
            worksheet_write_string(pointer, lxw_row_t(row), lxw_col_t(column), Self.fitted(value), format?.pointer),
            "sheet '\(name)' cell \(row + 1):\(column + 1)")
    }

    func number(_ row: Int, _ column: Int, _ value: Double, _ format: XlsxFormat? = nil) throws {
        guard value.isFinite else { return }
        try workbook.check(
            worksheet_write_number(pointer, lxw_row_t(row), lxw_col_t(column), value, format?.pointer),
            "sheet '\(name)' cell \(row + 1):\(column + 1)")
    }

    /// A link showing `text`; plain text when `url` is not an `https:`, `http:`, `mailto:` or `internal:` link
    /// Excel accepts.
    func link(_ row: Int, _ column: Int, url: String, text: String, _ format: XlsxFormat, plain: XlsxFormat? = nil)
        throws
    {
        let lower = url.lowercased()
        let isInternal = lower.hasPrefix("internal:")
        let scheme = isInternal || ["https://", "http://", "mailto:"].contains { lower.hasPrefix($0) }
        // An internal link names a sheet, which may hold spaces and any letter; a web or mail link must be plain ASCII.
        let clean = isInternal || url.unicodeScalars.allSatisfy({ $0.isASCII && $0.value > 0x20 })
        guard scheme, clean, url.utf8.count <= XlsxWorkbook.maxURLLength else {
            try self.text(row, column, text, plain)
            return
        }
        let error = worksheet_write_url_opt(
            pointer, lxw_row_t(row), lxw_col_t(column), url, format.pointer, Self.fitted(text), nil)
        if error != LXW_NO_ERROR { try self.text(row, column, text, plain) }
    }

    func columnWidth(_ column: Int, _ width: Double, _ format: XlsxFormat? = nil, level: Int = 0, hidden: Bool = false)
        throws
    {
        var options = lxw_row_col_options(hidden: hidden ? 1 : 0, level: UInt8(level), collapsed: 0)
        try workbook.check(
            worksheet_set_column_opt(pointer, lxw_col_t(column), lxw_col_t(column), width, format?.pointer, &options),
            "sheet '\(name)' column width")
    }

    /// Sets `row`'s height to fit `text` wrapped in a column `width` characters wide (at least one line).
    ///
    /// Spreadsheets do not all re-measure wrapped rows when they open a file (LibreOffice keeps the default height), so the
    /// height is estimated here: East Asian wide characters count as two, others as one.
    func fitRow(_ row: Int, wrapping text: String, width: Double) throws {
        let lines = Self.wrappedLines(text, width: width)
        if lines > 1 { try rowHeight(row, Double(lines) * 15 + 2) }
    }

    /// The lines `text` takes wrapped at `width` character units (line breaks start a new line). A column unit is
    /// the width of a digit; ordinary text averages about 0.87 of it, wide characters take two.
    static func wrappedLines(_ text: String, width: Double) -> Int {
        let perLine = max(width - 1, 1)
        return text.split(separator: "\n", omittingEmptySubsequences: false).reduce(0) { total, line in
            let units = line.unicodeScalars.reduce(0.0) { $0 + (Self.isWide($1) ? 2 : 0.87) }
            return total + max(1, Int((units / perLine).rounded(.up)))
        }
    }

    /// CJK, Hangul, kana, full-width forms and emoji take two columns.
    static func isWide(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x1100...0x115F, 0x2E80...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
            0xFFE0...0xFFE6,
            0x1F300...0x1FAFF, 0x20000...0x3FFFD:
            true
        default: false
        }
    }

    func rowHeight(_ row: Int, _ height: Double) throws {
        try workbook.check(worksheet_set_row(pointer, lxw_row_t(row), height, nil), "sheet '\(name)' row height")
    }

    func freeze(rows: Int, columns: Int) { worksheet_freeze_panes(pointer, lxw_row_t(rows), lxw_col_t(columns)) }

    func autofilter(lastRow: Int, lastColumn: Int) throws {
        try workbook.check(
            worksheet_autofilter(pointer, 0, 0, lxw_row_t(lastRow), lxw_col_t(lastColumn)), "sheet '\(name)' autofilter"
        )
    }

    /// Landscape, one page wide; with `namedRanges`, the header row repeated on every page and only the columns up
    /// to `lastColumn` printed (each is a defined name in the workbook).
    func printSetup(lastRow: Int, lastColumn: Int, namedRanges: Bool = true) throws {
        worksheet_set_landscape(pointer)
        worksheet_fit_to_pages(pointer, 1, 0)
        guard namedRanges else { return }
        try workbook.check(worksheet_repeat_rows(pointer, 0, 0), "sheet '\(name)' print titles")
        try workbook.check(
            worksheet_print_area(pointer, 0, 0, lxw_row_t(max(lastRow, 0)), lxw_col_t(lastColumn)),
            "sheet '\(name)' print area")
    }

    /// A colour scale on a score column (0 red, 50 yellow, 100 green: the same colours on every sheet).
    func scoreScale(firstRow: Int, lastRow: Int, column: Int) throws {
        guard lastRow >= firstRow else { return }
        var rule = lxw_conditional_format()
        rule.type = UInt8(LXW_CONDITIONAL_3_COLOR_SCALE.rawValue)
        rule.min_rule_type = UInt8(LXW_CONDITIONAL_RULE_TYPE_NUMBER.rawValue)
        rule.min_value = 0
        rule.min_color = 0xF8696B
        rule.mid_rule_type = UInt8(LXW_CONDITIONAL_RULE_TYPE_NUMBER.rawValue)
        rule.mid_value = 50
        rule.mid_color = 0xFFEB84
        rule.max_rule_type = UInt8(LXW_CONDITIONAL_RULE_TYPE_NUMBER.rawValue)
        rule.max_value = 100
        rule.max_color = 0x63BE7B
        try workbook.check(
            worksheet_conditional_format_range(
                pointer, lxw_row_t(firstRow), lxw_col_t(column), lxw_row_t(lastRow),
                lxw_col_t(column), &rule), "sheet '\(name)' conditional format")
    }

    func insert(_ chart: XlsxChart, row: Int, column: Int, width: Int, height: Int) throws {
        // libxlsxwriter's default chart is 480 × 288 pixels; scale to the wanted size.
        var options = lxw_chart_options()
        options.x_scale = Double(width) / 480
        options.y_scale = Double(height) / 288
        try workbook.check(
            worksheet_insert_chart_opt(pointer, lxw_row_t(row), lxw_col_t(column), chart.pointer, &options),
            "sheet '\(name)' chart")
    }

    /// The printed page header (Excel's `&L`, `&R`, `&P` codes; at most 255 characters).
    func header(_ text: String) throws {
        try workbook.check(worksheet_set_header(pointer, text), "sheet '\(name)' page header")
    }

    func landscape() { worksheet_set_landscape(pointer) }
    func fitToWidth() { worksheet_fit_to_pages(pointer, 1, 0) }
    func activate() { worksheet_activate(pointer) }
    func tabColor(_ rgb: UInt32) { worksheet_set_tab_color(pointer, lxw_color_t(rgb)) }

    /// `value` cut to Excel's cell limit, saying so.
    static func fitted(_ value: String) -> String {
        guard value.utf16.count > XlsxWorkbook.maxCellCharacters else { return value }
        let marker = " … (cut: longer than a cell holds)"
        var cut = ""
        var units = 0
        for character in value {
            units += character.utf16.count
            if units > XlsxWorkbook.maxCellCharacters - marker.utf16.count { break }
            cut.append(character)
        }
        return cut + marker
    }
}
