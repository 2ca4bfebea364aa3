import Foundation

/// Reads and writes the CSV files stages hand to each other (no spreadsheet neutralisation, exact round trip);
/// the files people open go through `DeliverableTable`.
package struct IntermediateTable {
    package var path: String
    package var header: [String]
    package var rows: [[String]]
    private var index: [String: Int]

    /// Reads `path`, checking that `required` columns exist and every row has the header's width.
    package static func read(_ path: String, required: [String]) throws -> IntermediateTable {
        let (header, rows) = try StageTableReader.read(path, required: required) { records, _ in
            records.map { .success($0.fields) }
        }
        let index = Dictionary(header.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        return IntermediateTable(path: path, header: header, rows: rows, index: index)
    }

    /// The value of `column` in `row`, empty when the column is absent.
    package func value(_ row: [String], _ column: String) -> String {
        index[column].map { row[$0] } ?? ""
    }

    /// Writes `header` and `rows` to `path` atomically, exactly as given (no spreadsheet neutralisation).
    package static func write<Rows: Sequence>(_ path: String, header: [String], rows: Rows) throws
    where Rows.Element == [String] {
        try CSVWriter(spreadsheetSafe: false).write(header: header, rows: rows, to: path)
    }

    /// Writes a stage's diagnostics (`DiagnosticsCollector.report`) atomically.
    package static func writeDiagnostics(_ collector: DiagnosticsCollector, to path: String) throws {
        try AtomicFile.write(Array(collector.report.utf8), to: path)
    }
}
