import Foundation

/// The relationships file: creators already close to a brand (its employees, customers, ambassadors, affiliates or
/// roster), one row per creator × brand. A brief with `relationship_mode` = `prefer` adds its `relationship_boost`
/// to their scores (`ScoringEngine`), and `why` names the relationship.
///
/// Columns (header names folded: case, spaces and punctuation ignored): `creator` (`platform:handle`, a profile URL
/// or a bare `@handle` = that handle on every platform, as in the statuses file), `brand`, `relationship`.
public struct Relationships: Sendable {
    public var path: String
    public private(set) var records: [RelationshipRecord] = []

    public init(path: String = "", records: [RelationshipRecord] = []) {
        self.path = path
        self.records = records
    }

    public var isEmpty: Bool { records.isEmpty }

    /// Header names accepted per column (folded).
    static let columns: [String: [String]] = [
        "creator": ["creator", "creatorid", "handle", "profileurl", "account", "influencer"],
        "brand": ["brand", "client", "brandname"],
        "relationship": ["relationship", "relation", "relationshiptype", "ties", "tie"],
    ]

    /// Reads the file.
    /// - Throws: `ScoutError.missingColumns` without all three columns, `badListRow` naming the line and column of a
    ///   creator that names no handle, an empty brand or an unknown relationship, `unreadableInput`.
    public static func load(_ path: String) throws -> Relationships {
        var result = Relationships(path: path)
        var header: [String]?
        var columnOf: [String: Int] = [:]
        func fail(_ line: Int, _ field: String, _ reason: String) -> ScoutError {
            .badListRow(path: path, line: line, column: (columnOf[field] ?? 0) + 1, reason: "bad relationship field \(field): \(reason)")
        }
        do {
            _ = try CSVFileReader.read(path: path) { record in
                guard header != nil else {
                    header = record.fields
                    for (index, name) in record.fields.enumerated() {
                        let folded = HeaderAliases.fold(name)
                        if let field = columns.first(where: { $0.value.contains(folded) })?.key, columnOf[field] == nil { columnOf[field] = index }
                    }
                    let missing = ["creator", "brand", "relationship"].filter { columnOf[$0] == nil }
                    if !missing.isEmpty {
                        throw ScoutError.missingColumns(path: path, missing: missing, seen: record.fields, expected: ["creator", "brand", "relationship"])
                    }
                    return
                }
                if record.isEmpty { return }
                func value(_ field: String) -> String {
                    guard let index = columnOf[field], index < record.count else { return "" }
                    return record[index].trimmingCharacters(in: .whitespacesAndNewlines)
                }
                guard let creator = CreatorReference(value("creator")) else {
                    throw fail(record.line, "creator", "'\(value("creator"))' names no creator (platform:handle, a profile URL or @handle)")
                }
                guard !OutreachRules.fold(value("brand")).isEmpty else { throw fail(record.line, "brand", "empty (name the brand, as in the briefs)") }
                guard let relationship = Relationship(rawValue: value("relationship").lowercased()) else {
                    throw fail(record.line, "relationship",
                               "'\(value("relationship"))' is not one of \(Relationship.allCases.map(\.rawValue).joined(separator: ", "))")
                }
                result.records.append(RelationshipRecord(creator: creator, brand: value("brand"), relationship: relationship, line: record.line))
            } onMalformedRecord: { issue in
                throw ScoutError.badListRow(path: path, line: issue.line, column: issue.column,
                                            reason: issue.kind == .unterminatedQuote ? "quoted field never closed" : "text after a closing quote")
            }
        } catch let error as CSVError {
            throw ScoutError.unreadableInput(path: path, reason: error.description)
        }
        guard header != nil else { throw ScoutError.badListRow(path: path, line: 1, column: 1, reason: "the file is empty (expected a creator,brand,relationship header)") }
        return result
    }

    /// Per brief: the positions (in `order`, creator-id order) of the accounts related to its brand, with the
    /// relationship (the first row of the file that names the account); empty for briefs that do not prefer them.
    /// - Complexity: O(N) dictionary look-ups over the accounts, then O(related × B); nothing without rows.
    func related(briefs: [Brief], accounts: [CreatorAccount], order: [Int]) -> [[Int32: Relationship]] {
        guard !isEmpty, briefs.contains(where: { $0.relationshipMode == .prefer }) else { return briefs.map { _ in [:] } }
        var byAccount: [String: [Int]] = [:], byHandle: [String: [Int]] = [:]
        for (i, record) in records.enumerated() {
            if let id = record.creator.accountID { byAccount[id, default: []].append(i) } else { byHandle[record.creator.handle, default: []].append(i) }
        }
        // Per folded brand: position → relationship.
        var byBrand: [String: [Int32: Relationship]] = [:]
        for position in order.indices {
            let account = accounts[order[position]]
            let found = ((byAccount[account.id] ?? []) + (byHandle[account.handle] ?? [])).sorted()
            for i in found {
                let brand = OutreachRules.fold(records[i].brand)
                if byBrand[brand]?[Int32(position)] == nil { byBrand[brand, default: [:]][Int32(position)] = records[i].relationship }
            }
        }
        return briefs.map { $0.relationshipMode == .prefer ? byBrand[OutreachRules.fold($0.brand)] ?? [:] : [:] }
    }
}
