/// A position in a text file, both 1-based, column counted in characters.
public struct CSVPosition: Sendable, Hashable, CustomStringConvertible {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public var description: String { "line \(line), column \(column)" }
}

/// One parsed CSV record: its fields as bytes, the raw text it came from and where it started.
public struct CSVRecord: Sendable {
    /// The physical line (1-based) on which the record starts.
    public var line: Int
    var fieldBytes: [UInt8]
    var fieldEnds: [Int]
    /// The record's bytes exactly as read (after decoding to UTF-8), without its line terminator.
    public var rawBytes: [UInt8]
    /// Where a strict parse failed (a stray quote); the record was then read leniently.
    public var strayQuote: CSVPosition?
    /// How the record's bytes were decoded into text.
    public internal(set) var encoding: RecordEncoding = .utf8

    init(line: Int, fieldBytes: [UInt8], fieldEnds: [Int], rawBytes: [UInt8], strayQuote: CSVPosition?) {
        self.line = line
        self.fieldBytes = fieldBytes
        self.fieldEnds = fieldEnds
        self.rawBytes = rawBytes
        self.strayQuote = strayQuote
        if !UTF8Validation.isValid(fieldBytes) { encoding = .windows1252 }
    }

    /// The text encoding a record was decoded with.
    public enum RecordEncoding: Sendable {
        case utf8
        /// The bytes were not valid UTF-8 and were read as Windows-1252.
        case windows1252
    }

    /// The number of fields.
    public var count: Int { fieldEnds.count }

    /// True when every field is empty (a row of only delimiters).
    public var isEmpty: Bool { fieldBytes.isEmpty }

    /// The field at `index` decoded as text.
    public subscript(index: Int) -> String {
        let start = index == 0 ? 0 : fieldEnds[index - 1]
        return TextDecoding.decode(fieldBytes[start..<fieldEnds[index]], as: encoding)
    }

    /// All fields decoded as text.
    public var fields: [String] { (0..<count).map { self[$0] } }

    /// The raw record decoded as text.
    public var rawText: String { TextDecoding.decode(rawBytes[...], as: encoding) }
}

/// A record libcsv's strict mode rejects and that cannot be read without guessing.
public struct CSVMalformedRecord: Sendable {
    public enum Kind: Sendable, Hashable {
        /// A quoted field opened and never closed before the end of the file; `rawBytes` is the line it opened on.
        case unterminatedQuote
        /// Text right after a closing quote (`"ab"c`); `rawBytes` is the record up to the end of that line.
        case textAfterClosingQuote
        /// A line longer than the reader's record limit; `rawBytes` holds only its first bytes, `byteCount` its length.
        case recordTooLong
    }

    public var kind: Kind
    /// The line on which the record starts.
    public var line: Int
    /// Where the problem is: the opening quote, or the byte after the closing quote.
    public var position: CSVPosition
    public var rawBytes: [UInt8]
    /// How many bytes the record had (more than `rawBytes` holds for `recordTooLong`).
    public var byteCount: Int

    init(kind: Kind, line: Int, position: CSVPosition, rawBytes: [UInt8], byteCount: Int) {
        self.kind = kind
        self.line = line
        self.position = position
        self.rawBytes = rawBytes
        self.byteCount = byteCount
    }

    public var column: Int { position.column }

    public var rawText: String {
        TextDecoding.decode(rawBytes[...], as: UTF8Validation.isValid(rawBytes) ? .utf8 : .windows1252)
    }
}

/// How many line breaks of each kind a file used (outside and inside quoted fields).
public struct LineEndingCounts: Sendable, Hashable {
    public var lf = 0
    public var crlf = 0
    public var cr = 0

    /// The dominant style: `lf`, `crlf`, `cr`, or `none`; `mixed` names a runner-up above 5%.
    public var summary: String {
        let styles = [("crlf", crlf), ("lf", lf), ("cr", cr)].filter { $0.1 > 0 }.sorted { $0.1 > $1.1 }
        guard let first = styles.first else { return "none" }
        let total = lf + crlf + cr
        let others = styles.dropFirst().filter { Double($0.1) > Double(total) * 0.05 }
        return others.isEmpty ? first.0 : "mixed (" + styles.map { "\($0.0) \($0.1)" }.joined(separator: ", ") + ")"
    }
}

/// Fatal problems reading CSV.
public enum CSVError: Error, Sendable, CustomStringConvertible {
    case outOfMemory
    case unreadable(path: String, reason: String)
    /// Not a regular file (a FIFO, a device, a folder): never read, so nothing can hang on it.
    case notRegularFile(path: String)

    public var description: String {
        switch self {
        case .outOfMemory: return "libcsv ran out of memory"
        case .unreadable(let path, let reason): return "\(path): cannot read file: \(reason)"
        case .notRegularFile(let path):
            return "\(path): not a regular file (a FIFO, device or folder); only regular files are read"
        }
    }

    /// The reason alone, without the path.
    public var reason: String {
        switch self {
        case .outOfMemory: return "libcsv ran out of memory"
        case .unreadable(_, let reason): return reason
        case .notRegularFile: return "not a regular file (a FIFO, device or folder); only regular files are read"
        }
    }
}
