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

    private mutating func append(_ field: String) {
        let delimiter = delimiter
        // In spreadsheet-safe output `;` and tab are quoted like the delimiter (see the type's summary).
        let (alsoQuoted1, alsoQuoted2): (UInt8, UInt8) = spreadsheetSafe ? (0x3B, 0x09) : (delimiter, delimiter)
        func needsQuoting(_ byte: UInt8) -> Bool {
            byte == delimiter || byte == 0x22 || byte == 0x0A || byte == 0x0D || byte == alsoQuoted1
                || byte == alsoQuoted2
        }
        let appended: Bool? = field.utf8.withContiguousStorageIfAvailable { utf8 in
            // The common cell: no byte that needs quoting; copied in one go.
            if let first = utf8.first, first == 0x20 || first == 0x09 { return false }
            for byte in utf8 where needsQuoting(byte) { return false }
            bytes.append(contentsOf: utf8)
            return true
        }
        if appended == true { return }
        let utf8 = field.utf8
        let needsQuotes = utf8.contains(where: needsQuoting) || (utf8.first.map { $0 == 0x20 || $0 == 0x09 } ?? false)
        if !needsQuotes {
            bytes.append(contentsOf: utf8)
            return
        }
        bytes.append(0x22)
        for byte in utf8 {
            if byte == 0x22 { bytes.append(0x22) }
            bytes.append(byte)
        }
        bytes.append(0x22)
    }

    /// Drops the buffered bytes (after they were flushed to a file).
    public mutating func removeAll() { bytes.removeAll(keepingCapacity: true) }
}
