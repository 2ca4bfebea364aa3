/// A recoverable problem worth telling the user about; the run goes on.
public struct Diagnostic: Sendable, Hashable, CustomStringConvertible, Codable {
    public enum Severity: String, Sendable, Hashable, Codable { case note, warning }

    public var severity: Severity
    /// What kind of problem it is (the `[code]` at the end of the line).
    public var code: DiagnosticCode
    public var file: String?
    public var line: Int?
    public var column: Int?
    public var message: String

    public init(
        _ severity: Severity, code: DiagnosticCode, file: String? = nil, line: Int? = nil, column: Int? = nil,
        _ message: String
    ) {
        self.severity = severity
        self.code = code
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    public var description: String {
        var location = file ?? ""
        if let line { location += ":\(line)" }
        if let column { location += ":\(column)" }
        return (location.isEmpty ? "" : location + ": ") + "\(severity.rawValue): \(message) [\(code.rawValue)]"
    }
}
