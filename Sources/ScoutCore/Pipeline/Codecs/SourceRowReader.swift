/// Reads `stages/ingest/rows.csv` straight into `SourceRow`s.
///
/// Through `StageTableReader`: decoded on every core in batches, without the whole table as `[[String]]`; the
/// errors are those of `IntermediateTable.read` followed by the row conversion (the last: the first unreadable
/// `source_line`).
enum SourceRowReader {
    /// Records decoded per batch.
    static let batchSize = StageTableReader.batchSize

    static func read(_ path: String, required: [String]) throws -> [SourceRow] {
        try StageTableReader.read(path, required: required) { records, _ in
            // `source_file`, `source_line`, `raw`, then one value per `CreatorField`; consecutive rows of one file
            // share one `source_file` string.
            var file = ""
            return records.map { record -> Result<SourceRow, any Error> in
                let name = record[0]
                if name != file { file = name }
                let lineText = record[1]
                guard let line = Int(lineText) else {
                    return .failure(ScoutError.badIntermediate(path: path, reason: "bad source_line '\(lineText)'"))
                }
                return .success(
                    SourceRow(file: file, line: line, raw: record[2], values: (3..<record.count).map { record[$0] }))
            }
        }.values
    }
}
