/// Finds e-mail addresses in free text and replaces each with `[email e:…]` (its `EmailKey`), so that no clear
/// address reaches a run directory: raw rows, bios, display names, web sites, messages, brief text (docs/privacy.md).
public enum EmailRedaction {
    /// `text` with every address replaced; `text` itself (no copy) when it holds no `@`.
    /// - Complexity: O(n); text without `@` is scanned once, byte by byte.
    public static func redact(_ text: String) -> String {
        guard text.utf8.contains(0x40) else { return text }
        let scalars = Array(text.unicodeScalars)
        var result = String.UnicodeScalarView()
        var copied = 0
        var index = 0
        while index < scalars.count {
            guard scalars[index] == "@", let range = address(around: index, in: scalars) else {
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

    /// Whether `text` holds an address.
    public static func containsAddress(_ text: String) -> Bool {
        guard text.utf8.contains(0x40) else { return false }
        let scalars = Array(text.unicodeScalars)
        return scalars.indices.contains { scalars[$0] == "@" && address(around: $0, in: scalars) != nil }
    }

    /// The address whose `@` is at `at`: a local part of letters, digits and `. _ % + -`, then a domain of at least
    /// two labels (letters, digits, `-`) whose last has two or more letters.
    static func address(around at: Int, in scalars: [Unicode.Scalar]) -> Range<Int>? {
        func isLocal(_ s: Unicode.Scalar) -> Bool {
            s.properties.isAlphabetic || ("0"..."9").contains(s) || s == "." || s == "_" || s == "%" || s == "+"
                || s == "-"
        }
        func isDomain(_ s: Unicode.Scalar) -> Bool {
            s.properties.isAlphabetic || ("0"..."9").contains(s) || s == "-" || s == "."
        }
        var start = at
        while start > 0 && isLocal(scalars[start - 1]) { start -= 1 }
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
