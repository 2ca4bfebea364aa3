import Foundation

/// The outreach statuses file: what happened between creators and brands, one row per creator × brand (or brief)
/// × date, so a night can keep off the lists whoever should not be pitched again yet (`OutreachRules`).
///
/// Columns (header names folded: case, spaces and punctuation ignored): `creator` (required: `platform:handle`,
/// a profile URL or a bare `@handle`, as in the do-not-contact list), `status` (required: `OutreachStatus`),
/// `date` (`yyyy-mm-dd`; required except for `do_not_contact`), `brand`, `brief_id`, `note`.
public struct OutreachStatuses: Sendable {
    public var path: String
    public private(set) var records: [OutreachRecord] = []

    public init(path: String = "", records: [OutreachRecord] = []) {
        self.path = path
        self.records = records
    }

    public var isEmpty: Bool { records.isEmpty }

    /// Header names accepted per column (folded).
    static let columns: [String: [String]] = [
        "creator": ["creator", "creatorid", "handle", "profileurl", "account", "influencer"],
        "status": ["status", "outreachstatus", "stage"],
        "date": ["date", "statusdate", "on", "updated", "updatedat"],
        "brand": ["brand", "client", "brandname"],
        "brief_id": ["briefid", "brief", "campaignid", "campaign"],
        "note": ["note", "notes", "comment"],
    ]

    /// Reads the file.
    /// - Throws: `ScoutError.missingColumns` without a `creator` or `status` column, `badListRow` naming the line
    ///   and column of an unknown status, a bad date or a creator that names no handle, `unreadableInput`.
    public static func load(_ path: String) throws -> OutreachStatuses {
        var statuses = OutreachStatuses(path: path)
        try ListFile.read(
            path, kind: "status", columns: columns, required: ["creator", "status"],
            expected: ["creator", "status", "date", "brand", "brief_id", "note"],
            header: "creator,status,date,brand"
        ) { row in
            let creator = try row.creator()
            let statusText = row.value("status").lowercased().replacingOccurrences(of: " ", with: "_")
                .replacingOccurrences(of: "-", with: "_")
            guard let status = OutreachStatus(rawValue: statusText) else {
                throw row.fail(
                    "status",
                    "'\(row.value("status"))' is not one of \(OutreachStatus.allCases.map(\.rawValue).joined(separator: ", "))"
                )
            }
            var date = ""
            var day = Int.min
            if !row.value("date").isEmpty || status != .doNotContact {
                guard let iso = SnapshotDate.normalise(row.value("date")), let number = dayNumber(iso) else {
                    throw row.fail("date", "'\(row.value("date"))' is not a date (write 2026-11-30)")
                }
                (date, day) = (iso, number)
            }
            statuses.records.append(
                OutreachRecord(
                    creator: creator, brand: row.value("brand"), briefID: row.value("brief_id"), status: status,
                    date: date, day: day, note: row.value("note"), line: row.line))
        }
        return statuses
    }

    /// Days since 1970-01-01 of a `yyyy-mm-dd` date (proleptic Gregorian), or nil.
    public static func dayNumber(_ iso: String) -> Int? {
        let parts = iso.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3 else { return nil }
        let (y0, m, d) = (parts[0], parts[1], parts[2])
        let y = m <= 2 ? y0 - 1 : y0
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }
}
