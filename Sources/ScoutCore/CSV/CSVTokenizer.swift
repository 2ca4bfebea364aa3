// The only file in Scout that imports libcsv.
import CLibCSV

/// Field and record-end bytes collected by libcsv's callbacks for the record being parsed.
struct TokenizerBuffers {
    var fieldBytes: [UInt8] = []
    var fieldEnds: [Int] = []
    var recordEnded = false
}

private func collectField(_ data: UnsafeMutableRawPointer?, _ length: Int, _ context: UnsafeMutableRawPointer?) {
    let buffers = context!.assumingMemoryBound(to: TokenizerBuffers.self)
    if let data, length > 0 {
        buffers.pointee.fieldBytes.append(
            contentsOf: UnsafeRawBufferPointer(start: UnsafeRawPointer(data), count: length))
    }
    buffers.pointee.fieldEnds.append(buffers.pointee.fieldBytes.count)
}

private func collectRecordEnd(_ terminator: Int32, _ context: UnsafeMutableRawPointer?) {
    context!.assumingMemoryBound(to: TokenizerBuffers.self).pointee.recordEnded = true
}

private func noSpaceCharacters(_ byte: UInt8) -> Int32 { 0 }

/// Splits UTF-8 bytes into CSV records with libcsv, keeping each record's raw bytes and line number.
///
/// The input is fed to libcsv one physical line at a time, so every record boundary falls on a
/// segment boundary; that is how the raw bytes and starting line of each record are known. The result never
/// depends on how the input is cut into blocks: positions are counted from the start of the physical line and
/// every decision waits for the bytes it needs.
///
/// Parsing is strict (`CSV_STRICT | CSV_STRICT_FINI`). Recovery, so that no bad line costs the lines after it:
/// - a quote inside an unquoted field (`5'11"`) re-reads that record leniently and marks it with the position
///   of the quote; if the lenient read leaves a quoted field open at the end of that line, the record is
///   reported as an unterminated quote and reading resumes on the next line;
/// - text after a closing quote (`"ab"c`) reports the record up to the end of its line;
/// - a quoted field that runs across line breaks and then goes wrong (text after its closing quote, a record
///   with another field count than the first record, the end of the input, or more than `maxRecordBytes`) is
///   taken as an unclosed quote: the line where the record started is reported and the lines after it are read
///   again;
/// - a physical line longer than `maxRecordBytes` is reported (its first bytes kept) and skipped.
final class CSVTokenizer {
    private var parser = csv_parser()
    private let buffers: UnsafeMutablePointer<TokenizerBuffers>
    private let delimiter: UInt8
    private let maxRecordBytes: Int
    private var isStrict = true

    private(set) var line = 1
    private var lastByteWasCR = false
    /// Whether the last byte read was a line break (then `line` is one past the last line).
    var endedWithLineBreak: Bool { lastByteRead == 0x0A || lastByteRead == 0x0D }
    private var lastByteRead: UInt8 = 0x0A
    private var inRecord = false
    private var recordStartLine = 0
    private var recordBytes: [UInt8] = []
    /// Where the current physical line starts in `recordBytes`.
    private var lineStart = 0
    private var strayQuote: CSVPosition?
    private(set) var lineEndings = LineEndingCounts()
    private(set) var blankLines = 0
    /// The first record's field count: a record spanning lines with another count is a runaway quoted field.
    private var expectedFields: Int?
    /// The line counters right after the current record's first line, restored when the record is read again
    /// from its second line; nil while the record is on its first line.
    private var afterFirstLine: Counters?
    /// A malformed record whose line is being read to its end before it is reported.
    private var skipping: Skip?
    /// Bytes to read again before the rest of the input, the top one first (see `rewind`).
    private var replays: [(bytes: [UInt8], offset: Int)] = []

    /// The most bytes of an over-long line kept for its report.
    static let keptPrefix = 1024

    private struct Counters {
        var line: Int
        var lastByteWasCR: Bool
        var lineEndings: LineEndingCounts
        var blankLines: Int
    }

