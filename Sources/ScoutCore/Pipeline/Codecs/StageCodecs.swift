/// Encodings of the in-memory stage boundaries as intermediate CSV files (documented in docs/development.md, "Stages and their files").
package enum StageCodecs {
    // MARK: Source rows (stages/ingest/rows.csv)

    static let rowHeader = ["source_file", "source_line", "raw"] + CreatorField.allCases.map(\.rawValue)

    package static func writeRows(_ rows: [SourceRow], to path: String) throws {
        try ParallelTableWriter.write(path, header: rowHeader, count: rows.count) { index, writer in
            let row = rows[index]
            writer.write(field: row.file, first: true)
            writer.write(field: String(row.line), first: false)
            writer.write(field: row.raw, first: false)
            for value in row.values { writer.write(field: value, first: false) }
            writer.endRecord()
        }
    }

    package static func readRows(_ path: String) throws -> [SourceRow] {
        try SourceRowReader.read(path, required: rowHeader)
    }

    // MARK: Quarantine (stages/*/quarantine.csv and quarantine.csv)

    package static let quarantineHeader = ["file", "line", "column", "reason", "message", "raw"]

    package static func quarantineRow(_ entry: QuarantineEntry) -> [String] {
        [
            entry.file, String(entry.line), entry.column.map(String.init) ?? "", entry.reason.rawValue, entry.message,
            entry.raw,
        ]
    }

    package static func writeQuarantine(_ entries: [QuarantineEntry], to path: String) throws {
        try IntermediateTable.write(path, header: quarantineHeader, rows: entries.lazy.map(quarantineRow))
    }

    package static func readQuarantine(_ path: String) throws -> [QuarantineEntry] {
        let table = try IntermediateTable.read(path, required: quarantineHeader)
        return try table.rows.map { f in
            guard let line = Int(f[1]), let reason = QuarantineReason(rawValue: f[3]) else {
                throw ScoutError.badIntermediate(path: path, reason: "bad quarantine row \(f.prefix(4))")
            }
            return QuarantineEntry(file: f[0], line: line, column: Int(f[2]), reason: reason, message: f[4], raw: f[5])
        }
    }

    // MARK: Merges

    package static let mergeHeader = ["kept_id", "merged_ids", "rule", "evidence"]

    package static func mergeRow(_ merge: MergeRecord) -> [String] {
        [merge.keptID, merge.mergedIDs.joined(separator: "|"), merge.ruleText, merge.evidence]
    }

    package static func writeMerges(_ merges: [MergeRecord], to path: String) throws {
        try IntermediateTable.write(path, header: mergeHeader, rows: merges.lazy.map(mergeRow))
    }

    package static func readMerges(_ path: String) throws -> [MergeRecord] {
        let table = try IntermediateTable.read(path, required: mergeHeader)
        return try table.rows.map { row in
            guard let rules = MergeRecord.rules(parsing: row[2]) else {
                throw ScoutError.badIntermediate(path: path, reason: "unknown merge rule '\(row[2])' for \(row[0])")
            }
            return MergeRecord(
                keptID: row[0], mergedIDs: row[1].split(separator: "|").map(String.init), rules: rules, evidence: row[3]
            )
        }
    }
}
