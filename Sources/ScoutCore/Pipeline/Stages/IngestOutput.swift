/// The output of stage 1: mapped rows from every creator export, validated briefs, and the files' reports.
public struct IngestOutput: Sendable {
    public var rows: [SourceRow]
    public var briefs: [Brief]
    public var quarantine: [QuarantineEntry]
    public var files: [FileReport]
    public var diagnostics: DiagnosticsCollector
}