    private struct Skip {
        var kind: CSVMalformedRecord.Kind
        var line: Int
        var position: CSVPosition
        var raw: [UInt8]
        var byteCount: Int

        /// The record as it is reported.
        var report: CSVMalformedRecord {
            CSVMalformedRecord(kind: kind, line: line, position: position, rawBytes: raw, byteCount: byteCount)
        }
    }

    init(delimiter: UInt8, maxRecordBytes: Int = CSVFileReader.defaultMaxRecordBytes) throws(CSVError) {
        self.delimiter = delimiter
        self.maxRecordBytes = max(1, maxRecordBytes)
        buffers = .allocate(capacity: 1)
        buffers.initialize(to: TokenizerBuffers())
        try startParser(strict: true)
    }

    deinit {
        csv_free(&parser)
        buffers.deinitialize(count: 1)
        buffers.deallocate()
    }

    private func startParser(strict: Bool) throws(CSVError) {
        let options = strict ? CSV_STRICT | CSV_STRICT_FINI : CSV_STRICT_FINI
        guard csv_init(&parser, UInt8(options)) == 0 else { throw .outOfMemory }
        csv_set_delim(&parser, delimiter)
        csv_set_space_func(&parser, noSpaceCharacters)
        csv_set_blk_size(&parser, 1 << 16)
        isStrict = strict
    }

    private func restartParser(strict: Bool) throws(CSVError) {
        csv_free(&parser)
        buffers.pointee.fieldBytes.removeAll(keepingCapacity: true)
        buffers.pointee.fieldEnds.removeAll(keepingCapacity: true)
        buffers.pointee.recordEnded = false
        try startParser(strict: strict)
    }

    /// Drops the record being read (after it was reported or handed over) and parses the next one strictly.
    /// - Parameter restart: false after a record libcsv ended cleanly in strict mode (its parser is ready for the next).
    private func endRecord(restart: Bool = true) throws {
        inRecord = false
        strayQuote = nil
        afterFirstLine = nil
        if restart || !isStrict {
            try restartParser(strict: true)
        } else {
            buffers.pointee.fieldBytes.removeAll(keepingCapacity: true)
            buffers.pointee.fieldEnds.removeAll(keepingCapacity: true)
            buffers.pointee.recordEnded = false
        }
    }

    /// Feeds a block of UTF-8 bytes; calls `emit` for every record completed inside it.
    func feed(
        _ block: UnsafeRawBufferPointer, emit: (CSVRecord) throws -> Void,
        malformed: (CSVMalformedRecord) throws -> Void
    ) throws {
        var offset = 0
        while true {
            if let top = replays.last {
                let bytes = top.bytes
                if top.offset >= bytes.count {
                    replays.removeLast()
                    continue
                }
                let length = segmentLength(in: bytes, from: top.offset)
                replays[replays.count - 1].offset += length
                try bytes.withUnsafeBytes { all in
                    try feedSegment(
                        UnsafeRawBufferPointer(rebasing: all[top.offset..<(top.offset + length)]), emit: emit,
                        malformed: malformed)
                }
                continue
            }
            guard offset < block.count else { return }
            let length = segmentLength(in: block, from: offset)
            try feedSegment(
                UnsafeRawBufferPointer(rebasing: block[offset..<(offset + length)]), emit: emit, malformed: malformed)
            offset += length
        }
    }

    /// The length of the next segment: up to and including the next CR or LF, and no further than the record
    /// size limit allows (so the limit is met at the same byte however the input is cut into blocks).
    private func segmentLength<Bytes: Collection>(in bytes: Bytes, from start: Int) -> Int
    where Bytes.Element == UInt8, Bytes.Index == Int {
        let room = skipping != nil ? Int.max : (inRecord ? maxRecordBytes - recordBytes.count : maxRecordBytes)
        var end = start
        let limit = room > 0 ? min(bytes.endIndex, start + room) : bytes.endIndex
        while end < limit {
            let byte = bytes[end]
            end += 1
            if byte == 0x0A || byte == 0x0D { break }
        }
        return end - start
    }

