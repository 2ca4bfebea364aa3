import Foundation

/// Everything read from one creator export.
public struct CreatorFileIngest: Sendable {
    public var report: FileReport
    public var info: CSVFileInfo
    public var mapping: HeaderMapping?
    public var rows: [SourceRow] = []
    public var quarantine: [QuarantineEntry] = []
}

/// Reads one creator export: maps headers, checks each record's shape, and keeps every row or quarantines it.
public struct CreatorExportReader: Sendable {
    public var reference: ReferenceData
    /// The platform the user stated for files that do not say (`--platform`).
    public var platform: Platform?
    /// How many data records are looked at to check that each column's values fit its field.
    public var sniffRecords = 200
    /// The threads that turn records into rows while the file is read (1: the reading thread alone).
    package var workers = ProcessInfo.processInfo.activeProcessorCount
    /// Records handed to another core at a time.
    static let batchRecords = 2048

    public init(reference: ReferenceData, platform: Platform? = nil) {
        self.reference = reference
        self.platform = platform
    }

    /// Reads `path`.
    /// - Throws: `ScoutError.unreadableInput` when the file cannot be read, `missingColumns` when no column
    ///   holds a handle or a follower count.
    /// - Complexity: O(n) in the file size; memory O(rows kept).
    public func read(_ path: String, diagnostics: inout DiagnosticsCollector) throws -> CreatorFileIngest {
        var mapping: HeaderMapping?
        var pending: [CSVRecord] = []
        var result = CreatorFileIngest(
            report: FileReport(path: path, kind: .creators, info: CSVFileInfo()), info: CSVFileInfo())
        var filePlatform: (Platform, String)?
        var percentRates: Set<Int> = []
        var fileDate: String?
        var localDiagnostics = DiagnosticsCollector()

        // Records become rows on the other cores while this thread reads on (`OrderedBatchPipeline`); results are
        // taken in record order, so rows, quarantine and diagnostics are what one sequential pass gives.
        var pipeline: OrderedBatchPipeline<[CSVRecord], CreatorRowConverter.Batch>?
        var batch: [CSVRecord] = []
        var rowChunks: [[SourceRow]] = []
        func take(_ converted: CreatorRowConverter.Batch) {
            let before = result.report.rowsRead
            result.report.rowsRead += converted.records
            if before >> 16 != result.report.rowsRead >> 16 {
                TerminalProgress.shared.running(
                    result.report.rowsRead, "rows read from " + (path as NSString).lastPathComponent)
            }
            rowChunks.append(converted.rows)
            result.quarantine += converted.quarantine
            localDiagnostics.merge(converted.diagnostics)
        }
        func process(_ record: CSVRecord) {
            batch.append(record)
            if batch.count >= Self.batchRecords {
                pipeline?.submit(batch, take: take)
                batch = []
                batch.reserveCapacity(Self.batchRecords)
            }
        }
        func startConverting(_ mapping: HeaderMapping) {
            let converter = CreatorRowConverter(
                path: path, mapping: mapping, percentRates: percentRates, platform: filePlatform?.0, asOf: fileDate)
            pipeline = OrderedBatchPipeline(workers: workers) { converter.convert($0) }
            batch.reserveCapacity(Self.batchRecords)
        }

        func settle(_ header: HeaderMapping) throws -> HeaderMapping {
            var header = header
            Self.pickHandleColumn(&header, sample: pending)
            let missing = header.missingRequired
            if !missing.isEmpty {
                throw ScoutError.missingColumns(
                    path: path, missing: missing.map(\.rawValue), seen: header.headers,
                    expected: missing.map { field in
                        "\(field.rawValue) as one of "
                            + reference.aliases.aliases(of: field).prefix(12).map { "'\($0)'" }.joined(separator: ", ")
                    },
                    hint: BriefReader.looksLikeBriefs(header.headers)
                        ? "hint: this looks like a briefs file (it has brief_id/brand columns): were --creators and --briefs swapped?"
                        : "")
            }
            Self.dropMisfitColumns(&header, sample: pending)
            for field in CreatorField.allCases where field.isRate {
                for column in header.columns[field] ?? []
                where ValueParsing.ratesArePercentages(pending.compactMap { column < $0.count ? $0[column] : nil }) {
                    percentRates.insert(column)
                }
            }
            if header.columns[.followers] == nil {
                throw ScoutError.missingColumns(
                    path: path, missing: ["followers"], seen: header.headers,
                    expected: ["a column of follower counts (the mapped column(s) hold no numbers)"])
            }
            if header.columns[.platform] == nil {
                let fromName = Self.platform(fromFileName: path)
                if let platform {
                    filePlatform = (platform, "--platform")
                } else if let hint = header.platformHint {
                    filePlatform = (hint.platform, "header '\(hint.header)'")
                } else if let fromName {
                    filePlatform = (fromName, "file name")
                }
            }
            if header.columns[.asOf] == nil, let date = SnapshotDate.fromFileName(path) {
                fileDate = date
                localDiagnostics.note(
                    .asOfFromFileName, file: path, "no snapshot date column; using \(date) from the file name")
            }
            result.report.platform = filePlatform?.0.rawValue ?? (header.columns[.platform] != nil ? "column" : nil)
            result.report.platformSource = filePlatform?.1
            return header
        }

        let info: CSVFileInfo
        do {
            info = try CSVFileReader.read(path: path) { record in
                if mapping != nil {
                    process(record)
                } else if pending.isEmpty && result.mapping == nil {
                    result.mapping = HeaderMapping(
                        headers: record.fields.map(EmailRedaction.redact), aliases: reference.aliases)
                    pending.reserveCapacity(sniffRecords)
                    let header = result.mapping!
                    let rescuable = header.missingRequired == [.handle] && header.columns[.displayName] != nil
                    if !header.missingRequired.isEmpty && !rescuable {
                        mapping = try settle(header)
                        startConverting(mapping!)
                    }
                } else {
                    pending.append(record)
                    if pending.count >= sniffRecords {
                        mapping = try settle(result.mapping!)
                        startConverting(mapping!)
                        pending.forEach(process)
                        pending = []
                    }
                }
            } onMalformedRecord: { issue in
                guard result.mapping != nil else {
                    // The header line itself is broken: nothing after it can be mapped.
                    throw ScoutError.unreadableInput(
                        path: path,
                        reason: "header line \(issue.line): " + Self.quarantineEntry(issue, file: path).message)
                }
                // Counted in record order with the records converted so far (the quarantine is sorted by line below).
                result.report.rowsRead += 1
                result.quarantine.append(Self.quarantineEntry(issue, file: path))
            }
        } catch let error as CSVError {
            throw ScoutError.unreadableInput(path: path, reason: error.reason)
        }
        if mapping == nil, let header = result.mapping {
            mapping = try settle(header)
            startConverting(mapping!)
            pending.forEach(process)
        }
        if !batch.isEmpty { pipeline?.submit(batch, take: take) }
        pipeline?.finish(take: take)
        result.rows = ChunkConcatenation.moveJoin(&rowChunks, filler: SourceRow(file: "", line: 0, raw: "", values: []))
        guard result.mapping != nil else {
            throw ScoutError.unreadableInput(path: path, reason: "file is empty (no header)")
        }
        result.mapping = mapping
        result.info = info
        let counts = result.report
        result.report = FileReport(path: path, kind: .creators, info: info)
        result.report.rowsRead = counts.rowsRead
        result.report.platform = counts.platform
        result.report.platformSource = counts.platformSource
        result.report.rowsQuarantined = result.quarantine.count
        result.report.rowsAccepted = result.rows.count
        result.quarantine.sort { $0.line < $1.line }
        if info.oddTrailingByte {
            localDiagnostics.warning(
                .oddUTF16Byte, file: path, line: info.lines,
                "the file is UTF-16 but has an odd number of bytes: its last byte (half a character) was not read")
        }
        for (name, columns) in Self.duplicateHeaders(result.mapping?.headers ?? []) {
            localDiagnostics.warning(
                .duplicateHeader, file: path, line: 1, column: columns[0] + 1,
                "header '\(VisibleText.shortened(name))' names columns \(columns.map { String($0 + 1) }.joined(separator: ", ")); "
                    + "for one field the first non-empty value is used")
        }
        if info.windows1252Records > 0 {
            localDiagnostics.warning(
                .windows1252, file: path, line: info.firstWindows1252Line,
                "\(info.windows1252Records) record(s) were not valid UTF-8 and were read as Windows-1252")
        }
        if let mapping, result.report.rowsAccepted > 0 {
            let missing = [CreatorField.following, .posts].filter { mapping.columns[$0] == nil }.map(\.rawValue)
            if !missing.isEmpty {
                localDiagnostics.warning(
                    .authenticityInputsMissing, file: path, line: 1,
                    "no \(missing.joined(separator: " or ")) column: authenticity rests on the other signals, "
                        + "with lower authenticity_confidence")
            }
        }
        for (column, field, example) in mapping?.dropped ?? [] {
            localDiagnostics.warning(
                .columnMisfit, file: path, line: 1, column: column + 1,
                "column '\(result.mapping!.headers[column])' looked like \(field.rawValue) but holds values like '\(example)'; ignored"
            )
        }
        diagnostics.merge(localDiagnostics)
        return result
    }

