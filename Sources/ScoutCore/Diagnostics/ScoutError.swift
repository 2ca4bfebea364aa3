/// Fatal problems: the run stops with a non-zero exit code and a one-line message naming the file.
public enum ScoutError: Error, Sendable, CustomStringConvertible, Equatable {
    case unreadableInput(path: String, reason: String)
    case noInputFiles(path: String)
    case missingColumns(path: String, missing: [String], seen: [String], expected: [String], hint: String = "")
    case badBrief(path: String, line: Int, column: Int, field: String, value: String, reason: String)
    case badReferenceData(path: String, line: Int, reason: String)
    case badIntermediate(path: String, reason: String)
    /// A row of an optional input list (outreach statuses) that cannot be read: file, line, column and why.
    case badListRow(path: String, line: Int, column: Int, reason: String)
    case tooManyQuarantined(quarantined: Int, read: Int, limit: Double)
    case badOption(String)
    /// An output could not be written (disk full, permissions, a name too long, a folder in the way): the input
    /// is fine, the machine is not (exit 70).
    case cannotWrite(path: String, reason: String)

    public var description: String {
        switch self {
        case .unreadableInput(let path, let reason):
            return "\(path): cannot read input: \(reason)"
        case .noInputFiles(let path):
            return "\(path): no .csv, .tsv or .txt files found"
        case .missingColumns(let path, let missing, let seen, let expected, let hint):
            return "\(path): no column for required field(s) \(missing.joined(separator: ", ")); headers seen: "
                + seen.prefix(40).map { "'\(VisibleText.shortened(VisibleText.escaped($0), limit: 100))'" }.joined(
                    separator: ", ")
                + (seen.count > 40 ? " and \(seen.count - 40) more" : "")
                + "; expected " + expected.joined(separator: "; ") + (hint.isEmpty ? "" : "\n" + hint)
        case .badBrief(let path, let line, let column, let field, let value, let reason):
            return "\(path):\(line):\(column): bad brief field \(field) = '\(VisibleText.shortened(value))': \(reason)"
        case .badReferenceData(let path, let line, let reason):
            return "\(path):\(line): bad reference data: \(reason)"
        case .badIntermediate(let path, let reason):
            return "\(path): bad intermediate file: \(reason) (re-run the previous stage)"
        case .badListRow(let path, let line, let column, let reason):
            return "\(path):\(line):\(column): \(reason)"
        case .tooManyQuarantined(let quarantined, let read, let limit):
            let ratio = read == 0 ? 0 : Double(quarantined) / Double(read)
            return
                "quarantined \(quarantined) of \(read) rows (\(Int((ratio * 100).rounded()))%), above --max-quarantine-ratio \(limit)"
        case .badOption(let message):
            return message
        case .cannotWrite(let path, let reason):
            return "\(path): cannot write: \(reason)"
        }
    }
}
