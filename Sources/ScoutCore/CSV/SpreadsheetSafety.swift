/// Neutralises CSV injection (OWASP "CSV Injection", ASVS 5.3.x): text that Excel, LibreOffice or Google Sheets
/// would evaluate as a formula is prefixed with a single quote.
public enum SpreadsheetSafety {
    /// Leading characters that start a formula or DDE payload: OWASP's `= + - @`, tab and CR, LF, NUL (listed by
    /// ASVS), and their full-width (`＝ ＋ － ＠`) and small (`﹦ ﹢ ﹣ ﹫`) compatibility forms, which spreadsheets
    /// and input methods may fold to the ASCII ones.
    static let triggers: Set<Unicode.Scalar> = [
        "=", "+", "-", "@", "\t", "\r", "\n", "\u{0}", "＝", "＋", "－", "＠", "\u{FE62}", "\u{FE63}", "\u{FE66}",
        "\u{FE6B}",
    ]

    /// True when `cell` would be read as a formula and is not a plain number like `-12.5`.
    public static func isDangerous(_ cell: String) -> Bool {
        guard let first = cell.unicodeScalars.first, triggers.contains(first) else { return false }
        return !isPlainNumber(cell)
    }

    /// The cell as it is safe to write: NUL characters are dropped (no spreadsheet shows them, and some cut the
    /// cell there), then dangerous cells get a leading `'`; everything else is unchanged.
    public static func neutralise(_ cell: String) -> String {
        let text =
            cell.utf8.contains(0)
            ? String(String.UnicodeScalarView(cell.unicodeScalars.filter { $0 != "\u{0}" })) : cell
        return isDangerous(text) ? "'" + text : text
    }

    /// `-12`, `+3.5`, `-0.25e3`: a number a spreadsheet shows as a number.
    static func isPlainNumber(_ cell: String) -> Bool {
        let scalars = Array(cell.unicodeScalars)
        guard scalars.count > 1, scalars[0] == "-" || scalars[0] == "+" else { return false }
        return scalars.dropFirst().allSatisfy { ("0"..."9").contains($0) || $0 == "." || $0 == "e" || $0 == "E" }
            && Double(String(cell.dropFirst())) != nil
    }
}
