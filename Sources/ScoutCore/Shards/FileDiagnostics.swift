/// One creator export's diagnostics, as an ingest shard writes them (`diagnostics.json`): the merge step merges
/// every file's in the night's file order, which gives `diagnostics.txt` exactly as one process writes it.
struct FileDiagnostics: Codable, Sendable {
    /// The file's index in the plan.
    var file: Int
    /// From reading the export (stage 1).
    var read: DiagnosticsCollector
    /// From normalising its rows (stage 2).
    var normalize: DiagnosticsCollector
}
