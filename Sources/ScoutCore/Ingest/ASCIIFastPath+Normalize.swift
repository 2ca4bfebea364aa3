/// Byte-level shortcuts used by normalisation, each giving exactly what the general code it stands in for
/// gives on all-ASCII text (every `Character` is then one byte, except CR LF, handled below), and `nil` when
/// the text is not ASCII.
extension ASCIIFastPath {
    /// Runs `body` on the bytes of `text` when every byte is ASCII.
    @inline(__always)
    static func withASCII<T>(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> T) -> T? {
        let result: T?? = text.utf8.withContiguousStorageIfAvailable { bytes -> T? in
            for byte in bytes where byte >= 0x80 { return nil }
            return body(bytes)
        }
        return result ?? nil
    }

    @inline(__always)
    static func string(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }

    /// `HandleParsing.urlParts(value)`: the text after the first `://`, up to `?` or `#`, split on `/`.
    static func urlParts(_ value: String) -> [String]? {
        withASCII(value) { bytes in
            var start = 0
            if bytes.count >= 3 {
                for index in 0...(bytes.count - 3)
                where bytes[index] == 0x3A && bytes[index + 1] == 0x2F && bytes[index + 2] == 0x2F {
                    start = index + 3
                    break
                }
            }
            var end = start
            while end < bytes.count && bytes[end] != 0x3F && bytes[end] != 0x23 { end += 1 }
            var parts: [String] = []
            var pieceStart = start
            for index in start...end where index == end || bytes[index] == 0x2F {
                if index > pieceStart { parts.append(string(bytes, pieceStart..<index)) }
                pieceStart = index + 1
            }
            return parts
        }
    }

    /// `text.trimmingCharacters(in: .whitespaces)` (space and tab on ASCII text).
    static func trimmedSpaces(_ text: String) -> String? {
        withASCII(text) { bytes in
            var (low, high) = (0, bytes.count)
            while low < high && isWhitespace(bytes[low]) { low += 1 }
            while high > low && isWhitespace(bytes[high - 1]) { high -= 1 }
            return low == 0 && high == bytes.count ? text : string(bytes, low..<high)
        }
    }

