/// Well-formed UTF-8 per Unicode Table 3-7, checked in place (no `String` is built).
///
/// Accepts exactly what `String(validating:as: UTF8.self)` accepts: no overlong forms, no surrogates
/// (U+D800–DFFF), nothing above U+10FFFF, no truncated sequences.
enum UTF8Validation {
    /// - Complexity: O(n), eight bytes at a time while the text is ASCII.
    static func isValid(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { isValid($0) }
    }

    static func isValid(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let count = bytes.count
        guard let base = bytes.baseAddress else { return true }
        var i = 0
        while i < count {
            if i + 8 <= count {
                let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                if word & 0x8080_8080_8080_8080 == 0 {
                    i += 8
                    continue
                }
            }
            let lead = base[i]
            if lead < 0x80 {
                i += 1
                continue
            }
            @inline(__always) func continuation(_ offset: Int) -> Bool {
                i + offset < count && base[i + offset] & 0xC0 == 0x80
            }
            switch lead {
            case 0xC2...0xDF:
                guard continuation(1) else { return false }
                i += 2
            case 0xE0...0xEF:
                guard i + 1 < count else { return false }
                let second = base[i + 1]
                let low: UInt8 = lead == 0xE0 ? 0xA0 : 0x80
                let high: UInt8 = lead == 0xED ? 0x9F : 0xBF
                guard second >= low && second <= high, continuation(2) else { return false }
                i += 3
            case 0xF0...0xF4:
                guard i + 1 < count else { return false }
                let second = base[i + 1]
                let low: UInt8 = lead == 0xF0 ? 0x90 : 0x80
                let high: UInt8 = lead == 0xF4 ? 0x8F : 0xBF
                guard second >= low && second <= high, continuation(2), continuation(3) else { return false }
                i += 4
            default:
                return false
            }
        }
        return true
    }
}
