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
        let fields = ["creator", "brand", "relationship"]
        try ListFile.read(
            path, kind: "relationship", columns: columns, required: fields, expected: fields,
            header: "creator,brand,relationship"
        ) { row in
            let creator = try row.creator()
            guard !OutreachRules.fold(row.value("brand")).isEmpty else {
                throw row.fail("brand", "empty (name the brand, as in the briefs)")
            }
            guard let relationship = Relationship(rawValue: row.value("relationship").lowercased()) else {
                throw row.fail(
                    "relationship",
                    "'\(row.value("relationship"))' is not one of \(Relationship.allCases.map(\.rawValue).joined(separator: ", "))"
                )
            }
            result.records.append(
                RelationshipRecord(
                    creator: creator, brand: row.value("brand"), relationship: relationship, line: row.line))
        }
        return result
    }

    /// Per brief: the positions (in `order`, creator-id order) of the accounts related to its brand, with the
    /// relationship (the first row of the file that names the account); empty for briefs without `relationship_mode`.
    /// - Complexity: O(N) dictionary look-ups over the accounts, then O(related × B); nothing without rows.
    func related(briefs: [Brief], accounts: [CreatorAccount], order: [Int]) -> [[Int32: Relationship]] {
        guard !isEmpty, briefs.contains(where: { $0.relationshipMode != nil }) else {
            return briefs.map { _ in [:] }
        }
        var byAccount: [String: [Int]] = [:]
        var byHandle: [String: [Int]] = [:]
        for (i, record) in records.enumerated() {
            if let id = record.creator.accountID {
                byAccount[id, default: []].append(i)
            } else {
                byHandle[record.creator.handle, default: []].append(i)
            }
        }
        // Per folded brand: position → relationship.
        var byBrand: [String: [Int32: Relationship]] = [:]
        for position in order.indices {
            let account = accounts[order[position]]
            let found = ((byAccount[account.id] ?? []) + (byHandle[account.handle] ?? [])).sorted()
            for i in found {
                let brand = OutreachRules.fold(records[i].brand)
                if byBrand[brand]?[Int32(position)] == nil {
                    byBrand[brand, default: [:]][Int32(position)] = records[i].relationship
                }
            }
        }
        return briefs.map { $0.relationshipMode != nil ? byBrand[OutreachRules.fold($0.brand)] ?? [:] : [:] }
    }
}
