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
/// segment boundary; that is how the raw bytes and starting line of each record are known.
/// Parsing is strict (`CSV_STRICT | CSV_STRICT_FINI`). A strict error inside a record (a stray quote
/// in an unquoted field, text after a closing quote) re-parses that one record leniently and marks it
/// with the position of the bad byte; an unterminated quote at end of input is reported as an issue,
/// and the lines after the line where the quote opened are parsed again so no record is lost.
final class CSVTokenizer {
    private var parser = csv_parser()
    private let buffers: UnsafeMutablePointer<TokenizerBuffers>
    private let delimiter: UInt8
    private var isStrict = true

    private(set) var line = 1
    private var lastByteWasCR = false
    private var inRecord = false
    private var recordStartLine = 0
    private var recordBytes: [UInt8] = []
    private var strayQuote: CSVPosition?
    private(set) var lineEndings = LineEndingCounts()
    private(set) var blankLines = 0

    init(delimiter: UInt8) throws(CSVError) {
        self.delimiter = delimiter
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

    /// Feeds a block of UTF-8 bytes; calls `emit` for every record completed inside it.
    func feed(_ block: UnsafeRawBufferPointer, emit: (CSVRecord) throws -> Void, malformed: (CSVMalformedRecord) throws -> Void) throws {
        guard let base = block.baseAddress else { return }
        var start = 0
        let count = block.count
        while start < count {
            var end = start
            while end < count {
                let byte = block[end]
                if byte == 0x0A || byte == 0x0D { break }
                end += 1
            }
            let segmentEnd = end < count ? end + 1 : count
            try feedSegment(UnsafeRawBufferPointer(start: base + start, count: segmentEnd - start), emit: emit, malformed: malformed)
            start = segmentEnd
        }
    }

    private func feedSegment(_ segment: UnsafeRawBufferPointer, emit: (CSVRecord) throws -> Void, malformed: (CSVMalformedRecord) throws -> Void) throws {
        let last = segment[segment.count - 1]
        let terminated = last == 0x0A || last == 0x0D
        if !inRecord {
            if segment.count == 1 && terminated {
                if !(last == 0x0A && lastByteWasCR) { blankLines += 1 }
                countLineBreak(segment)
                return
            }
            inRecord = true
            recordStartLine = line
            recordBytes.removeAll(keepingCapacity: true)
        }
        recordBytes.append(contentsOf: segment)
        let parsed = csv_parse(&parser, segment.baseAddress, segment.count, collectField, collectRecordEnd, buffers)
        if parsed < segment.count {
            guard isStrict, csv_error(&parser) == CSV_EPARSE else { throw CSVError.outOfMemory }
            let position = CSVPosition(line: line, column: Self.characterColumn(segment, byteOffset: parsed))
            if segment[parsed] != 0x22 {
                // Text after a closing quote: libcsv's lenient mode would keep the field open to the next quote,
                // possibly swallowing many rows, so the record is reported instead and parsing resumes on the next line.
                var raw = recordBytes
                while let last = raw.last, last == 0x0A || last == 0x0D { raw.removeLast() }
                try restartParser(strict: true)
                inRecord = false
                countLineBreak(segment)
                try malformed(CSVMalformedRecord(kind: .textAfterClosingQuote, line: recordStartLine, position: position, rawBytes: raw))
                return
            }
            strayQuote = position
            try restartParser(strict: false)
            let reparsed = recordBytes.withUnsafeBytes { bytes in
                csv_parse(&parser, bytes.baseAddress, bytes.count, collectField, collectRecordEnd, buffers)
            }
            guard reparsed == recordBytes.count else { throw CSVError.outOfMemory }
        }
        countLineBreak(segment)
        if buffers.pointee.recordEnded { try finishRecord(emit: emit) }
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

    private func finishRecord(emit: (CSVRecord) throws -> Void) throws {
        var raw = recordBytes
        while let last = raw.last, last == 0x0A || last == 0x0D { raw.removeLast() }
        let record = CSVRecord(
            line: recordStartLine, fieldBytes: buffers.pointee.fieldBytes,
            fieldEnds: buffers.pointee.fieldEnds, rawBytes: raw, strayQuote: strayQuote)
        buffers.pointee.fieldBytes.removeAll(keepingCapacity: true)
        buffers.pointee.fieldEnds.removeAll(keepingCapacity: true)
        buffers.pointee.recordEnded = false
        inRecord = false
        strayQuote = nil
        if !isStrict { try restartParser(strict: true) }
        try emit(record)
    }

    /// Ends the input: emits the last record, or reports an unterminated quote and re-reads the lines after it.
    func finish(emit: (CSVRecord) throws -> Void, malformed: (CSVMalformedRecord) throws -> Void) throws {
        if csv_fini(&parser, collectField, collectRecordEnd, buffers) == 0 {
            if buffers.pointee.recordEnded { try finishRecord(emit: emit) }
            return
        }
        // A quoted field opened in this record never closed: quarantine its first line, re-read the rest.
        let bytes = recordBytes
        let firstLineEnd = bytes.firstIndex(where: { $0 == 0x0A || $0 == 0x0D }) ?? bytes.count
        var restStart = firstLineEnd
        if restStart < bytes.count && bytes[restStart] == 0x0D { restStart += 1 }
        if restStart < bytes.count && bytes[restStart] == 0x0A { restStart += 1 }
        let firstLine = Array(bytes[..<firstLineEnd])
        try malformed(
            CSVMalformedRecord(
                kind: .unterminatedQuote, line: recordStartLine,
                position: CSVPosition(line: recordStartLine, column: Self.openingQuoteColumn(firstLine, delimiter: delimiter)),
                rawBytes: firstLine))
        try restartParser(strict: true)
        inRecord = false
        strayQuote = nil
        line = recordStartLine + 1
        lastByteWasCR = false
        let rest = Array(bytes[restStart...])
        try rest.withUnsafeBytes { try feed($0, emit: emit, malformed: malformed) }
        try finish(emit: emit, malformed: malformed)
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
