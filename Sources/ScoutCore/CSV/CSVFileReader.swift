#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// What a CSV file turned out to be: encoding, delimiter, line endings, and record counts.
public struct CSVFileInfo: Sendable {
    /// `utf-8`, `utf-8-bom`, `utf-16le`, `utf-16be`; a Windows-1252 fallback is counted separately.
    public var encoding: String = "utf-8"
    public var delimiter: UInt8 = UInt8(ascii: ",")
    public var lineEndings = LineEndingCounts()
    public var records = 0
    public var blankLines = 0
    /// Records whose bytes were not valid UTF-8 and were read as Windows-1252.
    public var windows1252Records = 0
    public var firstWindows1252Line: Int?
    public var bytes = 0
    /// Physical lines (a last line without a line break counts).
    public var lines = 0
    /// A UTF-16 file whose length is odd: its last byte is not a whole character and was not read.
    public var oddTrailingByte = false

    /// The delimiter as a printable name.
    public var delimiterName: String {
        switch delimiter {
        case UInt8(ascii: ","): return "comma"
        case UInt8(ascii: ";"): return "semicolon"
        case UInt8(ascii: "\t"): return "tab"
        case UInt8(ascii: "|"): return "pipe"
        default: return "0x" + String(delimiter, radix: 16)
        }
    }

    /// The encoding including any Windows-1252 fallback, for reports.
    public var encodingSummary: String {
        guard windows1252Records > 0 else { return encoding }
        return
            "\(encoding) with Windows-1252 fallback for \(windows1252Records) record(s), first at line \(firstWindows1252Line ?? 0)"
    }
}

/// Streams a CSV file through libcsv: detects the encoding and delimiter, and hands over records one by one.
///
/// The file is read in fixed-size blocks; memory use is bounded by the block size and the record limit. The
/// encoding and delimiter are detected on the file's first `sniffBytes`, so nothing depends on the block size.
public enum CSVFileReader {
    /// The longest record (or physical line) read from an input file: 1 MiB. Longer ones are reported
    /// (`recordTooLong`, their first bytes kept) and skipped, so one runaway field cannot take the memory.
    public static let defaultMaxRecordBytes = 1 << 20
    /// How much of the start of a file the encoding and delimiter are detected on.
    static let sniffBytes = 1 << 16

    /// Reads `path`, calling `onRecord` for each record and `onMalformedRecord` for records strict parsing rejects
    /// (a quote never closed, text after a closing quote, a record above `maxRecordBytes`).
    /// - Parameter delimiter: the field delimiter, or `nil` to detect it from the first record.
    /// - Throws: `CSVError.unreadable` when the file cannot be opened or read, `notRegularFile` for a FIFO,
    ///   device or folder (never opened for reading, so nothing blocks).
    /// - Complexity: O(n) in the file size.
    public static func read(
        path: String,
        delimiter: UInt8? = nil,
        blockSize: Int = 1 << 20,
        maxRecordBytes: Int = defaultMaxRecordBytes,
        onRecord: (CSVRecord) throws -> Void,
        onMalformedRecord: (CSVMalformedRecord) throws -> Void = { _ in }
    ) throws -> CSVFileInfo {
        let file = try openRegularFile(path)
        defer { fclose(file) }
        let blockSize = max(1, blockSize)
        var info = CSVFileInfo()
        var block = [UInt8](repeating: 0, count: max(blockSize, sniffBytes))
        var decoded: [UInt8] = []
        var transcoder: UTF16Transcoder?
        var tokenizer: CSVTokenizer?
        func countingEmit(_ record: CSVRecord) throws {
            info.records += 1
            if record.encoding == .windows1252 {
                info.windows1252Records += 1
                if info.firstWindows1252Line == nil { info.firstWindows1252Line = record.line }
            }
            try onRecord(record)
        }
        func readFully(_ count: Int) throws -> Int {
            var filled = 0
            while filled < count {
                let got = block.withUnsafeMutableBytes { fread($0.baseAddress! + filled, 1, count - filled, file) }
                if got == 0 {
                    if ferror(file) != 0 {
                        throw CSVError.unreadable(path: path, reason: String(cString: strerror(errno)))
                    }
                    break
                }
                filled += got
            }
            return filled
        }
        func tokenize(_ utf8: UnsafeRawBufferPointer) throws {
            try tokenizer!.feed(utf8, emit: countingEmit, malformed: onMalformedRecord)
        }
        // Each block goes through the transcoder (UTF-16) and the tokenizer in `blockSize` pieces.
        func process(_ bytes: UnsafeRawBufferPointer) throws {
            var start = 0
            while start < bytes.count {
                let piece = UnsafeRawBufferPointer(rebasing: bytes[start..<min(bytes.count, start + blockSize)])
                start += piece.count
                if transcoder != nil {
                    decoded.removeAll(keepingCapacity: true)
                    transcoder!.transcode(piece, into: &decoded)
                    try decoded.withUnsafeBytes(tokenize)
                } else {
                    try tokenize(piece)
                }
            }
        }
        // The start of the file, read whatever the block size, names the encoding and the delimiter.
        let sniffed = try readFully(sniffBytes)
        info.bytes = sniffed
        if sniffed > 0 {
            try block.withUnsafeBytes { raw in
                var bytes = UnsafeRawBufferPointer(rebasing: raw[0..<sniffed])
                let (encoding, bomLength) = detectEncoding(bytes)
                info.encoding = encoding
                bytes = UnsafeRawBufferPointer(rebasing: bytes[bomLength...])
                if encoding.hasPrefix("utf-16") {
                    let bigEndian = encoding == "utf-16be"
                    transcoder = UTF16Transcoder(bigEndian: bigEndian)
                    var sample = UTF16Transcoder(bigEndian: bigEndian)
                    var text: [UInt8] = []
                    sample.transcode(bytes, into: &text)
                    info.delimiter = delimiter ?? text.withUnsafeBytes(detectDelimiter)
                } else {
                    info.delimiter = delimiter ?? detectDelimiter(bytes)
                }
                tokenizer = try CSVTokenizer(delimiter: info.delimiter, maxRecordBytes: maxRecordBytes)
                try process(bytes)
            }
            while true {
                let count = try readFully(blockSize)
                if count == 0 { break }
                info.bytes += count
                try block.withUnsafeBytes { try process(UnsafeRawBufferPointer(rebasing: $0[0..<count])) }
            }
        }
        if transcoder != nil {
            decoded.removeAll(keepingCapacity: true)
            info.oddTrailingByte = transcoder!.finish(into: &decoded)
            try decoded.withUnsafeBytes(tokenize)
        }
        if let tokenizer {
            try tokenizer.finish(emit: countingEmit, malformed: onMalformedRecord)
            info.lineEndings = tokenizer.lineEndings
            info.blankLines = tokenizer.blankLines
            info.lines = tokenizer.line - (tokenizer.endedWithLineBreak ? 1 : 0)
        }
        return info
    }

