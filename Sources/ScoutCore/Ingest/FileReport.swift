/// What happened to one input file: how it was read and where each of its rows went.
///
/// Invariant: `rowsRead == rowsAccepted + rowsMerged + rowsQuarantined`.
public struct FileReport: Sendable, Codable, Hashable {
    public var path: String
    public var kind: InputKind
    public var encoding: String
    public var delimiter: String
    public var lineEndings: String
    public var bytes: Int
    public var platform: String?
    public var platformSource: String?
    public var rowsRead = 0
    public var rowsAccepted = 0
    public var rowsMerged = 0
    public var rowsQuarantined = 0
    public var blankLines = 0

    enum CodingKeys: String, CodingKey {
        case path, kind, encoding, delimiter, bytes, platform
        case lineEndings = "line_endings"
        case platformSource = "platform_source"
        case rowsRead = "rows_read"
        case rowsAccepted = "rows_accepted"
        case rowsMerged = "rows_merged"
        case rowsQuarantined = "rows_quarantined"
        case blankLines = "blank_lines"
    }

    public init(path: String, kind: InputKind, info: CSVFileInfo) {
        self.path = path
        self.kind = kind
        encoding = info.encodingSummary
        delimiter = info.delimiterName
        lineEndings = info.lineEndings.summary
        bytes = info.bytes
        blankLines = info.blankLines
    }

    /// True when every row read is accounted for.
    public var isBalanced: Bool { rowsRead == rowsAccepted + rowsMerged + rowsQuarantined }
}
