import Foundation

/// Finds the clear e-mail address of shortlisted accounts for briefs that opted into contact details.
///
/// Stage 2 keeps only a hash of each address (see `EmailKey`), so the address is read back from stage 1's
/// `rows.csv` at the account's source rows (newest first, the first non-empty one wins, as survivorship fills
/// other text fields). The file is streamed; only the wanted rows are kept.
enum ContactLookup {
    /// The address of each account in `accounts` that has one, by account id.
    /// - Throws: `ScoutError.badIntermediate` when `rows.csv` is missing or lacks its columns.
    static func emails(of accounts: [CreatorAccount], rowsPath: String) throws -> [String: String] {
        try emails(of: accounts.map { ($0.id, $0.sources) }, rowsPaths: [rowsPath])
    }

    /// The address of each account (id and source rows, first the one that won) that has one, from files with the
    /// columns `source_file`, `source_line`, `email` (`rows.csv`, or a sharded night's ingest shards' `emails.csv`).
    static func emails(of accounts: [(id: String, sources: [SourceRef])], rowsPaths: [String]) throws -> [String: String] {
        var wanted = Set<SourceRef>()
        for account in accounts { wanted.formUnion(account.sources) }
        var found: [SourceRef: String] = [:]
        for rowsPath in rowsPaths { try read(rowsPath, wanted: wanted, into: &found) }
        var emails: [String: String] = [:]
        for account in accounts {
            if let email = account.sources.lazy.compactMap({ found[$0] }).first { emails[account.id] = email }
        }
        return emails
    }

    /// The non-empty addresses of the `wanted` rows in `rowsPath`.
    static func read(_ rowsPath: String, wanted: Set<SourceRef>, into found: inout [SourceRef: String]) throws {
        var columns: (file: Int, line: Int, email: Int)?
        do {
            _ = try CSVFileReader.read(path: rowsPath, delimiter: UInt8(ascii: ",")) { record in
                guard let c = columns else {
                    guard let file = record.fields.firstIndex(of: "source_file"), let line = record.fields.firstIndex(of: "source_line"),
                          let email = record.fields.firstIndex(of: CreatorField.email.rawValue) else {
                        throw ScoutError.badIntermediate(path: rowsPath, reason: "no source_file, source_line or email column")
                    }
                    columns = (file, line, email)
                    return
                }
                guard record.count > max(c.file, c.line, c.email), let line = Int(record[c.line]) else { return }
                let ref = SourceRef(file: record[c.file], line: line)
                if wanted.contains(ref) {
                    let email = record[c.email].trimmingCharacters(in: .whitespacesAndNewlines)
                    if !email.isEmpty { found[ref] = email }
                }
            }
        } catch let error as CSVError {
            throw ScoutError.badIntermediate(path: rowsPath, reason: error.description)
        }
    }
}
