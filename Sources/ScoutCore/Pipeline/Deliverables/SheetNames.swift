/// Worksheet names Excel, LibreOffice and Google Sheets accept: at most 31 characters (UTF-16 units), none of
/// `[ ] : * ? / \`, not starting or ending with `'`, not `History` (reserved by Excel), and unique ignoring case.
/// Brief ids become names in brief order; a clash gets ` (2)`, ` (3)`, … with the base cut to make room.
public struct SheetNames: Sendable {
    public static let maxLength = 31
    static let forbidden: Set<Character> = ["[", "]", ":", "*", "?", "/", "\\"]

    private var taken: Set<String>

    /// `reserved`: the names of the workbook's own sheets, which no brief may take.
    public init(reserved: [String]) {
        taken = Set((reserved + ["History"]).map(Self.key))
    }

    /// A safe name for `wanted` that no earlier call returned.
    public mutating func claim(_ wanted: String) -> String {
        let base = Self.safe(wanted)
        var name = base
        var n = 1
        while taken.contains(Self.key(name)) {
            n += 1
            let suffix = " (\(n))"
            name = Self.cut(base, to: Self.maxLength - suffix.utf16.count) + suffix
        }
        taken.insert(Self.key(name))
        return name
    }

    /// `text` with forbidden characters replaced by `_`, control characters dropped, outer `'` and spaces trimmed,
    /// cut to 31 UTF-16 units; `brief` when nothing is left.
    static func safe(_ text: String) -> String {
        var name = String(
            text.compactMap { c -> Character? in
                if forbidden.contains(c) { return "_" }
                return c.unicodeScalars.allSatisfy({
                    $0.properties.generalCategory == .control || $0.properties.generalCategory == .format
                }) ? nil : c
            })
        name = cut(name, to: maxLength)
        while name.first == "'" || name.first == " " { name.removeFirst() }
        while name.last == "'" || name.last == " " { name.removeLast() }
        return name.isEmpty ? "brief" : name
    }

    /// The longest prefix of `text` (whole characters) within `limit` UTF-16 units.
    static func cut(_ text: String, to limit: Int) -> String {
        var result = ""
        var units = 0
        for character in text {
            units += character.utf16.count
            if units > limit { break }
            result.append(character)
        }
        return result
    }

    /// Names compare without case, as Excel does.
    static func key(_ name: String) -> String { name.lowercased() }
}