    private func feedSegment(
        _ segment: UnsafeRawBufferPointer, emit: (CSVRecord) throws -> Void,
        malformed: (CSVMalformedRecord) throws -> Void
    ) throws {
        let last = segment[segment.count - 1]
        lastByteRead = last
        let terminated = last == 0x0A || last == 0x0D
        // A CR followed by anything but LF ended its line on its own (an LF after other bytes is no CRLF).
        if !terminated { lastByteWasCR = false }
        if var skip = skipping {
            let body = terminated ? segment.count - 1 : segment.count
            skip.byteCount += body
            if skip.kind != .recordTooLong && skip.byteCount > maxRecordBytes {
                // The rest of a bad line is kept for its report, up to the limit; past it only its start is.
                skip.kind = .recordTooLong
                skip.raw = Array(skip.raw.prefix(Self.keptPrefix))
            }
            if skip.kind == .recordTooLong {
                skip.raw.append(contentsOf: segment.prefix(min(max(0, Self.keptPrefix - skip.raw.count), body)))
            } else {
                skip.raw.append(contentsOf: segment.prefix(body))
            }
            guard terminated else {
                skipping = skip
                return
            }
            skipping = nil
            countLineBreak(segment)
            try malformed(skip.report)
            return
        }
        if !inRecord {
            if segment.count == 1 && terminated {
                if !(last == 0x0A && lastByteWasCR) { blankLines += 1 }
                countLineBreak(segment)
                return
            }
            inRecord = true
            recordStartLine = line
            recordBytes.removeAll(keepingCapacity: true)
            lineStart = 0
        }
        if recordBytes.count >= maxRecordBytes {
            try overflow(segment, terminated: terminated, emit: emit, malformed: malformed)
            return
        }
        recordBytes.append(contentsOf: segment)
        let parsed = csv_parse(&parser, segment.baseAddress, segment.count, collectField, collectRecordEnd, buffers)
        if parsed < segment.count {
            guard isStrict, csv_error(&parser) == CSV_EPARSE else { throw CSVError.outOfMemory }
            let badOffset = recordBytes.count - segment.count + parsed
            let position = CSVPosition(line: line, column: columnInLine(badOffset))
            if segment[parsed] != 0x22 {
                // Text after a closing quote. If the quoted field it closes ran across line breaks, the quote was most
                // likely never meant to open: report the record's first line and read the lines after it again.
                if afterFirstLine != nil && spanningFieldClosesAt(badOffset - 1) {
                    try rewind(emit: emit, malformed: malformed)
                    return
                }
                // Otherwise the record is reported up to the end of its line and reading resumes on the next line.
                var raw = recordBytes
                if terminated { raw.removeLast() }
                let skip = Skip(
                    kind: .textAfterClosingQuote, line: recordStartLine, position: position, raw: raw,
                    byteCount: raw.count)
                try endRecord()
                try reportAtLineEnd(skip, terminated: terminated, segment: segment, malformed: malformed)
                return
            }
            // A quote inside an unquoted field: read the record again leniently; the quote is kept literally.
            strayQuote = position
            try restartParser(strict: false)
            let reparsed = recordBytes.withUnsafeBytes { bytes in
                csv_parse(&parser, bytes.baseAddress, bytes.count, collectField, collectRecordEnd, buffers)
            }
            guard reparsed == recordBytes.count else { throw CSVError.outOfMemory }
        }
        guard terminated else { return }
        if buffers.pointee.recordEnded {
            countLineBreak(segment)
            try finishRecord(emit: emit, malformed: malformed)
            return
        }
        // The record goes on past this line break: a quoted field is open.
        if !isStrict {
            // Lenient reading (after a stray quote) would keep that field open to the next quote anywhere in the
            // file; the record is reported instead and reading resumes on the next line.
            var raw = recordBytes
            raw.removeLast()
            let opening = CSVPosition(line: line, column: openingQuoteColumn())
            let startLine = recordStartLine
            try endRecord()
            countLineBreak(segment)
            try malformed(
                CSVMalformedRecord(
                    kind: .unterminatedQuote, line: startLine, position: opening, rawBytes: raw, byteCount: raw.count))
            return
        }
        countLineBreak(segment)
        if afterFirstLine == nil {
            afterFirstLine = Counters(
                line: line, lastByteWasCR: lastByteWasCR, lineEndings: lineEndings, blankLines: blankLines)
        }
        lineStart = recordBytes.count
    }

