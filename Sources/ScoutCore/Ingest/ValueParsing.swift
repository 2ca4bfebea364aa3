import Foundation

/// The outcome of reading one numeric cell.
public enum ParsedValue: Sendable, Equatable {
    /// Empty, `-`, `N/A`, or a spreadsheet error such as `#VALOR!`.
    case missing
    case value(Double)
    case invalid
    /// A number too large to be a real count (above `ValueParsing.maximumCount`): a corrupt cell, not a value.
    case outOfRange
}

/// Parses counts and rates the way creator-analytics exports write them.
///
/// Counts: `12,345`, `12 345`, `12.5K`, `12,5K`, `1.2M`, `1,2 Mio`, `3.4B`, `1.2万`, full-width digits.
/// A separator followed by exactly three digits with no suffix groups thousands (`12.345` = 12345,
/// `1,500` = 1500); otherwise it is the decimal mark (`348.5`, `12,5K`).
/// Rates: `3.4%` and `3,4 %` are percentages; a bare number is read per column (see `RateUnit`).
public enum ValueParsing {
    static let missingMarkers: Set<String> = [
        "", "-", "--", "–", "—", "n/a", "na", "n.a.", "none", "null", "nil", "nan", "?", "unknown",
        "#valor!", "#value!", "#n/a", "#div/0!", "#ref!", "#name?", "#num!", "#null!",
    ]

    static let multipliers: [String: Double] = [
        "k": 1e3, "tsd": 1e3, "mil": 1e3, "千": 1e3, "万": 1e4, "lakh": 1e5, "lac": 1e5,
        "m": 1e6, "mm": 1e6, "mio": 1e6, "mill": 1e6, "mln": 1e6, "mn": 1e6, "million": 1e6, "millions": 1e6,
        "cr": 1e7, "億": 1e8, "b": 1e9, "bn": 1e9, "mrd": 1e9, "billion": 1e9,
    ]

    /// True for the cells exports use to say "no value".
    public static func isMissing(_ text: String) -> Bool {
        if let ascii = ASCIIFastPath.cleaned(text) {
            return ascii.utf8.count <= longestMissingMarker && missingMarkers.contains(ascii.lowercased())
        }
        if holdsLetterNoMarkerHas(text) { return false }
        return missingMarkers.contains(cleaned(text).lowercased())
    }

    /// The longest marker in bytes: a longer ASCII text cannot be one.
    static let longestMissingMarker = missingMarkers.map(\.utf8.count).max() ?? 0

    /// Trims spaces and the stray apostrophe spreadsheets leave (`N/A'`, `'12345`), and applies NFKC.
    static func cleaned(_ text: String) -> String {
        if let ascii = ASCIIFastPath.cleaned(text) { return ascii }
        var value = text.precomposedStringWithCompatibilityMapping.trimmingCharacters(in: .whitespacesAndNewlines)
        while value.hasSuffix("'") || value.hasPrefix("'") {
            value = value.hasSuffix("'") ? String(value.dropLast()) : String(value.dropFirst())
            value = value.trimmingCharacters(in: .whitespaces)
        }
        return value
    }

    /// The largest count Scout accepts: 10^15, far above any real follower count, price or budget, and small
    /// enough that every accepted count converts to `Int` exactly (`99999999999999999999` is `outOfRange`).
    public static let maximumCount = 1e15

    /// Reads a count (followers, averages, cost). Negative numbers are invalid; counts above `maximumCount`
    /// (or not finite) are `outOfRange`.
    public static func count(_ text: String) -> ParsedValue {
        let parsed = unboundedCount(text)
        if case .value(let number) = parsed, !(number <= maximumCount) { return .outOfRange }
        return parsed
    }

    /// `count` without the range check.
    static func unboundedCount(_ text: String) -> ParsedValue {
        let value = cleaned(text)
        // Plain ASCII digits take the same path below to `Double(digits) * 1`; skip the string work.
        if let number = ASCIIFastPath.plainNumber(value, allowDot: false) { return .value(number * 1.0) }
        if missingMarkers.contains(value.lowercased()) { return .missing }
        var body = value.lowercased()
        for prefix in ["~", "≈", "+", "$", "€", "£", "¥", "usd", "eur", "jpy"] where body.hasPrefix(prefix) {
            body = trimmedSpaces(String(body.dropFirst(prefix.count)))
        }
        for suffix in [" usd", " eur", " jpy", " gbp", "$", "€", "£", "円", "人", "+"] where body.hasSuffix(suffix) {
            body = trimmedSpaces(String(body.dropLast(suffix.count)))
        }
        let numberEnd =
            body.firstIndex {
                !(($0.isASCII && $0.isNumber) || $0 == "." || $0 == "," || $0 == " " || $0 == "\u{00A0}"
                    || $0 == "\u{202F}" || $0 == "'" || $0 == "-")
            } ?? body.endIndex
        let suffix = numberEnd == body.endIndex ? "" : trimmedSuffix(String(body[numberEnd...]))
        var multiplier = 1.0
        if !suffix.isEmpty {
            guard let factor = multipliers[suffix] else { return .invalid }
            multiplier = factor
        }
        guard let number = decimal(String(body[..<numberEnd]), hasSuffix: !suffix.isEmpty), number >= 0 else {
            return .invalid
        }
        return .value(number * multiplier)
    }

