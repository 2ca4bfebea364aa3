import Foundation

extension IngestStage {
    /// `scout plan --shards N`: the night's plan (`ShardPlan`: files in order, each to an ingest shard, the options
    /// and the reference tables' fingerprint) and its briefs, read and checked once (a bad brief fails here, before
    /// any task runs), in `shards/plan/`.
    public static func planDefinition(shards: Int) -> PipelineStage<Void, ShardPlanOutput> {
        PipelineStage(
            name: .ingest, resumable: false,
            inputFiles: { context in
                try InputFiles.expand(context.options.ingest.creators) + [context.options.ingest.briefs]
            },
            options: { $0.ingest },
            readInput: { _ in },
            transition: { _, context in
                // Created here, before any shard, if it is missing: every task must key e-mails with this one.
                _ = try InstallationSecret.require()
                var diagnostics = DiagnosticsCollector()
                let (briefs, report) = try BriefReader(taxonomy: context.reference.taxonomy).read(
                    context.options.ingest.briefs,
                    diagnostics: &diagnostics)
                let plan = try ShardPlan.make(options: context.options, shards: shards, briefs: report)
                return ShardPlanOutput(plan: plan, briefs: briefs, diagnostics: diagnostics)
            },
            write: { output, context in
                try TaskRecord(step: "plan", plan: output.plan).write(
                    ShardLayout(run: context.layout.directory).plan,
                    files: [ShardLayout.planFile, ShardLayout.briefsFile, ShardLayout.diagnosticsFile]
                ) { folder in
                    try JSONFile.write(output.plan, to: folder.file(ShardLayout.planFile))
                    try BriefCodec.write(output.briefs, to: folder.file(ShardLayout.briefsFile))
                    try JSONFile.write(output.diagnostics, to: folder.file(ShardLayout.diagnosticsFile))
                }
            },
            step: "plan")
    }

    /// `scout ingest --shard K/N`: reads the shard's files (as stage 1 does) and normalises each row alone (the
    /// per-row part of stage 2), writing the rows' accounts and the compact keys identity resolution reads
    /// (`keys.csv`) to `shards/ingest/K-of-N/`.
    package static func shardDefinition(_ shard: Shard) -> PipelineStage<[ShardPlan.File], [ShardIngestFile]> {
        PipelineStage(
            name: .ingest, resumable: false,
            inputFiles: { context in try ShardPlan.read(run: context.layout.directory).files(of: shard).map(\.path) },
            options: { $0.ingest },
            readInput: { context in try ShardPlan.read(run: context.layout.directory).files(of: shard) },
            transition: { files, context in
                let read = try readCreators(
                    files.map(\.path), reference: context.reference, platform: context.options.ingest.platform,
                    strict: context.options.ingest.strict, threads: context.options.threads)
                return zip(files, read).map { file, read in
                    let (ingest, readDiagnostics) = read
                    var normalized = NormalizeStage.normaliseRows(ingest.rows)
                    var report = ingest.report
                    let counts = normalized.counts[report.path] ?? (0, 0, 0)
                    report.rowsAccepted = counts.accepted
                    report.rowsQuarantined += counts.quarantined
                    return ShardIngestFile(
                        index: file.index, report: report, readDiagnostics: readDiagnostics,
                        normalizeDiagnostics: normalized.diagnostics, readQuarantine: ingest.quarantine,
                        normalizeQuarantine: normalized.quarantine, accounts: normalized.takeAccounts(),
                        keys: normalized.keys)
                }
            },
            write: { files, context in
                let plan = try ShardPlan.read(run: context.layout.directory)
                return try TaskRecord(step: "ingest", shard: shard, plan: plan).write(
                    ShardLayout(run: context.layout.directory).ingest(shard),
                    files: [ShardLayout.accountsFile, ShardLayout.keysFile]
                ) { folder in
                    let accounts = files.flatMap(\.accounts)
                    try AccountCodec.write(accounts, to: folder.file(ShardLayout.accountsFile))
                    var records: [(file: Int, record: IdentityRecord)] = []
                    for file in files {
                        for (account, keys) in zip(file.accounts, file.keys) {
                            records.append((file.index, IdentityRecord(account, keys: keys)))
                        }
                    }
                    try IdentityRecordCodec.write(records, to: folder.file(ShardLayout.keysFile))
                    try StageCodecs.writeQuarantine(
                        files.flatMap(\.readQuarantine), to: folder.file(ShardLayout.readQuarantineFile))
                    try StageCodecs.writeQuarantine(
                        files.flatMap(\.normalizeQuarantine), to: folder.file(ShardLayout.normalizeQuarantineFile))
                    try JSONFile.write(files.map(\.report), to: folder.file(ShardLayout.filesFile))
                    try JSONFile.write(
                        files.map {
                            FileDiagnostics(
                                file: $0.index, read: $0.readDiagnostics, normalize: $0.normalizeDiagnostics)
                        },
                        to: folder.file(ShardLayout.diagnosticsFile))
                }
            },
            step: "ingest \(shard)")
    }
}
