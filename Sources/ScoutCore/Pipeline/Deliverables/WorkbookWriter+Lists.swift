import Foundation

extension WorkbookWriter {
    /// The accounts kept off every shortlist by the authenticity check, one per row, typed by column name.
    mutating func writeNeedsCheck(to sheet: XlsxSheet) throws {
        let list = night.needsCheck
        for (c, name) in list.header.enumerated() {
            try sheet.text(0, c, Self.title(name), styles.header)
            try sheet.columnWidth(
                c, ["reason", "flags"].contains(name) ? 40 : name == "creator_id" ? 28 : 14,
                name == "reason" ? styles.wrapped : nil)
        }
        try sheet.rowHeight(0, 30)
        let platformColumn = list.header.firstIndex(of: "platform")
        for (r, row) in list.rows.enumerated() {
            for (c, name) in list.header.enumerated() where c < row.count {
                let value = row[c]
                switch name {
                case "handle":
                    let link = platformColumn.flatMap { Platform(parsing: row[$0]) }.flatMap {
                        ProfileLink(platform: $0, handle: value)
                    }
                    if let link, link.kind == .profile {
                        try sheet.link(r + 1, c, url: link.url, text: "@" + value, styles.link, plain: styles.text)
                    } else {
                        try sheet.text(r + 1, c, value, styles.text)
                    }
                case "engagement_rate":
                    if let rate = Double(value) { try sheet.number(r + 1, c, rate, styles.percent) }
                case "authenticity", "authenticity_confidence", "confidence":
                    if let score = Double(value) {
                        try sheet.number(r + 1, c, Self.hundred(score, digits: 0), styles.component)
                    }
                case "followers", "following", "posts":
                    if let count = Double(value) { try sheet.number(r + 1, c, count, styles.integer) }
                case "reason":
                    try sheet.text(r + 1, c, value, styles.wrapped)
                    try sheet.fitRow(r + 1, wrapping: value, width: 40)
                default:
                    if let number = Double(value), value.first.map({ $0.isNumber }) == true {
                        try sheet.number(r + 1, c, number, styles.decimal)
                    } else {
                        try sheet.text(r + 1, c, value, styles.text)
                    }
                }
            }
        }
        if list.rows.isEmpty {
            try sheet.text(1, 0, "No account was kept off the shortlists for a check tonight.", styles.note)
        }
        sheet.freeze(rows: 1, columns: 1)
        try sheet.autofilter(lastRow: max(list.rows.count, 1), lastColumn: max(list.header.count - 1, 0))
        try sheet.printSetup(lastRow: max(list.rows.count, 1), lastColumn: max(list.header.count - 1, 0))
    }

    /// The input rows set aside, exactly as read, with where and why.
    mutating func writeQuarantine(to sheet: XlsxSheet) throws {
        let header = ["File", "Line", "Column", "Reason", "Message", "Raw row"]
        let widths: [Double] = [34, 7, 8, 18, 50, 80]
        for (c, title) in header.enumerated() {
            try sheet.text(0, c, title, styles.header)
            try sheet.columnWidth(c, widths[c], c == 4 ? styles.wrapped : nil)
        }
        try sheet.rowHeight(0, 30)
        for (r, entry) in night.quarantine.enumerated() {
            try sheet.text(r + 1, 0, entry.file, styles.text)
            try sheet.number(r + 1, 1, Double(entry.line), styles.integer)
            if let column = entry.column { try sheet.number(r + 1, 2, Double(column), styles.integer) }
            try sheet.text(r + 1, 3, entry.reason.rawValue, styles.text)
            try sheet.text(r + 1, 4, entry.message, styles.wrapped)
            try sheet.fitRow(r + 1, wrapping: entry.message, width: widths[4])
            try sheet.text(r + 1, 5, entry.raw, styles.text)
        }
        if night.quarantine.isEmpty { try sheet.text(1, 0, "No input row was quarantined tonight.", styles.note) }
        sheet.freeze(rows: 1, columns: 0)
        try sheet.autofilter(lastRow: max(night.quarantine.count, 1), lastColumn: header.count - 1)
        try sheet.printSetup(lastRow: max(night.quarantine.count, 1), lastColumn: header.count - 1)
    }

    /// `creator_id` → `Creator id`.
    static func title(_ column: String) -> String {
        let words = column.replacingOccurrences(of: "_", with: " ")
        return words.prefix(1).uppercased() + words.dropFirst()
    }
}
