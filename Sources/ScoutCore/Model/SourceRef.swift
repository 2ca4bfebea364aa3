/// Where a value came from: an input file and the line its record started on.
public struct SourceRef: Sendable, Hashable, Comparable {
    public var file: String
    public var line: Int

    public init(file: String, line: Int) {
        self.file = file
        self.line = line
    }

    public static func < (lhs: SourceRef, rhs: SourceRef) -> Bool { (lhs.file, lhs.line) < (rhs.file, rhs.line) }
}