    /// The quarantine entry for a record the CSV layer rejected.
    static func quarantineEntry(_ issue: CSVMalformedRecord, file: String) -> QuarantineEntry {
        var entry = malformedEntry(issue, file: file)
        entry.raw = EmailRedaction.redact(entry.raw)
        return entry
    }

    private static func malformedEntry(_ issue: CSVMalformedRecord, file: String) -> QuarantineEntry {
        switch issue.kind {
        case .unterminatedQuote:
            return QuarantineEntry(
                file: file, line: issue.line, column: issue.column, reason: .unterminatedQuote,
                message:
                    "quoted field opened at line \(issue.line), column \(issue.column) is never closed; the lines after it were read as rows of their own",
                raw: issue.rawText)
        case .textAfterClosingQuote:
            return QuarantineEntry(
                file: file, line: issue.line, column: issue.column, reason: .strayQuote,
                message: "text after a closing quote at \(issue.position); fix the quoting", raw: issue.rawText)
        case .recordTooLong:
            return QuarantineEntry(
                file: file, line: issue.line, column: issue.column, reason: .recordTooLong,
                message:
                    "line \(issue.line) is \(issue.byteCount) bytes, above the \(CSVFileReader.defaultMaxRecordBytes >> 20) MiB record limit; "
                    + "raw keeps its first \(issue.rawBytes.count) bytes", raw: issue.rawText)
        }
    }