    /// Reads a rate as a fraction. `percentColumn` says how a bare number is read (true: `3.4` means 3.4%).
    public static func rate(_ text: String, percentColumn: Bool) -> ParsedValue {
        let value = cleaned(text)
        // Digits with at most one dot reach `Double(value)` below unchanged; skip the string work.
        if let number = ASCIIFastPath.plainNumber(value, allowDot: true) {
            let fraction = percentColumn ? number / 100 : number
            return fraction <= 10 ? .value(fraction) : .invalid
        }
        if missingMarkers.contains(value.lowercased()) { return .missing }
        var body = value
        var isPercent = percentColumn
        if body.hasSuffix("%") {
            body = trimmedSpaces(String(body.dropLast()))
            isPercent = true
        }
        guard let number = decimal(body, hasSuffix: true), number >= 0 else { return .invalid }
        let fraction = isPercent ? number / 100 : number
        return fraction <= 10 ? .value(fraction) : .invalid
    }

    /// Whether a column of bare rate values means percentages: yes if any value is above 1.
    public static func ratesArePercentages<S: Sequence>(_ values: S) -> Bool where S.Element == String {
        for text in values {
            let value = cleaned(text)
            if value.hasSuffix("%") { continue }
            if case .value(let number) = rate(value, percentColumn: false), number > 1 { return true }
        }
        return false
    }

    /// `text.trimmingCharacters(in: .whitespaces)`, on bytes when the text is ASCII.
    static func trimmedSpaces(_ text: String) -> String {
        ASCIIFastPath.trimmedSpaces(text) ?? text.trimmingCharacters(in: .whitespaces)
    }

    static let dot = CharacterSet(charactersIn: ".")

    /// A multiplier suffix without surrounding spaces, then without surrounding dots (`k.` → `k`).
    static func trimmedSuffix(_ text: String) -> String {
        let spaced = trimmedSpaces(text)
        guard let first = spaced.utf8.first, let last = spaced.utf8.last, first == 0x2E || last == 0x2E else {
            return spaced
        }
        return spaced.trimmingCharacters(in: dot)
    }

    /// Parses digits with grouping and decimal marks; `hasSuffix` makes a lone separator decimal.
    static func decimal(_ text: String, hasSuffix: Bool) -> Double? {
        if let ascii = ASCIIFastPath.decimal(text, hasSuffix: hasSuffix) { return ascii }
        return generalDecimal(text, hasSuffix: hasSuffix)
    }

    /// `decimal` on `Character`s, for any text (the reference the ASCII fast path is tested against).
    static func generalDecimal(_ text: String, hasSuffix: Bool) -> Double? {
        var digits = text.filter { $0 != " " && $0 != "\u{00A0}" && $0 != "\u{202F}" && $0 != "'" }
        if digits.hasPrefix("-") {
            return digits.count > 1 && Double(digits.dropFirst().replacingOccurrences(of: ",", with: ".")) != nil
                ? -1 : nil
        }
        guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "." || $0 == ",") }) else {
            return nil
        }
        let dots = digits.filter { $0 == "." }.count
        let commas = digits.filter { $0 == "," }.count
        if dots > 0 && commas > 0 {
            let lastDot = digits.lastIndex(of: ".")!
            let lastComma = digits.lastIndex(of: ",")!
            let (group, mark): (Character, Character) = lastDot > lastComma ? (",", ".") : (".", ",")
            guard digits.filter({ $0 == mark }).count == 1 else { return nil }
            digits = digits.filter { $0 != group }.replacingOccurrences(of: String(mark), with: ".")
        } else if dots + commas > 1 {
            guard dots == 0 || commas == 0 else { return nil }
            let parts = digits.split(separator: dots > 0 ? "." : ",", omittingEmptySubsequences: false)
            guard parts.dropFirst().allSatisfy({ $0.count == 3 }), !(parts.first?.isEmpty ?? true) else { return nil }
            digits = parts.joined()
        } else if dots + commas == 1 {
            let mark: Character = dots == 1 ? "." : ","
            let parts = digits.split(separator: mark, omittingEmptySubsequences: false)
            let groupsThousands = !hasSuffix && parts[1].count == 3 && parts[0] != "0" && !parts[0].isEmpty
            digits = groupsThousands ? parts.joined() : parts.joined(separator: ".")
        }
        return Double(digits)
    }
}
