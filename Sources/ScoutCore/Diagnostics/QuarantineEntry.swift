/// Why an input row was set aside instead of used.
public enum QuarantineReason: String, Sendable, Hashable, CaseIterable {
    case missingHandle = "missing_handle"
    case missingFollowers = "missing_followers"
    case badCount = "bad_count"
    case raggedRow = "ragged_row"
    case badEncoding = "bad_encoding"
    case unterminatedQuote = "unterminated_quote"
    case strayQuote = "stray_quote"
    case unknownPlatform = "unknown_platform"
    case missingPlatform = "missing_platform"
    case blankRow = "blank_row"
    /// A line longer than the record limit (1 MiB); `raw` keeps its first 1,024 bytes.
    case recordTooLong = "record_too_long"
}

/// An input row that was not used, kept exactly as read with the reason, for `quarantine.csv`.
public struct QuarantineEntry: Error, Sendable, Hashable {
    public var file: String
    public var line: Int
    public var column: Int?
    public var reason: QuarantineReason
    public var message: String
    public var raw: String

    public init(file: String, line: Int, column: Int? = nil, reason: QuarantineReason, message: String, raw: String) {
        self.file = file
        self.line = line
        self.column = column
        self.reason = reason
        self.message = message
        self.raw = raw
    }
}
