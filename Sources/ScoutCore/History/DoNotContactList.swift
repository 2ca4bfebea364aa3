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

    /// Reads the list (before any stage runs: see `StageContext`).
    /// - Throws: `ScoutError.missingColumns` without a `creator` column, `badReferenceData` naming the line of a
    ///   broken row (unclosed quote, wrong field count), `unreadableInput` if unreadable.
    public static func load(_ path: String) throws -> DoNotContactList {
        var list = DoNotContactList(path: path)
        var header: [String]?
        func fail(_ line: Int, _ reason: String) -> ScoutError {
            .badReferenceData(path: path, line: line, reason: "do-not-contact list: " + reason)
        }
        do {
            _ = try CSVFileReader.read(path: path) { record in
                guard let names = header else {
                    header = record.fields.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
                    guard header!.contains("creator") else {
                        throw ScoutError.missingColumns(
                            path: path, missing: ["creator"], seen: record.fields, expected: ["creator", "reason"])
                    }
                    return
                }
                if record.isEmpty { return }
                guard record.count == names.count else {
                    throw fail(record.line, "\(record.count) fields where the header has \(names.count)")
                }
                let value = { (name: String) in names.firstIndex(of: name).map { record[$0] } ?? "" }
                list.add(value("creator"), reason: EmailRedaction.redact(value("reason")))
            } onMalformedRecord: { issue in
                throw fail(issue.line, "\(issue.kind) at \(issue.position)")
            }
        } catch let error as CSVError {
            throw ScoutError.unreadableInput(path: path, reason: error.reason)
        }
        guard header != nil else { throw fail(1, "the file is empty (expected a creator,reason header)") }
        return list
    }

    /// Adds one entry; text that names no handle is ignored.
    public mutating func add(_ creator: String, reason: String) {
        let text = creator.trimmingCharacters(in: .whitespaces)
        let reason = reason.isEmpty ? "do not contact" : reason
        if let colon = text.firstIndex(of: ":"), let platform = Platform(parsing: String(text[..<colon])),
            let parsed = HandleParsing.parse(String(text[text.index(after: colon)...]))
        {
            byAccountID["\(platform.rawValue):\(parsed.handle)"] = reason
        } else if let parsed = HandleParsing.parse(text) {
            if let platform = parsed.platform {
                byAccountID["\(platform.rawValue):\(parsed.handle)"] = reason
            } else {
                byHandle[parsed.handle] = reason
            }
        }
    }

    /// The reason `accountID` or its person is excluded: its own entry, else the first listed account among
    /// `otherAccounts` (the same person's other accounts), as `reason (same person as platform:handle)`.
    /// A do-not-contact entry is about a person, not one of their accounts.
    public func reason(for accountID: String, otherAccounts: [String]) -> String? {
        if let own = reason(for: accountID) { return own }
        for other in otherAccounts.sorted() {
            if let reason = reason(for: other) { return "\(reason) (same person as \(other))" }
        }
        return nil
    }

    /// The reason `accountID` (`platform:handle`) is excluded, or nil.
    public func reason(for accountID: String) -> String? {
        if let reason = byAccountID[accountID] { return reason }
        guard let colon = accountID.firstIndex(of: ":") else { return nil }
        return byHandle[String(accountID[accountID.index(after: colon)...])]
    }

    public var isEmpty: Bool { byAccountID.isEmpty && byHandle.isEmpty }
}
