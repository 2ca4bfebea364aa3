/// Stage 2 on files: normalise and deduplicate, then settle every input row's fate in the file reports.
public enum NormalizeFiles {
    /// Runs `NormalizeStage` and returns the accounts, merges, all quarantined rows so far and the settled reports.
    public static func run(_ ingest: IngestOutput, identity: IdentityRules,
                           diagnostics: inout DiagnosticsCollector) -> (NormalizedAccounts, [FileReport]) {
        let normalized = NormalizeStage.run(ingest.rows, identity: identity, diagnostics: &diagnostics)
        let files = ingest.files.map { report -> FileReport in
            guard report.kind == .creators else { return report }
            var report = report
            let counts = normalized.counts[report.path] ?? (0, 0, 0)
            report.rowsAccepted = counts.accepted
            report.rowsMerged = counts.merged
            report.rowsQuarantined += counts.quarantined
            return report
        }
        return (normalized, files)
    }

    public static func write(_ normalized: NormalizedAccounts, files: [FileReport], diagnostics: DiagnosticsCollector, to layout: RunLayout) throws {
        try AccountCodec.write(normalized.accounts, to: layout.accounts)
        try StageCodecs.writeMerges(normalized.merges, to: layout.normalizeMerges)
        try StageCodecs.writeQuarantine(normalized.quarantine, to: layout.normalizeQuarantine)
        try IntermediateTable.writeJSON(files, to: layout.normalizeFiles)
        try RunLayout.writeDiagnostics(diagnostics, to: layout.normalizeDiagnostics)
    }

    /// Fails when the share of quarantined creator rows exceeds `limit`.
    public static func checkQuarantineRatio(_ files: [FileReport], limit: Double?) throws {
        guard let limit else { return }
        let creators = files.filter { $0.kind == .creators }
        let read = creators.map(\.rowsRead).reduce(0, +)
        let quarantined = creators.map(\.rowsQuarantined).reduce(0, +)
        if read > 0 && Double(quarantined) / Double(read) > limit {
            throw ScoutError.tooManyQuarantined(quarantined: quarantined, read: read, limit: limit)
        }
    }
}
