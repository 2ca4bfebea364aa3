/// Byte-level shortcuts for the common all-ASCII cell, each giving exactly what the Foundation call it
/// replaces would give, and `nil` when the text needs the general (Unicode) path.
///
/// On Linux, `trimmingCharacters(in:)` and NFKC bridge through `NSString` and cost microseconds per cell;
/// most cells are plain ASCII, where NFKC is the identity and the whitespace sets are six bytes.
enum ASCIIFastPath {
    /// `CharacterSet.whitespacesAndNewlines` restricted to ASCII: tab, LF, VT, FF, CR, space.
    @inline(__always)
    static func isWhitespaceOrNewline(_ byte: UInt8) -> Bool { byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) }

    /// `CharacterSet.whitespaces` restricted to ASCII: tab and space.
    @inline(__always)
    static func isWhitespace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 }

    /// `text.trimmingCharacters(in: .whitespacesAndNewlines)` when the scalars at both ends, once ASCII spaces
    /// are trimmed, are ASCII or not in that set (`trimsAway`), else `nil`.
    static func trimmed(_ text: String) -> String? {
        let utf8 = text.utf8
        guard let first = utf8.first, let last = utf8.last else { return text }
        if first < 0x80 && last < 0x80 && !isWhitespaceOrNewline(first) && !isWhitespaceOrNewline(last) { return text }
        let result: String?? = utf8.withContiguousStorageIfAvailable { bytes -> String? in
            var low = 0
            var high = bytes.count
            while low < high && bytes[low] < 0x80 && isWhitespaceOrNewline(bytes[low]) { low += 1 }
            while high > low && bytes[high - 1] < 0x80 && isWhitespaceOrNewline(bytes[high - 1]) { high -= 1 }
            if low == high { return "" }
            if bytes[low] >= 0x80 || bytes[high - 1] >= 0x80 {
                let scalars = text.unicodeScalars
                let lowIndex = utf8.index(utf8.startIndex, offsetBy: low)
                let highIndex = utf8.index(utf8.startIndex, offsetBy: high)
                if trimsAway(scalars[lowIndex]) || trimsAway(scalars[scalars.index(before: highIndex)]) { return nil }
            }
            if low == 0 && high == bytes.count { return text }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[low..<high]), as: UTF8.self)
        }
        return result ?? nil
    }

    /// Whether `CharacterSet.whitespacesAndNewlines` holds `scalar`: the Unicode White_Space scalars and, in
    /// swift-corelibs-foundation, the zero-width space U+200B (`IngestRowFastPathTests` checks every scalar).
    private static func trimsAway(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isWhitespace || scalar.value == 0x200B
    }

    /// `text.trimmingCharacters(in: .whitespacesAndNewlines)` when every byte is ASCII, else `nil`.
    static func trimmedIfASCII(_ text: String) -> String? {
        asciiSlice(text, trimmedBounds)
    }

    /// `ValueParsing.cleaned(text)` for an all-ASCII `text` (NFKC is then the identity), else `nil`.
    static func cleaned(_ text: String) -> String? {
        asciiSlice(text) { bytes in
            let trimmed = trimmedBounds(bytes)
            var (low, high) = (trimmed.lowerBound, trimmed.upperBound)
            while low < high && (bytes[high - 1] == 0x27 || bytes[low] == 0x27) {
                if bytes[high - 1] == 0x27 { high -= 1 } else { low += 1 }
                while low < high && isWhitespace(bytes[low]) { low += 1 }
                while high > low && isWhitespace(bytes[high - 1]) { high -= 1 }
            }
            return low..<high
        }
    }

    /// The bytes of `bytes` without leading and trailing ASCII whitespace and newlines.
    private static func trimmedBounds(_ bytes: UnsafeBufferPointer<UInt8>) -> Range<Int> {
        var low = 0
        var high = bytes.count
        while low < high && isWhitespaceOrNewline(bytes[low]) { low += 1 }
        while high > low && isWhitespaceOrNewline(bytes[high - 1]) { high -= 1 }
        return low..<high
    }

    /// The part of an all-ASCII `text` that `bounds` selects (`text` itself when that is all of it), else `nil`.
    private static func asciiSlice(_ text: String, _ bounds: (UnsafeBufferPointer<UInt8>) -> Range<Int>) -> String? {
        let result: String?? = text.utf8.withContiguousStorageIfAvailable { bytes -> String? in
            for byte in bytes where byte >= 0x80 { return nil }
            let range = bounds(bytes)
            if range == 0..<bytes.count { return text }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
        }
        return result ?? nil
    }

    /// `Double(text)` when `text` is ASCII digits with (if `allowDot`) at most one `.`, else `nil`.
    static func plainNumber(_ text: String, allowDot: Bool) -> Double? {
        var dots = 0
        for byte in text.utf8 {
            if byte == 0x2E {
                dots += 1
                if !allowDot || dots > 1 { return nil }
            } else if byte < 0x30 || byte > 0x39 {
                return nil
            }
        }
        return text.isEmpty ? nil : Double(text)
    }
}