    /// The record reached `maxRecordBytes` before its end.
    private func overflow(
        _ segment: UnsafeRawBufferPointer, terminated: Bool, emit: (CSVRecord) throws -> Void,
        malformed: (CSVMalformedRecord) throws -> Void
    ) throws {
        if afterFirstLine != nil {
            // A quoted field ran on for more than the limit across lines: an unclosed quote. The segment that did
            // not fit is read after the replayed lines.
            let below = replays.count
            try rewind(emit: emit, malformed: malformed)
            replays.insert((Array(segment), 0), at: below)
            return
        }
        // One physical line longer than the limit: keep its first bytes for the report and skip the rest.
        let body = terminated ? segment.count - 1 : segment.count
        let skip = Skip(
            kind: .recordTooLong, line: recordStartLine, position: CSVPosition(line: line, column: 1),
            raw: Array(recordBytes.prefix(Self.keptPrefix)), byteCount: recordBytes.count + body)
        try endRecord()
        try reportAtLineEnd(skip, terminated: terminated, segment: segment, malformed: malformed)
    }

    /// Reports the current record's first line as an unclosed quote and queues the bytes after it to be read again.
    private func rewind(emit: (CSVRecord) throws -> Void, malformed: (CSVMalformedRecord) throws -> Void) throws {
        guard let counters = afterFirstLine else { return }
        let firstEnd = recordBytes.firstIndex(where: { $0 == 0x0A || $0 == 0x0D })! + 1
        let firstLine = Array(recordBytes[..<(firstEnd - 1)])
        let rest = Array(recordBytes[firstEnd...])
        let startLine = recordStartLine
        try endRecord()
        line = counters.line
        lastByteWasCR = counters.lastByteWasCR
        lineEndings = counters.lineEndings
        blankLines = counters.blankLines
        if !rest.isEmpty { replays.append((rest, 0)) }
        try malformed(
            CSVMalformedRecord(
                kind: .unterminatedQuote, line: startLine,
                position: CSVPosition(
                    line: startLine, column: Self.openingQuoteColumn(firstLine, delimiter: delimiter)),
                rawBytes: firstLine, byteCount: firstLine.count))
    }

    /// Whether the first unpaired quote on the current line (which closes the quoted field carried over from the
    /// previous line) is at `offset` in `recordBytes`.
    private func spanningFieldClosesAt(_ offset: Int) -> Bool {
        var index = lineStart
        while index < offset {
            if recordBytes[index] == 0x22 {
                if recordBytes[index + 1] == 0x22 {
                    index += 2
                    continue
                }
                return false
            }
            index += 1
        }
        return index == offset && recordBytes[offset] == 0x22
    }

    /// Reports `skip` when its line ended with this segment; otherwise holds it until the line's end is read.
    private func reportAtLineEnd(
        _ skip: Skip, terminated: Bool, segment: UnsafeRawBufferPointer,
        malformed: (CSVMalformedRecord) throws -> Void
    ) throws {
        guard terminated else {
            skipping = skip
            return
        }
        countLineBreak(segment)
        try malformed(skip.report)
    }

    private func countLineBreak(_ segment: UnsafeRawBufferPointer) {
        let last = segment[segment.count - 1]
        if last == 0x0D {
            line += 1
            lineEndings.cr += 1
        } else if last == 0x0A {
            if segment.count == 1 && lastByteWasCR {
                lineEndings.cr -= 1
                lineEndings.crlf += 1
            } else {
                line += 1
                lineEndings.lf += 1
            }
        }
        lastByteWasCR = last == 0x0D
    }

