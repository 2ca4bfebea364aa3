/// Writes the CSV files people open: every text cell spreadsheet-safe (`SpreadsheetSafety`), optionally a UTF-8
/// BOM for Excel, atomically. Stage files go through `IntermediateTable` instead, which round-trips exactly.
enum DeliverableTable {
    static func write<Rows: Sequence>(_ path: String, header: [String], rows: Rows, utf8BOM: Bool) throws
    where Rows.Element == [String] {
        try CSVWriter(spreadsheetSafe: true, utf8BOM: utf8BOM).write(header: header, rows: rows, to: path)
    }
}