    /// Opens `path` for reading if it is a regular file (without blocking on a FIFO).
    static func openRegularFile(_ path: String) throws -> UnsafeMutablePointer<FILE> {
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { throw CSVError.unreadable(path: path, reason: String(cString: strerror(errno))) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else {
            let reason = String(cString: strerror(errno))
            close(descriptor)
            throw CSVError.unreadable(path: path, reason: reason)
        }
        guard status.st_mode & S_IFMT == S_IFREG else {
            close(descriptor)
            throw CSVError.notRegularFile(path: path)
        }
        _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) & ~O_NONBLOCK)
        guard let file = fdopen(descriptor, "rb") else {
            let reason = String(cString: strerror(errno))
            close(descriptor)
            throw CSVError.unreadable(path: path, reason: reason)
        }
        return file
    }

    /// The encoding named by a byte-order mark (or UTF-16 without one, by its zero bytes) and the mark's length.
    static func detectEncoding(_ bytes: UnsafeRawBufferPointer) -> (String, Int) {
        if bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF { return ("utf-8-bom", 3) }
        if bytes.count >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE { return ("utf-16le", 2) }
        if bytes.count >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF { return ("utf-16be", 2) }
        let sample = min(bytes.count, 512) & ~1
        if sample >= 8 {
            var evenZeros = 0
            var oddZeros = 0
            for index in 0..<sample where bytes[index] == 0 {
                if index % 2 == 0 { evenZeros += 1 } else { oddZeros += 1 }
            }
            if oddZeros * 10 > sample * 4 && evenZeros == 0 { return ("utf-16le", 0) }
            if evenZeros * 10 > sample * 4 && oddZeros == 0 { return ("utf-16be", 0) }
        }
        return ("utf-8", 0)
    }

    /// Picks comma, semicolon, tab or pipe: whichever occurs most often outside quotes on the first record.
    static func detectDelimiter(_ bytes: UnsafeRawBufferPointer) -> UInt8 {
        let candidates: [UInt8] = [UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "\t"), UInt8(ascii: "|")]
        var counts = [Int](repeating: 0, count: candidates.count)
        var inQuotes = false
        for byte in bytes {
            if byte == 0x22 {
                inQuotes.toggle()
                continue
            }
            if inQuotes { continue }
            if byte == 0x0A || byte == 0x0D { break }
            if let index = candidates.firstIndex(of: byte) { counts[index] += 1 }
        }
        var best = 0
        for index in 1..<candidates.count where counts[index] > counts[best] { best = index }
        return candidates[best]
    }
}
