/// Reads `stages/ingest/rows.csv` straight into `SourceRow`s.
///
/// Records are tokenised in file order (libcsv) and decoded into text on every core in batches, without
/// first building the whole table as `[[String]]`. Errors are those `IntermediateTable.read` followed by the
/// row conversion gives, in the same order: a row of the wrong width (as read), an empty file, a missing
/// column, then the first unreadable `source_line`.
enum SourceRowReader {
    /// Records decoded per batch.
    static let batchSize = 1 << 14

    /// One decoded record: a row, or the `source_line` text that is not a number.
    private enum Decoded: Sendable {
        case row(SourceRow)
        case badLine(String)
    }

    static func read(_ path: String, required: [String]) throws -> [SourceRow] {
        var header: [String]?
        // Without every column the read fails once the file is read (after any row of the wrong width); the
        // rows are then not decoded at all.
        var complete = false
        var rows: [SourceRow] = []
        var badLine: String?
        var pending: [CSVRecord] = []
        func flush() {
            for decoded in decode(pending) {
                switch decoded {
                case .row(let row): rows.append(row)
                case .badLine(let text): if badLine == nil { badLine = text }
                }
            }
            pending.removeAll(keepingCapacity: true)
        }
        do {
            _ = try CSVFileReader.read(path: path, delimiter: UInt8(ascii: ",")) { record in
                if header == nil {
                    header = record.fields
                    complete = required.allSatisfy(header!.contains)
                    return
                }
                guard record.count == header!.count else {
                    throw ScoutError.badIntermediate(path: path, reason: "line \(record.line) has \(record.count) fields, header \(header!.count)")
                }
                guard complete else { return }
                pending.append(record)
                if pending.count >= batchSize { flush() }
            } onMalformedRecord: { issue in
                throw ScoutError.badIntermediate(path: path, reason: "unterminated quote at line \(issue.line)")
            }
        } catch let error as CSVError {
            throw ScoutError.badIntermediate(path: path, reason: error.description)
        }
        flush()
        guard let header else { throw ScoutError.badIntermediate(path: path, reason: "empty file") }
        for column in required where !header.contains(column) {
            throw ScoutError.badIntermediate(path: path, reason: "missing column '\(column)'")
        }
        if let badLine { throw ScoutError.badIntermediate(path: path, reason: "bad source_line '\(badLine)'") }
        return rows
    }

    /// The rows of `records` (`source_file`, `source_line`, `raw`, then one value per `CreatorField`), decoded
    /// on every core. Consecutive rows of one file share one `source_file` string.
    private static func decode(_ records: [CSVRecord]) -> [Decoded] {
        let chunks = OrderedParallelMap.chunks(records.count, minimumChunk: 1024)
        return OrderedParallelMap.map(chunks.count, minimumChunk: 1) { chunk in
            var file = ""
            return chunks[chunk].map { index -> Decoded in
                let record = records[index]
                let name = record[0]
                if name != file { file = name }
                let lineText = record[1]
                guard let line = Int(lineText) else { return .badLine(lineText) }
                return .row(SourceRow(file: file, line: line, raw: record[2], values: (3..<record.count).map { record[$0] }))
            }
        }.flatMap { $0 }
    }
}
