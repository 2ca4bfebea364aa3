import Foundation

extension NormalizeStage {
    /// `scout identity`: stage 2's global part for a sharded night. From every ingest shard's compact keys, in the
    /// night's row order, it resolves accounts (`AccountDeduplicator.groups`) and people (`PersonLinker.people`,
    /// which needs the night-wide key counts of the shared-contact rule) exactly as one process does, and writes
    /// `merges.csv`, the settled file reports, and for each shard the rows of the accounts it owns (accounts go to
    /// shards by a stable hash of their person, so a person is never split).
    package static let identityDefinition = PipelineStage<ShardIdentityInput, ShardIdentityOutput>(
        name: .normalize, resumable: false,
        inputFiles: { context in
            try ShardPlan.shardFiles(run: context.layout.directory, { $0.ingest($1) }, ShardLayout.keysFile)
        },
        options: { $0.normalize },
        readInput: { context in
            let plan = try ShardPlan.read(run: context.layout.directory)
            let layout = ShardLayout(run: context.layout.directory)
            let paths = plan.files.map(\.path)
            var records: [(file: Int, record: IdentityRecord)] = []
            var reports: [String: FileReport] = [:]
            for shard in plan.allShards {
                let folder = layout.ingest(shard)
                try TaskRecord.check(folder, step: "ingest", shard: shard, plan: plan)
                records += try IdentityRecordCodec.read(folder + "/" + ShardLayout.keysFile, paths: paths)
                for report in try JSONFile.read([FileReport].self, from: folder + "/" + ShardLayout.filesFile) {
                    reports[report.path] = report
                }
            }
            // The night's row order: file index, then line (a file's rows are all in one shard, in line order).
            records.sort { ($0.file, $0.record.source.line) < ($1.file, $1.record.source.line) }
            let ordered = try plan.files.map { file in
                guard let report = reports[file.path] else {
                    throw ScoutError.badIntermediate(
                        path: layout.ingest(Shard(file.shard, of: plan.shards)), reason: "no report for \(file.path)")
                }
                return report
            }
            try IngestStage.requireAFileRead(ordered)  // as `scout run` fails a night where every file was set aside
            return ShardIdentityInput(plan: plan, records: records, reports: ordered)
        },
        transition: { input, context in identity(input, rules: context.identity) },
        write: { output, context in
            let files = try TaskRecord(step: "identity", plan: output.plan).write(
                ShardLayout(run: context.layout.directory).identity,
                files: [ShardLayout.mergesFile, ShardLayout.filesFile, ShardLayout.identityFile]
            ) { folder in
                try StageCodecs.writeMerges(output.merges, to: folder.file(ShardLayout.mergesFile))
                try JSONFile.write(output.files, to: folder.file(ShardLayout.filesFile))
                try JSONFile.write(output.diagnostics, to: folder.file(ShardLayout.diagnosticsFile))
                try JSONFile.write(output.summary, to: folder.file(ShardLayout.identityFile))
                for shard in output.plan.allShards {
                    try AccountAssignment.write(
                        output.assignments[shard.index - 1], to: folder.file(ShardLayout.assignmentFile(shard)))
                }
            }
            try checkQuarantineRatio(output.files, limit: context.options.normalize.maxQuarantineRatio)
            return files
        },
        step: "identity")

    /// Resolves the night's accounts and people from the rows' compact records.
    static func identity(_ input: ShardIdentityInput, rules: IdentityRules) -> ShardIdentityOutput {
        let records = input.records.map(\.record)
        let groups = AccountDeduplicator(overrides: rules.overrides).groups(records, keys: records.map(\.keys))
        let rowIDs = records.map(\.id)
        let accountOfRow = groups.accountIDs(rowIDs: rowIDs)
        // One record per account: a row alone, or its group's survivor with the linking fields filled.
        var grouped = [Bool](repeating: false, count: records.count)
        var accounts: [IdentityRecord] = []
        for group in groups.groups {
            for member in group { grouped[member] = true }
            accounts.append(IdentityRecord.survivor(of: group.map { records[$0] }))
        }
        for row in records.indices where !grouped[row] { accounts.append(records[row]) }
        accounts.sort { $0.id < $1.id }
        var diagnostics = DiagnosticsCollector()
        let ids = accounts.map(\.id)
        let (persons, links) = PersonLinker(rules: rules).people(
            accounts, ids: ids, aliases: groups.aliases, diagnostics: &diagnostics)
        let personOf = Dictionary(uniqueKeysWithValues: zip(ids, persons))
        var assignments = Array(repeating: [AccountAssignment](), count: input.plan.shards)
        for (row, entry) in input.records.enumerated() {
            let account = accountOfRow[row]
            let person = personOf[account]!
            assignments[Shard.of(person, count: input.plan.shards).index - 1].append(
                AccountAssignment(
                    file: entry.file, line: entry.record.source.line, accountID: account, personID: person))
        }
        var counts: [String: (accepted: Int, merged: Int, quarantined: Int)] = [:]
        for report in input.reports {
            counts[report.path] = (report.rowsAccepted, report.rowsMerged, report.rowsQuarantined)
        }
        settle(&counts, folded: groups.foldedSources)
        let files =
            input.reports.map { report -> FileReport in
                var report = report
                report.rowsAccepted = counts[report.path]!.accepted
                report.rowsMerged = counts[report.path]!.merged
                return report
            } + [input.plan.briefs]
        return ShardIdentityOutput(
            plan: input.plan, merges: groups.merges + links, files: files, diagnostics: diagnostics,
            summary: IdentitySummary(creators: accounts.count, people: Set(persons).count),
            assignments: assignments)
    }
}