    /// The pieces of `text` between separator bytes, without empty pieces.
    static func pieces(_ bytes: UnsafeBufferPointer<UInt8>, separatedBy isSeparator: (UInt8) -> Bool) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start = 0
        for index in 0...bytes.count where index == bytes.count || isSeparator(bytes[index]) {
            if index > start { result.append(start..<index) }
            start = index + 1
        }
        return result
    }

    /// `AccountNormalizer.hashtags(text)`: split on whitespace, `,`, `|`, `;`; leading `#` dropped; lower case.
    /// (CR LF is one whitespace `Character`; its two bytes are both separators, which splits the same.)
    static func hashtags(_ text: String) -> [String]? {
        withASCII(text) { bytes in
            pieces(bytes) { isWhitespaceOrNewline($0) || $0 == 0x2C || $0 == 0x7C || $0 == 0x3B }.compactMap { piece in
                var low = piece.lowerBound
                while low < piece.upperBound && bytes[low] == 0x23 { low += 1 }
                return low == piece.upperBound ? nil : string(bytes, low..<piece.upperBound).lowercased()
            }
        }
    }

    /// `BriefReader.list(text)`: split on `|`, `;`, `,`, LF; pieces trimmed of spaces and tabs; no empty ones.
    /// `nil` also for text with a CR (CR LF is one `Character`, which does not split on its LF).
    static func list(_ text: String) -> [String]? {
        let result: [String]?? = withASCII(text) { bytes -> [String]? in
            if bytes.contains(0x0D) { return nil }
            return pieces(bytes) { $0 == 0x7C || $0 == 0x3B || $0 == 0x2C || $0 == 0x0A }.compactMap { piece in
                var (low, high) = (piece.lowerBound, piece.upperBound)
                while low < high && isWhitespace(bytes[low]) { low += 1 }
                while high > low && isWhitespace(bytes[high - 1]) { high -= 1 }
                return low == high ? nil : string(bytes, low..<high)
            }
        }
        return result ?? nil
    }

    /// True for exactly two ASCII letters (a country or language code as written).
    static func isTwoLetters(_ text: String) -> Bool {
        let utf8 = text.utf8
        guard utf8.count == 2 else { return false }
        return utf8.allSatisfy { ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A }
    }

    /// For an ASCII host: its last two non-empty `.`-separated labels, lower-cased and joined with `.`
    /// (`.some(nil)` when it has fewer than two), as `host.lowercased().split(separator: ".").suffix(2)` gives.
    static func registrableDomain(_ host: String) -> String?? {
        withASCII(host) { bytes -> String? in
            var labels: [Range<Int>] = []
            var end = bytes.count
            var index = bytes.count
            while index > 0 && labels.count < 2 {
                index -= 1
                if bytes[index] == 0x2E {
                    if end > index + 1 { labels.append(index + 1..<end) }
                    end = index
                }
            }
            if labels.count < 2 && end > 0 && index == 0 && bytes[0] != 0x2E { labels.append(0..<end) }
            guard labels.count == 2 else { return nil }
            return (string(bytes, labels[1]) + "." + string(bytes, labels[0])).lowercased()
        }
    }

    /// `Double(digits)` after `ValueParsing.decimal`'s reading of grouping and decimal marks, for ASCII text
    /// without a minus sign; `nil` when the general code must decide (non-ASCII, `-`).
    static func decimal(_ text: String, hasSuffix: Bool) -> Double?? {
        let result: Double??? = withASCII(text) { raw -> Double?? in
            var digits: [UInt8] = []
            digits.reserveCapacity(raw.count)
            for byte in raw where byte != 0x20 && byte != 0x27 { digits.append(byte) }
            if digits.first == 0x2D { return nil }
            guard !digits.isEmpty, digits.allSatisfy({ ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2E || $0 == 0x2C }) else {
                return .some(nil)
            }
            let dots = digits.filter { $0 == 0x2E }.count
            let commas = digits.count - dots - digits.filter { $0 >= 0x30 && $0 <= 0x39 }.count
            if dots > 0 && commas > 0 {
                let lastDot = digits.lastIndex(of: 0x2E)!
                let lastComma = digits.lastIndex(of: 0x2C)!
                let (group, mark): (UInt8, UInt8) = lastDot > lastComma ? (0x2C, 0x2E) : (0x2E, 0x2C)
                guard digits.filter({ $0 == mark }).count == 1 else { return .some(nil) }
                digits = digits.filter { $0 != group }.map { $0 == mark ? 0x2E : $0 }
            } else if dots + commas > 1 {
                let parts = digits.split(separator: dots > 0 ? 0x2E : 0x2C, omittingEmptySubsequences: false)
                guard parts.dropFirst().allSatisfy({ $0.count == 3 }), !(parts.first?.isEmpty ?? true) else {
                    return .some(nil)
                }
                digits = Array(parts.joined())
            } else if dots + commas == 1 {
                let parts = digits.split(separator: dots == 1 ? 0x2E : 0x2C, omittingEmptySubsequences: false)
                let groupsThousands =
                    !hasSuffix && parts[1].count == 3 && !parts[0].elementsEqual([0x30]) && !parts[0].isEmpty
                digits = groupsThousands ? Array(parts.joined()) : Array(parts.joined(separator: [0x2E]))
            }
            return .some(Double(String(decoding: digits, as: UTF8.self)))
        }
        return result ?? nil
    }

    /// True when the UTF-8 bytes of `needle` occur in those of `haystack`.
    static func containsBytes(_ haystack: String, _ needle: String) -> Bool {
        let hay = Array(haystack.utf8)
        let pin = Array(needle.utf8)
        guard !pin.isEmpty, hay.count >= pin.count else { return false }
        for start in 0...(hay.count - pin.count)
        where hay[start] == pin[0] && hay[start..<start + pin.count].elementsEqual(pin) {
            return true
        }
        return false
    }

    /// `HandleParsing.looksLikeURL(value)`: an `http://`, `https://` or `www.` prefix (any case), or a platform's
    /// host before the first `/`.
    static func looksLikeURL(_ value: String) -> Bool? {
        withASCII(value) { bytes in
            func hasPrefix(_ prefix: StaticString) -> Bool {
                guard bytes.count >= prefix.utf8CodeUnitCount else { return false }
                for index in 0..<prefix.utf8CodeUnitCount
                where bytes[index] | (bytes[index] >= 0x41 && bytes[index] <= 0x5A ? 0x20 : 0)
                    != prefix.utf8Start[index]
                { return false }
                return true
            }
            if hasPrefix("http://") || hasPrefix("https://") || hasPrefix("www.") { return true }
            guard let slash = bytes.firstIndex(of: 0x2F) else { return false }
            return Platform(host: string(bytes, 0..<slash)) != nil
        }
    }

    /// `text.lowercased().filter { $0.isLetter || $0.isNumber }` for ASCII text.
    static func lettersAndDigits(_ text: String) -> String? {
        withASCII(text) { bytes in
            var kept: [UInt8] = []
            kept.reserveCapacity(bytes.count)
            for byte in bytes {
                let lower = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
                if (lower >= 0x61 && lower <= 0x7A) || (lower >= 0x30 && lower <= 0x39) { kept.append(lower) }
            }
            return String(decoding: kept, as: UTF8.self)
        }
    }
}
