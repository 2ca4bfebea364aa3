import Foundation

/// Maps export header text onto canonical creator fields, after folding case, width and punctuation.
public struct HeaderAliases: Sendable {
    /// What a header maps to: a field, or a column known to be ignorable (an index, a duplicate metric).
    public enum Target: Sendable, Hashable {
        case field(CreatorField)
        case ignored
    }

    private var targets: [String: Target] = [:]

    /// Built-in: each canonical field name maps to itself.
    public init() {
        for field in CreatorField.allCases { targets[Self.fold(field.rawValue)] = .field(field) }
    }

    /// Loads `header_aliases.csv` (columns `field,alias`); `ignore` as field marks ignorable columns.
    public static func load(_ path: String) throws -> HeaderAliases {
        let table = try ReferenceTable.load(path)
        let fieldColumn = try table.index(of: "field")
        let aliasColumn = try table.index(of: "alias")
        var aliases = HeaderAliases()
        for (line, fields) in table.rows {
            let name = fields[fieldColumn].trimmingCharacters(in: .whitespaces)
            let target: Target
            if name == "ignore" {
                target = .ignored
            } else if let field = CreatorField(rawValue: name) {
                target = .field(field)
            } else {
                throw ScoutError.badReferenceData(path: path, line: line, reason: "unknown field '\(name)'")
            }
            let key = fold(fields[aliasColumn])
            if let existing = aliases.targets[key], existing != target {
                throw ScoutError.badReferenceData(path: path, line: line, reason: "alias '\(fields[aliasColumn])' maps to two fields")
            }
            aliases.targets[key] = target
        }
        return aliases
    }

    /// The target for a header cell, or `nil` when the header is unknown.
    ///
    /// Tries the folded header, then without a trailing unit word (`Followers Numbers`, `Likes values`).
    public func target(for header: String) -> Target? {
        let folded = Self.fold(header)
        if let target = targets[folded] { return target }
        for suffix in ["values", "value", "numbers", "number", "raw", "count", "total"] where folded.hasSuffix(suffix) {
            if let target = targets[String(folded.dropLast(suffix.count))] { return target }
        }
        return nil
    }

    /// Lower-case, NFKC, letters and digits only: `Engagement Rate (%)` → `engagementrate`.
    public static func fold(_ text: String) -> String {
        let normalised = text.precomposedStringWithCompatibilityMapping.lowercased()
        return String(String.UnicodeScalarView(normalised.unicodeScalars.filter {
            $0.properties.isAlphabetic || $0.properties.numericType != nil
        }))
    }

    /// Header names users can write for `field` (for error messages).
    public func aliases(of field: CreatorField) -> [String] {
        targets.filter { $0.value == .field(field) }.map(\.key).sorted()
    }
}
