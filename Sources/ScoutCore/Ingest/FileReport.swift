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
    /// Why the file was not read at all (a stray file in an exports folder: no handle or follower column, not
    /// a regular file, unreadable); nil for a file that was read.
    public var setAside: String?

    enum CodingKeys: String, CodingKey {
        case path, kind, encoding, delimiter, bytes, platform
        case setAside = "set_aside"
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

    /// The report of a file set aside unread, with the reason.
    public static func setAside(path: String, kind: InputKind, reason: String) -> FileReport {
        var report = FileReport(path: path, kind: kind, info: CSVFileInfo())
        (report.encoding, report.delimiter, report.lineEndings) = ("", "", "")
        report.setAside = reason
        return report
    }

    /// True when every row read is accounted for.
    public var isBalanced: Bool { rowsRead == rowsAccepted + rowsMerged + rowsQuarantined }
}
