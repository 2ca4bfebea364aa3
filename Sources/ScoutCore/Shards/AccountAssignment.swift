/// `assign-K-of-N.csv` in the identity folder: the rows a normalize shard builds its accounts from, each with the
/// id of the account it belongs to and that account's person (`file` is the file's index in the plan). Accounts
/// go to shards by their person (`Shard.of(person)`), so a person's accounts are always in one shard.
struct AccountAssignment: Sendable, Hashable {
    var file: Int
    var line: Int
    var accountID: String
    var personID: String

    static let header = ["file", "line", "account_id", "person_id"]

    static func write(_ rows: [AccountAssignment], to path: String) throws {
        try ParallelTableWriter.write(path, header: header, count: rows.count) { i in
            [String(rows[i].file), String(rows[i].line), rows[i].accountID, rows[i].personID]
        }
    }

    static func read(_ path: String) throws -> [AccountAssignment] {
        try StageTableReader.read(path, required: header) { records, c in
            records.map { r in
                guard let file = Int(r[c[0]]), let line = Int(r[c[1]]) else {
                    return .failure(ScoutError.badIntermediate(path: "\(path):\(r.line)", reason: "bad file or line"))
                }
                return .success(AccountAssignment(file: file, line: line, accountID: r[c[2]], personID: r[c[3]]))
            }
        }.values
    }
}
