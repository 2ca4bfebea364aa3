/// What stage 2 reads from stage 1: the mapped rows and the files' reports (whose row accounting it settles).
public struct NormalizeInput: Sendable {
    public var rows: [SourceRow]
    public var files: [FileReport]

    public init(rows: [SourceRow], files: [FileReport]) {
        self.rows = rows
        self.files = files
    }
}
