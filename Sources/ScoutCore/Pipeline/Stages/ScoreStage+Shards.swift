import Foundation

extension ScoreStage {
    /// `scout statistics`: merges every normalize shard's `NightStatistics` and publishes the figures scoring reads
    /// (`PublishedStatistics`, doubles as bit patterns) in `shards/statistics/`.
    package static let statisticsDefinition = PipelineStage<
        (ShardPlan, [NightStatistics]), (ShardPlan, PublishedStatistics)
    >(
        name: .score, resumable: false,
        inputFiles: { context in
            try ShardPlan.shardFiles(run: context.layout.directory, { $0.normalize($1) }, ShardLayout.statisticsFile)
        },
        options: { $0.score },
        readInput: { context in
            let plan = try ShardPlan.read(run: context.layout.directory)
            let layout = ShardLayout(run: context.layout.directory)
            return (
                plan,
                try plan.allShards.map { shard in
                    try TaskRecord.check(layout.normalize(shard), step: "normalize", shard: shard, plan: plan)
                    return try JSONFile.read(
                        NightStatistics.self, from: layout.normalize(shard) + "/" + ShardLayout.statisticsFile)
                }
            )
        },
        transition: { input, _ in
            var merged = input.1[0]
            for part in input.1.dropFirst() { merged.merge(part) }
            return (input.0, PublishedStatistics(merged))
        },
        write: { output, context in
            try TaskRecord(step: "statistics", plan: output.0).write(
                ShardLayout(run: context.layout.directory).statistics,
                files: [ShardLayout.statisticsFile]
            ) { folder in
                try JSONFile.write(output.1, to: folder.file(ShardLayout.statisticsFile))
            }
        },
        step: "statistics")

    /// `scout score --shard K/N`: scores the shard's accounts against every brief with the night's published
    /// figures and keeps each brief's pool (its best K × m, the heap one process keeps), explained, as shortlist
    /// rows, in `shards/score/K-of-N/`.
    package static func shardDefinition(_ shard: Shard) -> PipelineStage<ScoreInput, ShardScoreOutput> {
        PipelineStage(
            name: .score, resumable: false,
            inputFiles: { context in
                let layout = ShardLayout(run: context.layout.directory)
                return [
                    layout.normalize(shard) + "/" + ShardLayout.accountsFile,
                    layout.statistics + "/" + ShardLayout.statisticsFile,
                ]
            },
            options: { $0.score },
            readInput: { context in
                let plan = try ShardPlan.read(run: context.layout.directory)
                let layout = ShardLayout(run: context.layout.directory)
                try TaskRecord.check(layout.normalize(shard), step: "normalize", shard: shard, plan: plan)
                return ScoreInput(
                    briefs: try BriefCodec.read(
                        layout.plan + "/" + ShardLayout.briefsFile, taxonomy: context.reference.taxonomy),
                    accounts: try AccountCodec.read(layout.normalize(shard) + "/" + ShardLayout.accountsFile))
            },
            transition: { input, context in
                let plan = try ShardPlan.read(run: context.layout.directory)
                let layout = ShardLayout(run: context.layout.directory)
                try TaskRecord.check(layout.statistics, step: "statistics", shard: nil, plan: plan)
                let published = try JSONFile.read(
                    PublishedStatistics.self, from: layout.statistics + "/" + ShardLayout.statisticsFile)
                return shardOutput(input, plan: plan, corpus: published.corpus, context: context)
            },
            write: { output, context in
                try TaskRecord(step: "score", shard: shard, plan: output.plan).write(
                    ShardLayout(run: context.layout.directory).score(shard),
                    files: [
                        ShardLayout.poolFile, ShardLayout.inauthenticFile, ShardLayout.funnelsFile,
                        ShardLayout.scoreFile,
                    ]
                ) { folder in
                    try PoolCodec.write(output.pools, to: folder.file(ShardLayout.poolFile))
                    try FunnelCodec.write(output.funnels, to: folder.file(ShardLayout.funnelsFile))
                    try IntermediateTable.write(
                        folder.file(ShardLayout.inauthenticFile), header: AuthenticityReport.header,
                        rows: output.inauthentic)
                    try JSONFile.write(output.summary, to: folder.file(ShardLayout.scoreFile))
                    if let snapshots = output.snapshots {
                        try SnapshotCodec.write(snapshots, to: folder.file(ShardLayout.snapshotsFile))
                    }
                }
            },
            step: "score \(shard)")
    }

