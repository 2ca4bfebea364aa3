extension NormalizeStage {
    /// Stage 2 as `scout run`, `scout nightly` and `scout-normalize` execute it: `NormalizeStage.run` on stage 1's
    /// rows, every file report settled, `stages/normalize/` written; then the run fails if more creator rows were
    /// quarantined than `--max-quarantine-ratio` allows.
    public static let definition = PipelineStage<NormalizeInput, NormalizeOutput>(
        name: .normalize, resumable: true,
        inputFiles: { context in
            [context.layout.ingestRows, context.layout.ingestFiles]
                + [context.options.normalize.mergeOverrides].compactMap { $0 }
        },
        options: { $0.normalize },
        readInput: { context in
            NormalizeInput(
                rows: try StageCodecs.readRows(context.layout.ingestRows),
                files: try JSONFile.read([FileReport].self, from: context.layout.ingestFiles))
        },
        transition: { input, context in output(input, identity: context.identity) },
        write: { output, context in
            let files = try write(output, to: context.layout)
            try checkQuarantineRatio(output.files, limit: context.options.normalize.maxQuarantineRatio)
            return files
        })

    /// Normalises and deduplicates `input.rows`, then settles each creator file's report: rows kept as the
    /// surviving snapshot, merged into another, quarantined here (on top of those quarantined while reading).
    static func output(_ input: NormalizeInput, identity: IdentityRules) -> NormalizeOutput {
        var diagnostics = DiagnosticsCollector()
        var rows = input.takeRows()
        let normalized = run(taking: &rows, identity: identity, diagnostics: &diagnostics)
        let files = input.files.map { report -> FileReport in
            guard report.kind == .creators else { return report }
            var report = report
            let counts = normalized.counts[report.path] ?? (0, 0, 0)
            report.rowsAccepted = counts.accepted
            report.rowsMerged = counts.merged
            report.rowsQuarantined += counts.quarantined
            return report
        }
        return NormalizeOutput(
            accounts: normalized.accounts, merges: normalized.merges, quarantine: normalized.quarantine,
            files: files, diagnostics: diagnostics)
    }

    /// Writes the stage's files under `stages/normalize/`; returns their paths.
    static func write(_ output: NormalizeOutput, to layout: RunLayout) throws -> [String] {
        try AccountCodec.write(output.accounts, to: layout.accounts)
        try StageCodecs.writeMerges(output.merges, to: layout.normalizeMerges)
        try StageCodecs.writeQuarantine(output.quarantine, to: layout.normalizeQuarantine)
        try JSONFile.write(output.files, to: layout.normalizeFiles)
        try IntermediateTable.writeDiagnostics(output.diagnostics, to: layout.normalizeDiagnostics)
        return [
            layout.accounts, layout.normalizeMerges, layout.normalizeQuarantine, layout.normalizeFiles,
            layout.normalizeDiagnostics,
        ]
    }

    /// Fails when the share of quarantined creator rows exceeds `limit`.
    /// - Throws: `ScoutError.tooManyQuarantined`.
    static func checkQuarantineRatio(_ files: [FileReport], limit: Double?) throws {
        guard let limit else { return }
        let creators = files.filter { $0.kind == .creators }
        let read = creators.map(\.rowsRead).reduce(0, +)
        let quarantined = creators.map(\.rowsQuarantined).reduce(0, +)
        if read > 0 && Double(quarantined) / Double(read) > limit {
            throw ScoutError.tooManyQuarantined(quarantined: quarantined, read: read, limit: limit)
        }
    }
}
