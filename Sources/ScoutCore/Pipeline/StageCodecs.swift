/// Encodings of the in-memory stage boundaries as intermediate CSV files (documented in docs/development.md, "Stages and their files").
public enum StageCodecs {
    // MARK: Source rows (stages/ingest/rows.csv)

    static let rowHeader = ["source_file", "source_line", "raw"] + CreatorField.allCases.map(\.rawValue)

    public static func writeRows(_ rows: [SourceRow], to path: String) throws {
        try ParallelTableWriter.write(path, header: rowHeader, count: rows.count) { [rows[$0].file, String(rows[$0].line), rows[$0].raw] + rows[$0].values }
    }

    public static func readRows(_ path: String) throws -> [SourceRow] {
        try SourceRowReader.read(path, required: rowHeader)
    }

    // MARK: Quarantine (stages/*/quarantine.csv and quarantine.csv)

    public static let quarantineHeader = ["file", "line", "column", "reason", "message", "raw"]

    public static func quarantineRow(_ entry: QuarantineEntry) -> [String] {
        [entry.file, String(entry.line), entry.column.map(String.init) ?? "", entry.reason.rawValue, entry.message, entry.raw]
    }

    public static func writeQuarantine(_ entries: [QuarantineEntry], to path: String, spreadsheetSafe: Bool = false, utf8BOM: Bool = false) throws {
        try IntermediateTable.write(path, header: quarantineHeader, rows: entries.map(quarantineRow), spreadsheetSafe: spreadsheetSafe, utf8BOM: utf8BOM)
    }

    public static func readQuarantine(_ path: String) throws -> [QuarantineEntry] {
        let table = try IntermediateTable.read(path, required: quarantineHeader)
        return try table.rows.map { f in
            guard let line = Int(f[1]), let reason = QuarantineReason(rawValue: f[3]) else {
                throw ScoutError.badIntermediate(path: path, reason: "bad quarantine row \(f.prefix(4))")
            }
            return QuarantineEntry(file: f[0], line: line, column: Int(f[2]), reason: reason, message: f[4], raw: f[5])
        }
    }

    // MARK: Merges

    public static let mergeHeader = ["kept_id", "merged_ids", "rule", "evidence"]

    public static func writeMerges(_ merges: [MergeRecord], to path: String, spreadsheetSafe: Bool = false, utf8BOM: Bool = false) throws {
        try IntermediateTable.write(path, header: mergeHeader, rows: merges.map {
            [$0.keptID, $0.mergedIDs.joined(separator: "|"), $0.rule, $0.evidence]
        }, spreadsheetSafe: spreadsheetSafe, utf8BOM: utf8BOM)
    }

    public static func readMerges(_ path: String) throws -> [MergeRecord] {
        let table = try IntermediateTable.read(path, required: mergeHeader)
        return table.rows.map { MergeRecord(keptID: $0[0], mergedIDs: $0[1].split(separator: "|").map(String.init), rule: $0[2], evidence: $0[3]) }
    }
}