    /// Pools, inauthentic accounts, funnel counts, authenticity numbers and unknown niches of one shard's accounts, scored with the night's `corpus`.
    static func shardOutput(_ input: ScoreInput, plan: ShardPlan, corpus: CorpusStatistics, context: StageContext)
        -> ShardScoreOutput
    {
        let options = context.options.score
        let model = MatchModel(
            reference: context.reference, minAuthenticity: options.minAuthenticity, minFit: options.minFit)
        // With outreach rules each pool also holds the accounts they keep off, so the merge can refill the lists.
        let engine = ScoringEngine(
            model: model, threads: context.options.threads, outreach: OutreachRules(context),
            relationships: context.relationships, outcomes: context.outcomes)
        let accounts = input.accounts
        let pools = engine.pools(briefs: input.briefs, accounts: accounts, published: corpus)
        let explained = ScoringEngine.explain(
            pools, pools.kept.map { $0.sorted { $1 < $0 } }, accounts: accounts, model: model,
            workers: max(1, context.options.threads ?? ProcessInfo.processInfo.activeProcessorCount))
        let byID = accounts.firstPositions(of: Set(explained.flatMap { $0.map(\.accountID) }))
        let (accountsOfPerson, _) = ShortlistRow.accountsOfPeople(
            Set(byID.values.map { accounts[$0].personKey }), in: accounts)
        let builder = ShortlistRow.Builder(briefs: input.briefs, reference: context.reference)
        let pooled = byID.keys.sorted()
        let prepared = Dictionary(
            uniqueKeysWithValues: zip(pooled, builder.prepare(pooled.map { accounts[byID[$0]!] })))
        let contactBriefs = ShortlistRow.contactBriefs(input.briefs, options: context.options.shortlist)
        var entries: [PoolEntry] = []
        for b in input.briefs.indices {
            for c in explained[b] {
                let account = accounts[byID[c.accountID]!]
                let (tier, rate) = tierAndRate(account, reference: context.reference)
                let others = (accountsOfPerson[account.personKey] ?? []).filter { $0 != account.id }.sorted()
                var entry = PoolEntry(
                    row: builder.row(
                        c, account: account, prepared: prepared[account.id]!, otherAccounts: others,
                        tier: tier, engagementRate: rate)!,
                    person: account.personKey, country: ShortlistSelection.country(of: account))
                if contactBriefs.contains(c.briefID) {
                    entry.row.contact = ShortlistRow.Contact(email: "", website: account.website)
                    entry.sources = account.sources
                }
                entries.append(entry)
            }
        }
        let snapshots = context.options.shortlist.history == nil ? nil : accounts.map(CreatorSnapshot.init)
        return ShardScoreOutput(
            plan: plan, pools: entries,
            inauthentic: AuthenticityReport.rows(pools.inauthentic.map { accounts[$0] }, model: model),
            funnels: pools.funnels,
            summary: ShardScoreSummary(
                unknownNiches: pools.unknownNiches.sorted(), accounts: accounts.count,
                authenticity: pools.authenticity),
            snapshots: snapshots)
    }

    /// The tier and engagement rate a shortlist shows for `account`.
    static func tierAndRate(_ account: CreatorAccount, reference: ReferenceData) -> (tier: String, rate: Double?) {
        (
            reference.tiers.tier(platform: account.platform, followers: account.followers),
            MatchModel.engagementRate(of: account)
        )
    }
}
