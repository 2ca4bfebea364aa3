import Foundation

/// Maps export header text onto canonical creator fields, after folding case, width and punctuation.
public struct HeaderAliases: Sendable {
    /// What a header maps to: a field, or a column known to be ignorable (an index, a duplicate metric).
    public enum Target: Sendable, Hashable {
        case field(CreatorField)
        case ignored
    }

    private var targets: [String: Target] = [:]
    /// Each field's headers as `header_aliases.csv` writes them (one per folded key, the field's own name first), for
    /// messages people read.
    private var spellings: [CreatorField: [String]] = [:]

    /// Built-in: each canonical field name maps to itself.
    public init() {
        for field in CreatorField.allCases {
            targets[Self.fold(field.rawValue)] = .field(field)
            spellings[field] = [field.rawValue]
        }
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
                throw ScoutError.badReferenceData(
                    path: path, line: line, reason: "alias '\(fields[aliasColumn])' maps to two fields")
            }
            if aliases.targets[key] == nil, case .field(let field) = target {
                aliases.spellings[field, default: []].append(
                    fields[aliasColumn].trimmingCharacters(in: .whitespacesAndNewlines))
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
        for suffix in Self.unitWords where folded.hasSuffix(suffix) {
            if let target = targets[String(folded.dropLast(suffix.count))] { return target }
        }
        // Exports written by code name columns `userFollowerCount` or `Number.of.posts`: split into words, drop
        // leading words that only say whose count it is (`user`, `account`, `number of`…) and try again.
        var words = Self.words(header)
        while let first = words.first, Self.ownerWords.contains(first), words.count > 1 {
            words.removeFirst()
            let key = words.joined()
            if let target = targets[key] { return target }
            for suffix in Self.unitWords where key.hasSuffix(suffix) && key.count > suffix.count {
                if let target = targets[String(key.dropLast(suffix.count))] { return target }
            }
        }
        return nil
    }

    /// Trailing words that name a unit, not a field (`Followers Numbers`, `Likes values`).
    static let unitWords = ["values", "value", "numbers", "number", "raw", "count", "total"]

    /// Leading words of code-style headers that name the owner or say "number of" (`userMediaCount`, `n_followers`).
    static let ownerWords: Set<String> = [
        "user", "users", "account", "profile", "channel", "creator", "influencer", "author",
        "owner", "number", "num", "nb", "n", "no", "of", "total", "count", "the",
    ]

    /// The header cut into folded words at spaces, punctuation and lower-to-upper case changes:
    /// `userFollowerCount` → `user`, `follower`, `count`; `Number.of.people.they.follow` → `number`, `of`, …
    static func words(_ header: String) -> [String] {
        var words: [String] = []
        var current = ""
        var previousWasLower = false
        for character in header.precomposedStringWithCompatibilityMapping {
            if !(character.isLetter || character.isNumber) {
                if !current.isEmpty { words.append(current) }
                current = ""
                previousWasLower = false
                continue
            }
            if character.isUppercase && previousWasLower && !current.isEmpty {
                words.append(current)
                current = ""
            }
            current += character.lowercased()
            previousWasLower = character.isLowercase || character.isNumber
        }
        if !current.isEmpty { words.append(current) }
        return words.map(fold).filter { !$0.isEmpty }
    }

    /// Lower-case, NFKC, letters and digits only: `Engagement Rate (%)` → `engagementrate`.
    public static func fold(_ text: String) -> String {
        let normalised = text.precomposedStringWithCompatibilityMapping.lowercased()
        return String(
            String.UnicodeScalarView(
                normalised.unicodeScalars.filter {
                    $0.properties.isAlphabetic || $0.properties.numericType != nil
                }))
    }

    /// Header names users can write for `field` (for error messages).
    public func aliases(of field: CreatorField) -> [String] {
        spellings[field] ?? []
    }
}
