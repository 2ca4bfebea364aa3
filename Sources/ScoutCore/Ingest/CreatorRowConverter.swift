/// Turns the records of one creator export into rows once its header is mapped: a pure function of the record,
/// so batches of records can be converted on any core (`CreatorExportReader`).
struct CreatorRowConverter: Sendable {
    var path: String
    var mapping: HeaderMapping
    /// Rate columns whose values are percentages without a `%` sign.
    var percentRates: Set<Int>
    /// The platform of a file without a platform column (`--platform`, a header hint or the file name).
    var platform: Platform?
    /// The snapshot date of a file without an `as_of` column (from its name).
    var asOf: String?

    /// What one batch of records became, in record order.
    struct Batch: Sendable {
        var records = 0
        var rows: [SourceRow] = []
        var quarantine: [QuarantineEntry] = []
        var diagnostics = DiagnosticsCollector()
    }

    /// The rows of `records`, the quarantine entries of the ones that cannot be rows, and their diagnostics.
    func convert(_ records: [CSVRecord]) -> Batch {
        var batch = Batch(records: records.count)
        batch.rows.reserveCapacity(records.count)
        for record in records {
            if let entry = CreatorExportReader.shapeProblem(record, mapping: mapping, file: path) {
                batch.quarantine.append(entry)
                continue
            }
            if let stray = record.strayQuote {
                batch.diagnostics.warning(
                    .strayQuote, file: path, line: stray.line, column: stray.column,
                    "quote inside an unquoted field; read literally")
            }
            batch.rows.append(row(record))
        }
        return batch
    }

    /// The row of a record of the header's shape.
    func row(_ record: CSVRecord) -> SourceRow {
        // No clear e-mail address goes further than this (docs/privacy.md): the email column becomes its key,
        // addresses anywhere else (bio, display name, the raw row) become `[email e:…]`.
        var row = SourceRow(file: path, line: record.line, raw: EmailRedaction.redact(record.rawText))
        for (field, indices) in mapping.columns {
            let values = indices.compactMap { $0 < record.count ? record[$0] : nil }
                .map { ASCIIFastPath.trimmed($0) ?? $0.trimmingCharacters(in: .whitespacesAndNewlines) }
                .map {
                    field == .email
                        ? (ValueParsing.isMissing($0) ? "" : EmailKey.hash($0)) : EmailRedaction.redact($0)
                }
                .filter { !$0.isEmpty && !(field != .bio && ValueParsing.isMissing($0)) }
            if field.joinsColumns {
                row[field] = values.joined(separator: "|")
            } else if var value = values.first {
                if field.isRate, indices.contains(where: percentRates.contains), !value.hasSuffix("%") {
                    value += "%"
                }
                row[field] = value
            }
        }
        if row[.platform].isEmpty, let platform { row[.platform] = platform.rawValue }
        if row[.asOf].isEmpty, let asOf { row[.asOf] = asOf }
        return row
    }
}
