import Foundation

/// Creators never to put on a shortlist (already contracted, asked not to be contacted…), with the reason.
///
/// File format: CSV with columns `creator,reason`; `creator` is `platform:handle` (`instagram:ana.cooks`) or a
/// profile URL (`https://www.tiktok.com/@ana.cooks`). A bare handle (`@ana.cooks`) matches on every platform.
public struct DoNotContactList: Sendable {
    /// `platform:handle` → reason.
    public private(set) var byAccountID: [String: String] = [:]
    /// Handle → reason, for entries without a platform.
    public private(set) var byHandle: [String: String] = [:]
    public var path: String

    public init(path: String = "") { self.path = path }

    /// Reads the list. - Throws: `ScoutError.missingColumns` without a `creator` column, `unreadableInput` if unreadable.
    public static func load(_ path: String) throws -> DoNotContactList {
        var list = DoNotContactList(path: path)
        let table = try IntermediateTable.read(path, required: [])
        guard table.header.contains("creator") else {
            throw ScoutError.missingColumns(path: path, missing: ["creator"], seen: table.header, expected: ["creator", "reason"])
        }
        for row in table.rows {
            list.add(table.value(row, "creator"), reason: EmailRedaction.redact(table.value(row, "reason")))
        }
        return list
    }

    /// Adds one entry; text that names no handle is ignored.
    public mutating func add(_ creator: String, reason: String) {
        let text = creator.trimmingCharacters(in: .whitespaces)
        let reason = reason.isEmpty ? "do not contact" : reason
        if let colon = text.firstIndex(of: ":"), let platform = Platform(parsing: String(text[..<colon])),
           let parsed = HandleParsing.parse(String(text[text.index(after: colon)...])) {
            byAccountID["\(platform.rawValue):\(parsed.handle)"] = reason
        } else if let parsed = HandleParsing.parse(text) {
            if let platform = parsed.platform { byAccountID["\(platform.rawValue):\(parsed.handle)"] = reason } else {
                byHandle[parsed.handle] = reason
            }
        }
    }

    /// The reason `accountID` (`platform:handle`) is excluded, or nil.
    public func reason(for accountID: String) -> String? {
        if let reason = byAccountID[accountID] { return reason }
        guard let colon = accountID.firstIndex(of: ":") else { return nil }
        return byHandle[String(accountID[accountID.index(after: colon)...])]
    }

    public var isEmpty: Bool { byAccountID.isEmpty && byHandle.isEmpty }
}
