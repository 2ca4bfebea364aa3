/// Collects diagnostics during a stage; repeated codes for the same file are counted, not repeated endlessly.
public struct DiagnosticsCollector: Sendable, Codable {
    public private(set) var diagnostics: [Diagnostic] = []
    private var perKey: [String: Int] = [:]
    /// How many diagnostics of one code and file are kept in full; the rest are only counted.
    public var detailLimit = 20

    public init() {}

    /// Written by a sharded night's tasks (`diagnostics.json`) and merged, in file order, by its merge step: the
    /// diagnostics kept in full and how many of each code and file were seen.
    enum CodingKeys: String, CodingKey {
        case diagnostics
        case perKey = "counts"
    }

    public mutating func emit(_ diagnostic: Diagnostic) {
        let key = diagnostic.code.rawValue + "\u{0}" + (diagnostic.file ?? "")
        let seen = perKey[key, default: 0]
        perKey[key] = seen + 1
        if seen < detailLimit { diagnostics.append(diagnostic) }
    }

    public mutating func warning(
        _ code: DiagnosticCode, file: String? = nil, line: Int? = nil, column: Int? = nil, _ message: String
    ) {
        emit(Diagnostic(.warning, code: code, file: file, line: line, column: column, message))
    }

    public mutating func note(_ code: DiagnosticCode, file: String? = nil, line: Int? = nil, _ message: String) {
        emit(Diagnostic(.note, code: code, file: file, line: line, message))
    }

    public mutating func merge(_ other: DiagnosticsCollector) {
        for diagnostic in other.diagnostics { emit(diagnostic) }
        for (key, count) in other.perKey {
            let shown = min(count, detailLimit)
            perKey[key, default: 0] += count - shown
        }
    }

    /// Codes whose diagnostics were counted beyond the detail limit, with their totals.
    public var suppressed: [(code: String, file: String, total: Int)] {
        perKey.filter { $0.value > detailLimit }.map { key, total in
            let parts = key.split(separator: "\u{0}", omittingEmptySubsequences: false)
            return (String(parts[0]), parts.count > 1 ? String(parts[1]) : "", total)
        }.sorted { ($0.file, $0.code) < ($1.file, $1.code) }
    }

    /// The diagnostics as `diagnostics.txt` shows them: one line each, then a note per code counted beyond the
    /// detail limit.
    public var report: String {
        var lines = diagnostics.map(\.description)
        for (code, file, total) in suppressed {
            lines.append(
                "\(file.isEmpty ? "" : file + ": ")note: \(total - detailLimit) more '\(code)' diagnostics not shown")
        }
        return lines.joined(separator: "\n") + (lines.isEmpty ? "" : "\n")
    }
}
