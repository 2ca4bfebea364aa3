/// The output of normalise + dedupe: one account per platform and handle, and what happened to every row.
public struct NormalizedAccounts: Sendable {
    public var accounts: [CreatorAccount]
    /// Account merges (sorted by kept id), then person links (sorted by person id).
    public var merges: [MergeRecord]
    public var quarantine: [QuarantineEntry]
    /// Per input file: rows kept as the surviving snapshot, merged into another, quarantined here.
    public var counts: [String: (accepted: Int, merged: Int, quarantined: Int)]
}
