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
    /// The mapped fields in `CreatorField` order, with their columns and whether a `%` is added to their values.
    private let fields: [(field: CreatorField, columns: [Int], addsPercent: Bool)]

    init(path: String, mapping: HeaderMapping, percentRates: Set<Int>, platform: Platform?, asOf: String?) {
        self.path = path
        self.mapping = mapping
        self.percentRates = percentRates
        self.platform = platform
        self.asOf = asOf
        fields = mapping.columns.sorted { $0.key.ordinal < $1.key.ordinal }.map { field, columns in
            (field, columns, field.isRate && columns.contains(where: percentRates.contains))
        }
    }

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

    /// The row of a record of the header's shape, in one pass over its mapped cells.
    ///
    /// Per field: each column's cell trimmed; the email column becomes its key and addresses anywhere else
    /// `[email e:…]`; empty and missing-value cells (`N/A`, `-`…; except in a bio) dropped. A field fed by several
    /// columns (niches, hashtags…) joins their values with `|`; any other field takes the first value, a rate from a
    /// percent column with a `%` added. `IngestRowFastPathTests` checks this against the rule written naively.
    func row(_ record: CSVRecord) -> SourceRow {
        // No clear e-mail address goes further than this (docs/privacy.md): the email column becomes its key,
        // addresses anywhere else (bio, display name, the raw row) become `[email e:…]`.
        var row = SourceRow(file: path, line: record.line, raw: EmailRedaction.redact(record.rawText))
        for (field, columns, addsPercent) in fields {
            if field.joinsColumns {
                var joined = ""
                for column in columns where column < record.count {
                    let value = Self.value(record[column], field: field)
                    if value.isEmpty { continue }
                    if !joined.isEmpty { joined += "|" }
                    joined += value
                }
                row[field] = joined
            } else {
                for column in columns where column < record.count {
                    var value = Self.value(record[column], field: field)
                    if value.isEmpty { continue }
                    if addsPercent && !Self.endsWithPercent(value) { value += "%" }
                    row[field] = value
                    break
                }
            }
        }
        if row[.platform].isEmpty, let platform { row[.platform] = platform.rawValue }
        if row[.asOf].isEmpty, let asOf { row[.asOf] = asOf }
        return row
    }

    /// What one cell gives its field: trimmed, keyed or redacted; empty when it holds no value.
    static func value(_ cell: String, field: CreatorField) -> String {
        let trimmed = ASCIIFastPath.trimmed(cell) ?? cell.trimmingCharacters(in: .whitespacesAndNewlines)
        if field == .email { return ValueParsing.isMissing(trimmed) ? "" : EmailKey.hash(trimmed) }
        let value = EmailRedaction.redact(trimmed)
        if value.isEmpty || (field != .bio && ValueParsing.isMissing(value)) { return "" }
        return value
    }

    /// `value.hasSuffix("%")`: its last character is `%`, read from the bytes unless a non-ASCII scalar (which
    /// could join the `%` into one character) comes just before it.
    static func endsWithPercent(_ value: String) -> Bool {
        let utf8 = value.utf8
        guard utf8.last == 0x25 else { return false }
        let beforeLast = utf8.dropLast().last
        if beforeLast == nil || beforeLast! < 0x80 { return true }
        return value.hasSuffix("%")
    }
}
