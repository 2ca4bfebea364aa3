import Foundation

/// Reading a side list (the statuses file, the relationships file): the header matched to known columns (names folded:
/// case, spaces and punctuation ignored), then each non-empty row handed over; a missing column, a malformed row, an
/// unreadable or an empty file becomes a `ScoutError` naming the file (and the line and column).
enum ListFile {
    /// One data row: its line, a field's trimmed value ("" when the file lacks the column) and a field's 1-based column.
    struct Row {
        var line: Int
        var value: (String) -> String
        var column: (String) -> Int
        /// The file and what one row is ("status", "relationship", "outcome"), for messages.
        var path: String
        var kind: String

        /// A bad `field` on this row: `file:line:column: bad <kind> field <field>: <reason>`.
        func fail(_ field: String, _ reason: String) -> ScoutError {
            .badListRow(path: path, line: line, column: column(field), reason: "bad \(kind) field \(field): \(reason)")
        }

        /// The row's `creator`, resolved like every side list's (`platform:handle`, a profile URL or `@handle`).
        /// - Throws: `fail` naming the `creator` column when it names no creator.
        func creator() throws -> CreatorReference {
            guard let creator = CreatorReference(value("creator")) else {
                throw fail(
                    "creator", "'\(value("creator"))' names no creator (platform:handle, a profile URL or @handle)")
            }
            return creator
        }
    }

    /// Reads `path`, calling `row` for each data row; `kind` names a row in messages ("status").
    /// - Throws: `ScoutError.missingColumns` without a `required` column, `badListRow` for a malformed row or an empty
    ///   file (`header` names the expected header), `unreadableInput`, and whatever `row` throws.
    static func read(
        _ path: String, kind: String, columns: [String: [String]], required: [String], expected: [String],
        header expectedHeader: String,
        row: (Row) throws -> Void
    ) throws {
        var header: [String]?
        var columnOf: [String: Int] = [:]
        do {
            _ = try CSVFileReader.read(path: path) { record in
                guard header != nil else {
                    header = record.fields
                    for (index, name) in record.fields.enumerated() {
                        let folded = HeaderAliases.fold(name)
                        if let field = columns.first(where: { $0.value.contains(folded) })?.key, columnOf[field] == nil
                        {
                            columnOf[field] = index
                        }
                    }
                    let missing = required.filter { columnOf[$0] == nil }
                    if !missing.isEmpty {
                        throw ScoutError.missingColumns(
                            path: path, missing: missing, seen: record.fields, expected: expected)
                    }
                    return
                }
                if record.isEmpty { return }
                let known = columnOf
                try row(
                    Row(
                        line: record.line,
                        value: { field in
                            guard let index = known[field], index < record.count else { return "" }
                            return record[index].trimmingCharacters(in: .whitespacesAndNewlines)
                        }, column: { (known[$0] ?? 0) + 1 }, path: path, kind: kind))
            } onMalformedRecord: { issue in
                throw ScoutError.badListRow(
                    path: path, line: issue.line, column: issue.column,
                    reason: issue.kind == .unterminatedQuote
                        ? "quoted field never closed" : "text after a closing quote")
            }
        } catch let error as CSVError {
            throw ScoutError.unreadableInput(path: path, reason: error.description)
        }
        guard header != nil else {
            throw ScoutError.badListRow(
                path: path, line: 1, column: 1, reason: "the file is empty (expected a \(expectedHeader) header)")
        }
    }
}
