/// Which column of an export became which canonical field, and which were ignored.
public struct HeaderMapping: Sendable {
    public var headers: [String]
    /// Columns per field, left to right. Several columns may feed one field (a formatted and a raw count).
    public var columns: [CreatorField: [Int]] = [:]
    /// Columns the alias table marks as ignorable (index columns, duplicate metrics).
    public var ignored: [Int] = []
    /// Columns whose header is not in the alias table; kept in the raw row, otherwise unused.
    public var unknown: [Int] = []
    /// Columns dropped after their values turned out not to fit the field (headers not lining up with data).
    public var dropped: [(column: Int, field: CreatorField, example: String)] = []
    /// Columns moved to another field after looking at their values (a "name" column holding handles).
    public var remapped: [(column: Int, field: CreatorField)] = []
    /// The platform the headers name (`Tiktoker name`, `Youtube channel`), with the header that said so.
    public var platformHint: (platform: Platform, header: String)?

    /// Maps `headers` through `aliases`.
    public init(headers: [String], aliases: HeaderAliases) {
        self.headers = headers
        var hinted: [Platform: String] = [:]
        for (index, header) in headers.enumerated() {
            switch aliases.target(for: header) {
            case .field(let field): columns[field, default: []].append(index)
            case .ignored: ignored.append(index)
            case nil: unknown.append(index)
            }
            let folded = HeaderAliases.fold(header)
            for (word, platform) in [
                ("tiktok", Platform.tiktok), ("youtube", .youtube), ("instagram", .instagram), ("insta", .instagram),
            ]
            where folded.contains(word) && hinted[platform] == nil {
                hinted[platform] = header
            }
        }
        if hinted.count == 1, let (platform, header) = hinted.first { platformHint = (platform, header) }
    }

    /// Required fields with no column: a handle (or a profile URL) and a follower count.
    public var missingRequired: [CreatorField] {
        var missing: [CreatorField] = []
        if columns[.handle] == nil && columns[.profileURL] == nil { missing.append(.handle) }
        if columns[.followers] == nil { missing.append(.followers) }
        return missing
    }

    /// Removes `column` from `field` because its values do not fit.
    mutating func drop(column: Int, from field: CreatorField, example: String) {
        columns[field]?.removeAll { $0 == column }
        if columns[field]?.isEmpty == true { columns[field] = nil }
        dropped.append((column, field, example))
    }

    /// One line per column: `3 'Follower Count' -> followers`, for `scout inspect` and logs.
    public var lines: [String] {
        var target = [Int: String]()
        for (field, indices) in columns { for index in indices { target[index] = field.rawValue } }
        for index in ignored { target[index] = "(ignored: index or duplicate metric)" }
        for index in unknown { target[index] = "(ignored: unknown header)" }
        for (index, field, example) in dropped {
            target[index] = "(dropped from \(field.rawValue): values like '\(example)' do not fit)"
        }
        for (index, field) in remapped { target[index] = field.rawValue + " (its values look like handles)" }
        return headers.indices.map { index in
            let name = headers[index].replacingOccurrences(of: "\n", with: "\\n").replacingOccurrences(
                of: "\r", with: "\\r")
            return "\(index + 1) '\(name)' -> \(target[index] ?? "?")"
        }
    }
}