    private func finishRecord(emit: (CSVRecord) throws -> Void, malformed: (CSVMalformedRecord) throws -> Void) throws {
        let fieldCount = buffers.pointee.fieldEnds.count
        if afterFirstLine != nil, let expected = expectedFields, fieldCount != expected {
            // A quoted field ran across lines into a record of the wrong shape: it was an unclosed quote.
            try rewind(emit: emit, malformed: malformed)
            return
        }
        if expectedFields == nil { expectedFields = fieldCount }
        var raw = recordBytes
        while let last = raw.last, last == 0x0A || last == 0x0D { raw.removeLast() }
        let record = CSVRecord(
            line: recordStartLine, fieldBytes: buffers.pointee.fieldBytes,
            fieldEnds: buffers.pointee.fieldEnds, rawBytes: raw, strayQuote: strayQuote)
        try endRecord(restart: false)
        try emit(record)
    }

    /// Ends the input: emits the last record, or reports an unclosed quote and reads the lines after it again.
    func finish(emit: (CSVRecord) throws -> Void, malformed: (CSVMalformedRecord) throws -> Void) throws {
        while true {
            if !replays.isEmpty {
                try feed(UnsafeRawBufferPointer(start: nil, count: 0), emit: emit, malformed: malformed)
            }
            if let skip = skipping {
                skipping = nil
                try malformed(skip.report)
                continue
            }
            guard inRecord else { return }
            let openQuote = parser.quoted != 0 && parser.pstate == 2  // FIELD_BEGUN inside quotes
            if !openQuote && csv_fini(&parser, collectField, collectRecordEnd, buffers) == 0 {
                if buffers.pointee.recordEnded {
                    try finishRecord(emit: emit, malformed: malformed)
                } else {
                    try endRecord()
                }
                continue
            }
            // A quoted field is still open at the end of the input.
            if afterFirstLine != nil {
                try rewind(emit: emit, malformed: malformed)
                continue
            }
            let raw = recordBytes
            let position = CSVPosition(line: line, column: openingQuoteColumn())
            let startLine = recordStartLine
            try endRecord()
            try malformed(
                CSVMalformedRecord(
                    kind: .unterminatedQuote, line: startLine, position: position, rawBytes: raw, byteCount: raw.count))
        }
    }

    /// The 1-based character column of `offset` (in `recordBytes`) on the current physical line.
    private func columnInLine(_ offset: Int) -> Int {
        recordBytes.withUnsafeBytes {
            Self.characterColumn(UnsafeRawBufferPointer(rebasing: $0[lineStart...]), byteOffset: offset - lineStart)
        }
    }

    /// The column of the quote that opened the last field on the current physical line.
    private func openingQuoteColumn() -> Int {
        var end = recordBytes.count
        while end > lineStart, recordBytes[end - 1] == 0x0A || recordBytes[end - 1] == 0x0D { end -= 1 }
        return Self.openingQuoteColumn(Array(recordBytes[lineStart..<end]), delimiter: delimiter)
    }

    private static func characterColumn(_ bytes: UnsafeRawBufferPointer, byteOffset: Int) -> Int {
        var column = 1
        for index in 0..<min(byteOffset, bytes.count) where bytes[index] & 0xC0 != 0x80 { column += 1 }
        return column
    }

    /// The 1-based character column of the quote that opened the last field on `line`.
    private static func openingQuoteColumn(_ line: [UInt8], delimiter: UInt8) -> Int {
        var inQuotes = false
        var fieldStart = true
        var opening = 0
        for (index, byte) in line.enumerated() {
            if inQuotes {
                if byte == 0x22 { inQuotes = false }
            } else if byte == 0x22 && fieldStart {
                inQuotes = true
                opening = index
            }
            fieldStart = !inQuotes && byte == delimiter
        }
        return line.withUnsafeBytes { characterColumn($0, byteOffset: opening) }
    }
}
