/// The output of stage 2: one account per real account (people linked), the merges made, the rows quarantined
/// here, and the file reports with every row's fate settled.
public struct NormalizeOutput: Sendable {
    /// Sorted by id.
    public var accounts: [CreatorAccount]
    /// Account merges (sorted by kept id), then person links (sorted by person id).
    public var merges: [MergeRecord]
    /// The rows quarantined by this stage (stage 1's are in `IngestOutput`).
    public var quarantine: [QuarantineEntry]
    /// Every input file's report: `rows_read = rows_accepted + rows_merged + rows_quarantined` for creator files.
    public var files: [FileReport]
    public var diagnostics: DiagnosticsCollector
}
