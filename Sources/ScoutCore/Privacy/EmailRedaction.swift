#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Finds e-mail addresses in free text and replaces each with `[email e:…]` (its `EmailKey`), so that no clear
/// address reaches a run directory: raw rows, bios, display names, web sites, messages, brief text (docs/privacy.md).
public enum EmailRedaction {
    /// `text` with every address replaced; `text` itself (no copy) when it holds no `@`.
    /// - Complexity: O(n); text without `@` is scanned once, byte by byte.
    public static func redact(_ text: String) -> String {
        guard hasAtSign(text) else { return text }
        switch redactBytes(text) {
        case .unchanged: return text
        case .redacted(let bytes): return String(decoding: bytes, as: UTF8.self)
        case .notASCII: return redactScalars(text)
        }
    }

    /// Whether `text` holds an `@` byte (only `@` itself is that byte in UTF-8).
    @inline(__always)
    static func hasAtSign(_ text: String) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { bytes in
            guard let base = bytes.baseAddress, !bytes.isEmpty else { return false }
            return memchr(base, 0x40, bytes.count) != nil
        } ?? text.utf8.contains(0x40)
    }

    /// `redact` on any text, scalar by scalar.
    static func redactScalars(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        var result = String.UnicodeScalarView()
        var copied = 0
        var index = 0
        while index < scalars.count {
            guard scalars[index] == "@", let range = address(around: index, in: scalars, after: copied) else {
                index += 1
                continue
            }
            result.append(contentsOf: scalars[copied..<range.lowerBound])
            let address = String(String.UnicodeScalarView(scalars[range]))
            result.append(contentsOf: "[email \(EmailKey.hash(address))]".unicodeScalars)
            copied = range.upperBound
            index = range.upperBound
        }
        guard copied > 0 else { return text }
        result.append(contentsOf: scalars[copied...])
        return String(result)
    }

    /// What `redactBytes` found.
    enum ASCIIRedaction {
        /// An address may touch a non-ASCII scalar: only `redactScalars` can tell.
        case notASCII
        case unchanged
        case redacted([UInt8])
    }

    /// `redact` on the UTF-8 bytes of a text, without decoding it into scalars, for every text whose addresses
    /// (and the bytes just around them) are ASCII — the common cell and raw row, whatever else they hold. The
    /// rules are the same, since the only alphabetic ASCII scalars are the letters; as soon as a local part or
    /// domain would run into a non-ASCII scalar (which may be alphabetic), `notASCII` hands the text to
    /// `redactScalars`.
    static func redactBytes(_ text: String) -> ASCIIRedaction {
        var text = text
        return text.withUTF8 { bytes -> ASCIIRedaction in
            var result: [UInt8] = []
            var copied = 0
            var index = 0
            while index < bytes.count {
                guard bytes[index] == 0x40 else {
                    index += 1
                    continue
                }
                let found = address(around: index, in: bytes, after: copied)
                guard case .address(let range) = found else {
                    if case .touchesNonASCII = found { return .notASCII }
                    index += 1
                    continue
                }
                if result.isEmpty { result.reserveCapacity(bytes.count + 16) }
                result += bytes[copied..<range.lowerBound]
                let address = String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
                result += Array("[email \(EmailKey.hash(address))]".utf8)
                copied = range.upperBound
                index = range.upperBound
            }
            guard copied > 0 else { return .unchanged }
            result += bytes[copied...]
            return .redacted(result)
        }
    }

    /// What `address(around:in:after:)` found at an `@` in UTF-8 bytes.
    enum ByteAddress: Equatable {
        case none
        case address(Range<Int>)
        /// The local part or the domain runs into a non-ASCII byte: decide on scalars.
        case touchesNonASCII
    }

    /// `address(around:in:)` on UTF-8 bytes, as long as the address and its neighbours are ASCII.
    static func address(around at: Int, in bytes: UnsafeBufferPointer<UInt8>, after floor: Int) -> ByteAddress {
        func isLetter(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }
        func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
        func isLocal(_ b: UInt8) -> Bool {
            isLetter(b) || isDigit(b) || b == 0x2E || b == 0x5F || b == 0x25 || b == 0x2B || b == 0x2D
        }
        func isDomain(_ b: UInt8) -> Bool { isLetter(b) || isDigit(b) || b == 0x2D || b == 0x2E }
        var start = at
        while start > floor && isLocal(bytes[start - 1]) { start -= 1 }
        if start > floor && bytes[start - 1] >= 0x80 { return .touchesNonASCII }
        while start < at && bytes[start] == 0x2E { start += 1 }
        guard start < at else { return .none }
        var end = at + 1
        while end < bytes.count && isDomain(bytes[end]) { end += 1 }
        if end < bytes.count && bytes[end] >= 0x80 { return .touchesNonASCII }
        while end > at + 1 && (bytes[end - 1] == 0x2E || bytes[end - 1] == 0x2D) { end -= 1 }
        guard let lastDot = bytes[(at + 1)..<end].lastIndex(of: 0x2E), lastDot > at + 1 else { return .none }
        let tld = bytes[(lastDot + 1)..<end]
        guard tld.count >= 2, tld.allSatisfy(isLetter) else { return .none }
        return .address(start..<end)
    }

    /// Whether `text` holds an address.
    public static func containsAddress(_ text: String) -> Bool {
        guard text.utf8.contains(0x40) else { return false }
        let scalars = Array(text.unicodeScalars)
        return scalars.indices.contains { scalars[$0] == "@" && address(around: $0, in: scalars) != nil }
    }

    /// The address whose `@` is at `at`: a local part of letters, digits and `. _ % + -`, then a domain of at least
    /// two labels (letters, digits, `-`) whose last has two or more letters. The local part starts at `floor` at the
    /// earliest: after an address already replaced (`a@b.cd@e.fg` is one address and `@e.fg`, not two overlapping).
    static func address(around at: Int, in scalars: [Unicode.Scalar], after floor: Int = 0) -> Range<Int>? {
        func isLocal(_ s: Unicode.Scalar) -> Bool {
            s.properties.isAlphabetic || ("0"..."9").contains(s) || s == "." || s == "_" || s == "%" || s == "+"
                || s == "-"
        }
        func isDomain(_ s: Unicode.Scalar) -> Bool {
            s.properties.isAlphabetic || ("0"..."9").contains(s) || s == "-" || s == "."
        }
        var start = at
        while start > floor && isLocal(scalars[start - 1]) { start -= 1 }
        while start < at && scalars[start] == "." { start += 1 }
        guard start < at else { return nil }
        var end = at + 1
        while end < scalars.count && isDomain(scalars[end]) { end += 1 }
        while end > at + 1 && (scalars[end - 1] == "." || scalars[end - 1] == "-") { end -= 1 }
        let domain = scalars[(at + 1)..<end]
        guard let lastDot = domain.lastIndex(of: "."), lastDot > at + 1 else { return nil }
        let tld = scalars[(lastDot + 1)..<end]
        guard tld.count >= 2, tld.allSatisfy({ $0.properties.isAlphabetic }) else { return nil }
        return start..<end
    }
}
