import Foundation

extension NormalizeStage {
    /// `scout normalize --shard K/N`: builds the accounts the identity step gave this shard from their rows (read
    /// from every ingest shard's `accounts.csv`, only the rows assigned here decoded), survivorship as in one process,
    /// and counts their part of the night's statistics (`NightStatistics`), in `shards/normalize/K-of-N/`.
    package static func shardDefinition(_ shard: Shard) -> PipelineStage<[CreatorAccount], ShardAccountsOutput> {
        PipelineStage(
            name: .normalize, resumable: false,
            inputFiles: { context in
                [ShardLayout(run: context.layout.directory).identity + "/" + ShardLayout.assignmentFile(shard)]
            },
            options: { $0.normalize },
            readInput: { context in try shardAccounts(shard, run: context.layout.directory) },
            transition: { accounts, context in
                let plan = try ShardPlan.read(run: context.layout.directory)
                let briefs = try BriefCodec.read(
                    ShardLayout(run: context.layout.directory).plan + "/" + ShardLayout.briefsFile,
                    taxonomy: context.reference.taxonomy)
                let model = MatchModel(
                    reference: context.reference, minAuthenticity: context.options.score.minAuthenticity)
                return ShardAccountsOutput(
                    plan: plan, accounts: accounts,
                    statistics: statistics(of: accounts, briefs: briefs, model: model, threads: context.options.threads)
                )
            },
            write: { output, context in
                try TaskRecord(step: "normalize", shard: shard, plan: output.plan).write(
                    ShardLayout(run: context.layout.directory).normalize(shard),
                    files: [ShardLayout.accountsFile, ShardLayout.statisticsFile]
                ) { folder in
                    try AccountCodec.write(output.accounts, to: folder.file(ShardLayout.accountsFile))
                    try JSONFile.write(output.statistics, to: folder.file(ShardLayout.statisticsFile))
                }
            },
            step: "normalize \(shard)")
    }

    /// The accounts of `shard`: its assigned rows, grouped by account, each group's survivor (rows newest first,
    /// `AccountDeduplicator.survivor`) with its person id, sorted by id.
    /// - Throws: `ScoutError.badIntermediate` when a step before has not run for this plan or an assigned row is
    ///   missing.
    static func shardAccounts(_ shard: Shard, run directory: String) throws -> [CreatorAccount] {
        let plan = try ShardPlan.read(run: directory)
        let layout = ShardLayout(run: directory)
        try TaskRecord.check(layout.identity, step: "identity", shard: nil, plan: plan)
        let assignment = try AccountAssignment.read(layout.identity + "/" + ShardLayout.assignmentFile(shard))
        var wanted: [SourceRef: (account: String, person: String)] = [:]
        var ingestShards = Set<Int>()
        for row in assignment {
            wanted[SourceRef(file: plan.files[row.file].path, line: row.line)] = (row.accountID, row.personID)
            ingestShards.insert(plan.files[row.file].shard)
        }
        var rowsOfAccount: [String: [CreatorAccount]] = [:]
        var found = 0
        let lookup = wanted
        for index in ingestShards.sorted() {
            let folder = layout.ingest(Shard(index, of: plan.shards))
            try TaskRecord.check(folder, step: "ingest", shard: Shard(index, of: plan.shards), plan: plan)
            for account in try AccountCodec.read(folder + "/" + ShardLayout.accountsFile, where: { lookup[$0] != nil })
            {
                rowsOfAccount[wanted[account.sources[0]]!.account, default: []].append(account)
                found += 1
            }
        }
        guard found == assignment.count else {
            throw ScoutError.badIntermediate(
                path: layout.identity + "/" + ShardLayout.assignmentFile(shard),
                reason: "\(assignment.count - found) assigned rows are not in the ingest shards' accounts.csv")
        }
        var accounts = rowsOfAccount.values.map { rows -> CreatorAccount in
            var account = AccountDeduplicator.survivor(of: rows.sorted(by: AccountDeduplicator.newerFirst))
            account.personID = wanted[account.sources[0]]!.person
            return account
        }
        accounts.sort { $0.id < $1.id }
        return accounts
    }

    /// This shard's part of the night's statistics: its accounts prepared as scoring prepares them (in chunks, on
    /// every core), the briefs' query terms counted, and its largest person (a person is never split across shards).
    static func statistics(of accounts: [CreatorAccount], briefs: [Brief], model: MatchModel, threads: Int?)
        -> NightStatistics
    {
        var unknown: [String: [String]] = [:]
        let terms = NightStatistics.queryTerms(briefs.map { model.prepare($0, unknownNiches: &unknown) })
        let workers = max(1, threads ?? ProcessInfo.processInfo.activeProcessorCount)
        var statistics = NightStatistics(terms: terms)
        let chunk = 1 << 16
        for start in stride(from: 0, to: accounts.count, by: chunk) {
            let (prepared, _) = ScoringEngine.prepare(
                Array(accounts[start..<min(accounts.count, start + chunk)]), model: model, workers: workers)
            statistics.merge(NightStatistics(prepared, terms: terms))
        }
        statistics.largestPerson = NightStatistics.largestPerson(accounts)
        statistics.seeds = BriefSeeds.named(by: briefs, in: accounts, model: model)
        return statistics
    }
}
