import Foundation

extension WorkbookWriter {
    /// One brief's sheet: a header row, then one row per shortlisted creator in rank order.
    mutating func writeBrief(_ brief: BriefOutcome, rows: [ShortlistRow], to sheet: XlsxSheet) throws {
        let columns = ShortlistColumn.sheetColumns(contact: brief.includesContact, history: night.hasHistory)
        for (c, column) in columns.enumerated() {
            try sheet.text(0, c, column.title, styles.header)
            let format: XlsxFormat? = column.kind == .wrappedText ? styles.wrapped : nil
            try sheet.columnWidth(c, column.width, format, level: column.isDetail ? 1 : 0)
        }
        try sheet.rowHeight(0, 32)
        for (r, row) in rows.enumerated() {
            for (c, column) in columns.enumerated() { try cell(row, column, to: sheet, at: r + 1, c) }
            try sheet.fitRow(r + 1, wrapping: row.why, width: ShortlistColumn.why.width)
        }
        let lastRow = max(rows.count, 1)
        if rows.isEmpty, let creator = columns.firstIndex(of: .creator) {
            let why = brief.whyShort.isEmpty ? "no creator passed the brief's filters" : brief.whyShort
            try sheet.text(1, creator, "No creators tonight: " + why + ".", styles.note)
        }
        sheet.freeze(rows: 1, columns: 2)
        try sheet.autofilter(lastRow: lastRow, lastColumn: columns.count - 1)
        if let score = columns.firstIndex(of: .score) {
            try sheet.scoreScale(firstRow: 1, lastRow: rows.count, column: score)
        }
        try sheet.printSetup(
            lastRow: lastRow, lastColumn: columns.firstIndex(of: .why) ?? columns.count - 1,
            namedRanges: night.briefs.count <= Self.maxBriefsWithPrintRanges)
        try sheet.header("&L" + Self.escapeHeader("\(brief.id) — \(brief.brand)") + "&RPage &P of &N")
    }

    /// Writes one typed cell.
    private mutating func cell(_ row: ShortlistRow, _ column: ShortlistColumn, to sheet: XlsxSheet, at r: Int, _ c: Int)
        throws
    {
        switch column {
        case .rank: try sheet.number(r, c, Double(row.rank), styles.integer)
        case .followers: try sheet.number(r, c, Double(row.followers), styles.integer)
        case .engagementRate: if let rate = row.engagementRate { try sheet.number(r, c, rate, styles.percent) }
        case .avgViews: if let views = row.avgViews { try sheet.number(r, c, views.rounded(), styles.integer) }
        case .score: try sheet.number(r, c, Self.hundred(row.score, digits: 1), styles.score)
        case .niche, .relevance, .engagement, .authenticity, .authenticityConfidence, .audience, .commercial, .affinity:
            try sheet.number(r, c, Self.hundred(row.component(column) ?? 0, digits: 0), styles.component)
        case .price:
            if let price = row.price {
                try sheet.number(r, c, price.amount, styles.price(currency: price.currency, estimated: price.estimated))
            }
        case .handle:
            let text = row.link?.kind == .search ? row.handleText + " (search)" : row.handleText
            if let link = row.link {
                try sheet.link(r, c, url: link.url, text: text, styles.link, plain: styles.text)
            } else {
                try sheet.text(r, c, text, styles.text)
            }
        case .email:
            let email = row.contact?.email ?? ""
            try sheet.link(r, c, url: Self.mailto(email), text: email, styles.link, plain: styles.text)
        case .website:
            let website = row.contact?.website ?? ""
            try sheet.link(r, c, url: Self.webLink(website), text: website, styles.link, plain: styles.text)
        case .creator: try sheet.text(r, c, row.creatorName, styles.text)
        case .platform: try sheet.text(r, c, row.platform.displayName, styles.text)
        case .otherAccounts: try sheet.text(r, c, row.otherAccounts.joined(separator: ", "), styles.text)
        case .flags: try sheet.text(r, c, row.flags.joined(separator: ", "), styles.text)
        case .why: try sheet.text(r, c, row.why, styles.wrapped)
        default: try sheet.text(r, c, row.text(column), styles.text)
        }
    }

    /// A value in [0, 1] on the 0–100 scale the workbook shows, rounded.
    static func hundred(_ value: Double, digits: Int) -> Double {
        let scale = digits == 0 ? 1.0 : 10.0
        return (value * 100 * scale).rounded() / scale
    }

    /// `mailto:` for a plausible address (one `@`, no spaces or characters that would break the link), else "".
    static func mailto(_ email: String) -> String {
        let parts = email.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."),
            email.unicodeScalars.allSatisfy({
                $0.isASCII && $0.value > 0x20 && !"<>\"?&#%\\".unicodeScalars.contains($0)
            })
        else { return "" }
        return "mailto:" + email
    }

    /// An `https://` link for a website cell (`beacons.ai/ana` gets the scheme), else "".
    static func webLink(_ website: String) -> String {
        let trimmed = website.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty, !trimmed.contains(" ") else { return "" }
        let lower = trimmed.lowercased()
        if lower.hasPrefix("https://") || lower.hasPrefix("http://") { return trimmed }
        guard !lower.contains(":"), lower.contains(".") else { return "" }
        return "https://" + trimmed
    }

    /// Text for a print header, where `&` starts a code.
    static func escapeHeader(_ text: String) -> String {
        String(text.prefix(120)).replacingOccurrences(of: "&", with: "&&")
    }
}
