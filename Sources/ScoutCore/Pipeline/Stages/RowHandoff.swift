import Synchronization

/// Stage 1's rows handed to stage 2 in one process (`ScoutPipeline.run`), held only here, so that normalising
/// can take them over and free each part once it became accounts (`NormalizeStage.run(taking:)`) instead of
/// the rows and the accounts being both whole in memory until the stage ends.
final class RowHandoff: Sendable {
    private let rows: Mutex<[SourceRow]>

    init(_ rows: consuming [SourceRow]) { self.rows = Mutex(rows) }

    /// The rows, moved out: the caller holds the only reference; later calls get none.
    func take() -> [SourceRow] {
        rows.withLock { rows in
            defer { rows = [] }
            return rows
        }
    }
}
