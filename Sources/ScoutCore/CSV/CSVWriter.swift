/// Builds RFC 4180 CSV text (quoting only where needed, CRLF-free `\n` line ends) into a byte buffer.
///
/// With `spreadsheetSafe`, text cells that a spreadsheet would run as a formula are neutralised
/// (see `SpreadsheetSafety`), and cells holding `;` or a tab are quoted too, so a spreadsheet that splits on
/// them (semicolon-locale Excel) cannot cut a cell into a live formula; intermediate files between stages are
/// written without it so they round-trip.
public struct CSVWriter: Sendable {
    public private(set) var bytes: [UInt8] = []
    public var spreadsheetSafe: Bool
    public var delimiter: UInt8

    public init(spreadsheetSafe: Bool, delimiter: UInt8 = UInt8(ascii: ","), utf8BOM: Bool = false) {
        self.spreadsheetSafe = spreadsheetSafe
        self.delimiter = delimiter
        if utf8BOM { bytes = [0xEF, 0xBB, 0xBF] }
    }

    /// Appends one record.
    public mutating func write<S: Sequence>(_ fields: S) where S.Element == String {
        var first = true
        for field in fields {
            if !first { bytes.append(delimiter) }
            first = false
            append(spreadsheetSafe ? SpreadsheetSafety.neutralise(field) : field)
        }
        bytes.append(0x0A)
    }

    /// Appends one field of a record written field by field (no `[String]` built per record): `first` for the
    /// record's first field; `endRecord()` after its last. The bytes are those `write(_:)` gives for the same fields.
    package mutating func write(field: String, first: Bool) {
        if !first { bytes.append(delimiter) }
        append(spreadsheetSafe ? SpreadsheetSafety.neutralise(field) : field)
    }

    /// Ends a record written with `write(field:first:)`.
    package mutating func endRecord() { bytes.append(0x0A) }

    /// Makes room for `count` more bytes.
    package mutating func reserveCapacity(_ count: Int) { bytes.reserveCapacity(bytes.count + count) }

    private mutating func append(_ field: String) {
        let delimiter = delimiter
        // In spreadsheet-safe output `;` and tab are quoted like the delimiter (see the type's summary). The bytes
        // that force quotes, as a bit mask over ASCII (the delimiter is compared on its own, whatever its value).
        let (low, high) = Self.quotingMask(delimiter: delimiter, spreadsheetSafe: spreadsheetSafe)
        @inline(__always) func needsQuoting(_ byte: UInt8) -> Bool {
            byte < 64
                ? (low >> UInt64(byte)) & 1 != 0
                : byte == delimiter || (byte < 128 && (high >> UInt64(byte - 64)) & 1 != 0)
        }
        var field = field
        field.withUTF8 { utf8 in
            var needsQuotes = utf8.first.map { $0 == 0x20 || $0 == 0x09 } ?? false
            if !needsQuotes {
                for byte in utf8 where needsQuoting(byte) {
                    needsQuotes = true
                    break
                }
            }
            guard needsQuotes else {
                // The common cell: no byte that needs quoting; copied in one go.
                bytes.append(contentsOf: utf8)
                return
            }
            bytes.append(0x22)
            var copied = 0
            for index in utf8.indices where utf8[index] == 0x22 {
                // Up to and including the quote; the next run starts at it again, so it is written twice.
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[copied...index]))
                copied = index
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[copied...]))
            bytes.append(0x22)
        }
    }

    /// The ASCII bytes that force a cell into quotes, as bits (bytes 0–63, bytes 64–127): `"`, line breaks, the
    /// delimiter, and in spreadsheet-safe output `;` and tab.
    private static func quotingMask(delimiter: UInt8, spreadsheetSafe: Bool) -> (UInt64, UInt64) {
        var low: UInt64 = 1 << 0x22 | 1 << 0x0A | 1 << 0x0D | (spreadsheetSafe ? 1 << 0x3B | 1 << 0x09 : 0)
        var high: UInt64 = 0
        if delimiter < 64 {
            low |= 1 << UInt64(delimiter)
        } else if delimiter < 128 {
            high |= 1 << UInt64(delimiter - 64)
        }
        return (low, high)
    }

    /// Drops the buffered bytes (after they were flushed to a file).
    public mutating func removeAll() { bytes.removeAll(keepingCapacity: true) }
}
