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
        return "\(encoding) with Windows-1252 fallback for \(windows1252Records) record(s), first at line \(firstWindows1252Line ?? 0)"
    }
}

/// Streams a CSV file through libcsv: detects the encoding and delimiter, and hands over records one by one.
///
/// The file is read in fixed-size blocks; memory use is bounded by the block size and the longest record.
public enum CSVFileReader {
    /// Reads `path`, calling `onRecord` for each record and `onMalformedRecord` for records strict parsing rejects
    /// (a quote never closed, text after a closing quote).
    /// - Parameter delimiter: the field delimiter, or `nil` to detect it from the first record.
    /// - Throws: `CSVError.unreadable` when the file cannot be opened or read.
    /// - Complexity: O(n) in the file size.
    public static func read(
        path: String,
        delimiter: UInt8? = nil,
        blockSize: Int = 1 << 20,
        onRecord: (CSVRecord) throws -> Void,
        onMalformedRecord: (CSVMalformedRecord) throws -> Void = { _ in }
    ) throws -> CSVFileInfo {
        guard let file = fopen(path, "rb") else {
            throw CSVError.unreadable(path: path, reason: String(cString: strerror(errno)))
        }
        defer { fclose(file) }
        var info = CSVFileInfo()
        var block = [UInt8](repeating: 0, count: blockSize)
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
        var isFirstBlock = true
        while true {
            let count = block.withUnsafeMutableBytes { fread($0.baseAddress, 1, blockSize, file) }
            if count == 0 {
                if ferror(file) != 0 { throw CSVError.unreadable(path: path, reason: String(cString: strerror(errno))) }
                break
            }
            info.bytes += count
            try block.withUnsafeBytes { raw in
                var bytes = UnsafeRawBufferPointer(rebasing: raw[0..<count])
                if isFirstBlock {
                    isFirstBlock = false
                    let (encoding, bomLength) = detectEncoding(bytes)
                    info.encoding = encoding
                    bytes = UnsafeRawBufferPointer(rebasing: bytes[bomLength...])
                    if encoding.hasPrefix("utf-16") { transcoder = UTF16Transcoder(bigEndian: encoding == "utf-16be") }
                }
                if transcoder != nil {
                    decoded.removeAll(keepingCapacity: true)
                    transcoder!.transcode(bytes, into: &decoded)
                    try decoded.withUnsafeBytes { utf8 in
                        if tokenizer == nil {
                            info.delimiter = delimiter ?? detectDelimiter(utf8)
                            tokenizer = try CSVTokenizer(delimiter: info.delimiter)
                        }
                        try tokenizer!.feed(utf8, emit: countingEmit, malformed: onMalformedRecord)
                    }
                } else {
                    if tokenizer == nil {
                        info.delimiter = delimiter ?? detectDelimiter(bytes)
                        tokenizer = try CSVTokenizer(delimiter: info.delimiter)
                    }
                    try tokenizer!.feed(bytes, emit: countingEmit, malformed: onMalformedRecord)
                }
            }
        }
        if let tokenizer {
            try tokenizer.finish(emit: countingEmit, malformed: onMalformedRecord)
            info.lineEndings = tokenizer.lineEndings
            info.blankLines = tokenizer.blankLines
        }
        return info
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
            if byte == 0x22 { inQuotes.toggle(); continue }
            if inQuotes { continue }
            if byte == 0x0A || byte == 0x0D { break }
            if let index = candidates.firstIndex(of: byte) { counts[index] += 1 }
        }
        var best = 0
        for index in 1..<candidates.count where counts[index] > counts[best] { best = index }
        return candidates[best]
    }
}
