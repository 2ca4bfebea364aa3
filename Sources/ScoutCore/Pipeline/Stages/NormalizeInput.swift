/// What stage 2 reads from stage 1: the mapped rows and the files' reports (whose row accounting it settles).
public struct NormalizeInput: Sendable {
    public var rows: [SourceRow]
    public var files: [FileReport]
    /// The rows instead of `rows` when stage 1 ran in this process: stage 2 takes them over and frees them as
    /// it goes.
    var handoff: RowHandoff?

    public init(rows: [SourceRow], files: [FileReport]) {
        self.rows = rows
        self.files = files
    }

    /// Stage 1's rows held by `handoff` (and nowhere else), for stage 2 to take over.
    init(handoff: RowHandoff, files: [FileReport]) {
        self.init(rows: [], files: files)
        self.handoff = handoff
    }

    /// The rows: taken from `handoff` (once) when there is one, else a copy of `rows`.
    func takeRows() -> [SourceRow] { handoff?.take() ?? rows }
}
