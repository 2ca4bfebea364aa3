/// Rows normalised one by one (`NormalizeStage.normaliseRows`), in row order.
struct NormalizedRows: Sendable {
    /// One per accepted row, with that row as its only source.
    var accounts: [CreatorAccount] = []
    /// The blocking keys of `accounts`.
    var keys: [BlockingKeys] = []
    var quarantine: [QuarantineEntry] = []
    /// Per input file: rows that became an account, rows quarantined here (`merged` is settled later).
    var counts: [String: (accepted: Int, merged: Int, quarantined: Int)] = [:]
    var diagnostics = DiagnosticsCollector()

    /// The accounts, moved out (so the caller holds the only reference).
    mutating func takeAccounts() -> [CreatorAccount] {
        let taken = accounts
        accounts = []
        return taken
    }
}
