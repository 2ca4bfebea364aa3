/// One creator export as an ingest shard read and normalised it: what it contributes to the night, row by row,
/// before identity resolution.
package struct ShardIngestFile: Sendable {
    /// The file's index in the plan.
    package var index: Int
    /// Rows read; accepted = normalised into an account; quarantined by reading or normalising (merges are
    /// settled by the identity step).
    package var report: FileReport
    package var readDiagnostics: DiagnosticsCollector
    package var normalizeDiagnostics: DiagnosticsCollector
    package var readQuarantine: [QuarantineEntry]
    package var normalizeQuarantine: [QuarantineEntry]
    /// One account per accepted row, the row its only source.
    package var accounts: [CreatorAccount]
    var keys: [BlockingKeys]
}