    /// Header names (trimmed, case folded) that name more than one column, with the columns, in column order.
    static func duplicateHeaders(_ headers: [String]) -> [(name: String, columns: [Int])] {
        var columns: [String: [Int]] = [:]
        for (index, header) in headers.enumerated() {
            let key = header.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
            if !key.isEmpty { columns[key, default: []].append(index) }
        }
        return columns.values.filter { $0.count > 1 }.sorted { $0[0] < $1[0] }
            .map { (headers[$0[0]].trimmingCharacters(in: .whitespacesAndNewlines), $0) }
    }

    /// A record that cannot be a row: all empty, or a different number of fields than the header.
    static func shapeProblem(_ record: CSVRecord, mapping: HeaderMapping, file: String) -> QuarantineEntry? {
        let expected = mapping.headers.count
        if record.isEmpty {
            return QuarantineEntry(
                file: file, line: record.line, reason: .missingHandle, message: "row is empty",
                raw: EmailRedaction.redact(record.rawText))
        }
        if record.count != expected {
            return QuarantineEntry(
                file: file, line: record.line, reason: .raggedRow,
                message: "\(record.count) fields where the header has \(expected)",
                raw: EmailRedaction.redact(record.rawText))
        }
        return nil
    }

    /// The platform a file name names: `tiktok-dec-2022.csv`, `ig_export.csv`, `YT channels.csv`.
    static func platform(fromFileName path: String) -> Platform? {
        let name = ((path as NSString).lastPathComponent as NSString).deletingPathExtension.lowercased()
        let words = name.split(whereSeparator: { !$0.isLetter })
        let named = Set(words.compactMap { Platform(parsing: String($0)) })
            .union(Platform.allCases.filter { $0.rawValue.count > 2 && name.contains($0.rawValue) })
        return named.count == 1 ? named.first : nil
    }

    /// Exports disagree on which "name" column is the handle (`instagram name` is the handle in one month and
    /// the display name in the next). Among the handle and display-name columns, the one whose sampled values
    /// look like handles (no spaces; letters, digits, `.`, `_`, `-`) becomes the handle when the mapped
    /// handle column looks clearly less like one (by 30 points of share).
    static func pickHandleColumn(_ mapping: inout HeaderMapping, sample: [CSVRecord]) {
        func handleShare(_ column: Int) -> Double {
            var present = 0
            var handleLike = 0
            for record in sample where column < record.count {
                let value = record[column].trimmingCharacters(in: .whitespaces)
                if value.isEmpty { continue }
                present += 1
                let body = value.hasPrefix("@") ? value.dropFirst() : Substring(value)
                if !body.isEmpty
                    && body.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "." || $0 == "_" || $0 == "-" })
                {
                    handleLike += 1
                }
            }
            return present == 0 ? 0 : Double(handleLike) / Double(present)
        }
        let handleColumns = mapping.columns[.handle] ?? []
        let current = handleColumns.first.map(handleShare) ?? 0
        guard current < 0.7, sample.count >= 3 else { return }
        let candidates = (mapping.columns[.displayName] ?? []).map { ($0, handleShare($0)) }
            .filter { $0.1 >= 0.6 && $0.1 >= current + 0.3 }
        guard let best = candidates.max(by: { $0.1 < $1.1 }) else { return }
        mapping.columns[.displayName]?.removeAll { $0 == best.0 }
        if mapping.columns[.displayName]?.isEmpty == true { mapping.columns[.displayName] = nil }
        mapping.columns[.displayName, default: []].append(contentsOf: handleColumns)
        mapping.columns[.handle] = [best.0]
        mapping.remapped.append((best.0, .handle))
    }

    /// Drops count and rate columns whose sampled values are mostly not numbers (headers shifted off their data).
    static func dropMisfitColumns(_ mapping: inout HeaderMapping, sample: [CSVRecord]) {
        for (field, indices) in mapping.columns where field.isCount || field.isRate {
            for column in indices {
                var present = 0
                var bad = 0
                var example = ""
                for record in sample where column < record.count {
                    let text = record[column]
                    let parsed = field.isRate ? ValueParsing.rate(text, percentColumn: false) : ValueParsing.count(text)
                    switch parsed {
                    case .missing: continue
                    case .value, .outOfRange: present += 1
                    case .invalid:
                        present += 1
                        bad += 1
                        if example.isEmpty { example = EmailRedaction.redact(text) }
                    }
                }
                if present >= 3 && bad * 2 > present { mapping.drop(column: column, from: field, example: example) }
            }
        }
    }
}
