import Foundation

/// Finds the clear e-mail address of shortlisted accounts for briefs that opted into contact details.
///
/// No stage file holds an address in clear (docs/privacy.md): stage 1 keeps only its key. So the address is read
/// from the creator export itself, at the account's source rows (newest first; the first row that still names the
/// account and has an address wins, as survivorship fills other text fields). Each export is streamed once; a row
/// whose handle no longer matches the account (the file changed since the night was read) is not used.
enum ContactLookup {
    /// The address of each account in `accounts` that has one, by account id.
    /// - Throws: `ScoutError.unreadableInput` when an export named by a source row cannot be read.
    static func emails(of accounts: [CreatorAccount], aliases: HeaderAliases) throws -> [String: String] {
        try emails(of: accounts.map { ($0.id, $0.handle, $0.sources) }, aliases: aliases)
    }

    /// The address of each account (id, handle and source rows, first the one that won) that has one — what
    /// `scout run`'s last stage and a sharded night's merge step (which has no `CreatorAccount`s) both use.
    static func emails(of accounts: [(id: String, handle: String, sources: [SourceRef])], aliases: HeaderAliases) throws
        -> [String: String]
    {
        var wanted: [String: [Int: String]] = [:]  // file → line → the handle the row must name
        for account in accounts {
            for source in account.sources { wanted[source.file, default: [:]][source.line] = account.handle }
        }
        var found: [SourceRef: String] = [:]
        for (file, lines) in wanted.sorted(by: { $0.key < $1.key }) {
            var mapping: HeaderMapping?
            do {
                _ = try CSVFileReader.read(path: file) { record in
                    guard let columns = mapping else {
                        mapping = HeaderMapping(headers: record.fields, aliases: aliases)
                        return
                    }
                    guard let handle = lines[record.line] else { return }
                    let cells = { (field: CreatorField) in
                        (columns.columns[field] ?? []).compactMap { $0 < record.count ? record[$0] : nil }
                    }
                    let names = (cells(.handle) + cells(.profileURL) + cells(.displayName)).compactMap {
                        HandleParsing.parse($0)?.handle
                    }
                    guard names.contains(handle),
                        let email = cells(.email).map({ $0.trimmingCharacters(in: .whitespacesAndNewlines) }).first(
                            where: { $0.contains("@") })
                    else { return }
                    found[SourceRef(file: file, line: record.line)] = email
                }
            } catch let error as CSVError {
                throw ScoutError.unreadableInput(path: file, reason: error.reason)
            }
        }
        var emails: [String: String] = [:]
        for account in accounts {
            if let email = account.sources.lazy.compactMap({ found[$0] }).first { emails[account.id] = email }
        }
        return emails
    }
}
