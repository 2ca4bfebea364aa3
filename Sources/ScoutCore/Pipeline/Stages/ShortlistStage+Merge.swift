import Foundation

extension ShortlistStage {
    /// `scout merge`: the last stage of a sharded night. Per brief it unites the shards' pools, keeps the best
    /// K × m + 1 by (score descending, creator id ascending), then chooses and ranks as one process does (one place
    /// per person, the country cap, the first `shortlist_size`, shared ranks for ties) and adds up the shards'
    /// funnels and authenticity numbers; the quarantine, merges, inauthentic list and diagnostics are
    /// gathered in the night's order; do-not-contact, history and every deliverable go through the same code as
    /// `scout run`'s last stage, into the run directory.
    package static let mergeDefinition = PipelineStage<ShardMergeInput, ShortlistOutput>(
        name: .shortlist, resumable: false,
        inputFiles: { context in
            try ShardPlan.shardFiles(run: context.layout.directory, { $0.score($1) }, ShardLayout.poolFile)
        },
        options: { $0.shortlist },
        readInput: { context in try mergeInput(run: context.layout.directory, reference: context.reference) },
        transition: { input, context in
            let model = MatchModel(reference: context.reference, minAuthenticity: context.options.score.minAuthenticity)
            let (briefs, excluded) = try rank(input, context: context)
            let final = FinalShortlist(
                briefs: briefs, quarantine: input.quarantine.sorted { ($0.file, $0.line) < ($1.file, $1.line) },
                merges: input.merges, inauthentic: input.inauthentic, diagnostics: diagnostics(input, model: model),
                inputs: input.files,
                creators: input.summary.creators, people: input.summary.people, authenticity: input.authenticity)
            let layout = ShardLayout(run: context.layout.directory)
            var ranked = final
            ranked.excluded = excluded
            return output(
                try annotate(ranked, context: context, recordedAt: RunClock.timestamp(Date())) {
                    try input.plan.allShards.flatMap {
                        try SnapshotCodec.read(layout.score($0) + "/" + ShardLayout.snapshotsFile)
                    }
                    .sorted { $0.accountID < $1.accountID }
                })
        },
        write: { output, context in try deliver(output, context: context) },
        step: "merge")

    /// Each brief's shortlist from the shards' pools, ranked as one process ranks it (`ShortlistTies`), with its
    /// funnel (the shards' counts added up); the e-mail addresses of briefs that opted into contact details are read
    /// from the creator exports at the accounts' source rows (`ContactLookup`), as the last stage of `scout run` does.
    /// The do-not-contact list and the outreach statuses act here as in one process (`ScoringEngine.select`): the
    /// creators they keep off leave their place to the next in the pools (each shard's pool has room for the ones it
    /// keeps off) and are returned as `excluded.csv` rows (nil without either list).
    static func rank(_ input: ShardMergeInput, context: StageContext) throws -> (
        briefs: [BriefShortlist], excluded: [ExcludedCreator]?
    ) {
        var byBrief: [String: [PoolEntry]] = [:]
        for entry in input.pools { byBrief[entry.row.briefID, default: []].append(entry) }
        var chosen: [String: (list: [PoolEntry], beyond: PoolEntry?, unpriced: Int)] = [:]
        let rules = OutreachRules(context)
        var excluded: [ExcludedCreator] = []
        var keptOffCount: [String: Int] = [:]
        for brief in input.briefs {
            let sorted = (byBrief[brief.id] ?? []).sorted(by: PoolEntry.before)
            let reasons =
                rules?.reasons(brief, creators: sorted.map { ($0.row.creatorID, $0.row.handle, $0.row.otherAccounts) })
                ?? sorted.map { _ in nil }
            let reasonOf = Dictionary(
                zip(sorted.map(\.row.creatorID), reasons).compactMap { id, reason in reason.map { (id, $0) } },
                uniquingKeysWith: { a, _ in a })
            let pool = Array(
                sorted.prefix(ScoringEngine.heapSize(brief, largestPerson: input.largestPerson) + reasonOf.count))
            // The row's price is in the brief's currency when the rates allow, exactly as `MatchModel.listPrice` converts it.
            let currency = brief.currency.isEmpty ? "USD" : brief.currency
            let price = { (entry: PoolEntry) in entry.row.price.flatMap { $0.currency == currency ? $0.amount : nil } }
            if !reasonOf.isEmpty {
                let keptOff = ScoringEngine.keptOff(
                    brief, pool, person: \.person, country: \.country, platform: \.row.platform, price: price,
                    score: \.row.score
                ) { reasonOf[$0.row.creatorID] }
                keptOffCount[brief.id] = keptOff.count
                excluded += keptOff.map { entry, rank, reason in
                    ExcludedCreator(
                        briefID: brief.id, creatorID: entry.row.creatorID, handle: entry.row.handle,
                        rankBeforeExclusion: rank, reason: reason)
                }
            }
            chosen[brief.id] = ScoringEngine.select(
                brief, pool, person: \.person, country: \.country, platform: \.row.platform, price: price,
                score: \.row.score, blocked: { reasonOf[$0.row.creatorID] != nil })
        }
        let contactBriefs = ShortlistRow.contactBriefs(input.briefs, options: context.options.shortlist)
        let contacts = chosen.filter { contactBriefs.contains($0.key) }.values.map(\.list).joined().map {
            ($0.row.creatorID, $0.row.handle, $0.sources)
        }
        let addresses =
            contacts.isEmpty ? [:] : try ContactLookup.emails(of: contacts, aliases: context.reference.aliases)
        var rows: [String: [ShortlistRow]] = [:]
        var funnels = input.funnels
        for (b, brief) in input.briefs.enumerated() {
            guard let (list, beyond, unpriced) = chosen[brief.id], rows[brief.id] == nil else { continue }
            let ties = ShortlistTies(scores: list.map(\.row.score), beyond: beyond?.row.score)
            funnels[b].shortlisted = list.count
            if let count = keptOffCount[brief.id] { funnels[b].doNotContact = count }
            funnels[b].tieBeyondList = ties.tieBeyondList
            funnels[b].unpriced = unpriced
            rows[brief.id] = ties.apply(
                to: list.map { entry in
                    var row = entry.row
                    if row.contact != nil { row.contact?.email = addresses[row.creatorID] ?? "" }
                    return row
                }, rank: \.rank, why: \.why)
        }
        return (
            ShortlistRow.briefShortlists(input.briefs, rows: rows, contactBriefs: contactBriefs, funnels: funnels),
            rules == nil ? nil : excluded
        )
    }

    /// `diagnostics.txt` as one process writes it: stage 1's (briefs, then each file's reading in order), stage 2's
    /// (each file's rows in order, then person linking), stage 3's (`ScoringEngine.diagnose` on the shards' findings).
    static func diagnostics(_ input: ShardMergeInput, model: MatchModel) -> String {
        var read = input.planDiagnostics
        var normalize = DiagnosticsCollector()
        for file in input.fileDiagnostics {
            read.merge(file.read)
            normalize.merge(file.normalize)
        }
        normalize.merge(input.identityDiagnostics)
        var score = DiagnosticsCollector()
        ScoringEngine.diagnose(
            unknownNiches: input.unknownNiches, briefs: input.briefs, inauthentic: input.inauthentic, model: model,
            diagnostics: &score)
        BriefSeeds(briefs: input.briefs, named: input.seeds, accounts: [], order: []).diagnose(
            input.briefs, diagnostics: &score)
        return read.report + normalize.report + score.report
    }

    /// Reads what the merge step needs from every task's folder, checking each was written for tonight's plan.
    static func mergeInput(run directory: String, reference: ReferenceData) throws -> ShardMergeInput {
        let plan = try ShardPlan.read(run: directory)
        let layout = ShardLayout(run: directory)
        try TaskRecord.check(layout.identity, step: "identity", shard: nil, plan: plan)
        try TaskRecord.check(layout.statistics, step: "statistics", shard: nil, plan: plan)
        let briefs = try BriefCodec.read(layout.plan + "/" + ShardLayout.briefsFile, taxonomy: reference.taxonomy)
        let published = try JSONFile.read(
            PublishedStatistics.self, from: layout.statistics + "/" + ShardLayout.statisticsFile)
        var fileDiagnostics: [FileDiagnostics] = []
        var readQuarantine: [QuarantineEntry] = []
        var normalizeQuarantine: [QuarantineEntry] = []
        for shard in plan.allShards {
            let folder = layout.ingest(shard)
            try TaskRecord.check(folder, step: "ingest", shard: shard, plan: plan)
            fileDiagnostics += try JSONFile.read(
                [FileDiagnostics].self, from: folder + "/" + ShardLayout.diagnosticsFile)
            readQuarantine += try StageCodecs.readQuarantine(folder + "/" + ShardLayout.readQuarantineFile)
            normalizeQuarantine += try StageCodecs.readQuarantine(folder + "/" + ShardLayout.normalizeQuarantineFile)
        }
        fileDiagnostics.sort { $0.file < $1.file }
        let brands = Dictionary(briefs.map { ($0.id, $0.brand) }, uniquingKeysWith: { a, _ in a })
        var pools: [PoolEntry] = []
        var inauthentic: [[String]] = []
        var unknownNiches = Set<String>()
        var funnels = briefs.map { BriefFunnel(briefID: $0.id, requested: $0.shortlistSize) }
        var authenticity = AuthenticitySummary()
        for shard in plan.allShards {
            let folder = layout.score(shard)
            try TaskRecord.check(folder, step: "score", shard: shard, plan: plan)
            pools += try PoolCodec.read(folder + "/" + ShardLayout.poolFile, brands: brands)
            inauthentic += try IntermediateTable.read(
                folder + "/" + ShardLayout.inauthenticFile, required: AuthenticityReport.header
            ).rows
            let parts = try FunnelCodec.read(folder + "/" + ShardLayout.funnelsFile)
            guard parts.map(\.briefID) == briefs.map(\.id) else {
                throw ScoutError.badIntermediate(
                    path: folder + "/" + ShardLayout.funnelsFile, reason: "its briefs are not the plan's")
            }
            for b in funnels.indices { funnels[b].add(parts[b]) }
            let summary = try JSONFile.read(ShardScoreSummary.self, from: folder + "/" + ShardLayout.scoreFile)
            unknownNiches.formUnion(summary.unknownNiches)
            authenticity.merge(summary.authenticity)
        }
        return ShardMergeInput(
            plan: plan, briefs: briefs,
            planDiagnostics: try JSONFile.read(
                DiagnosticsCollector.self, from: layout.plan + "/" + ShardLayout.diagnosticsFile),
            fileDiagnostics: fileDiagnostics,
            identityDiagnostics: try JSONFile.read(
                DiagnosticsCollector.self, from: layout.identity + "/" + ShardLayout.diagnosticsFile),
            quarantine: readQuarantine + normalizeQuarantine,
            merges: try StageCodecs.readMerges(layout.identity + "/" + ShardLayout.mergesFile),
            files: try JSONFile.read([FileReport].self, from: layout.identity + "/" + ShardLayout.filesFile),
            summary: try JSONFile.read(IdentitySummary.self, from: layout.identity + "/" + ShardLayout.identityFile),
            largestPerson: published.corpus.largestPerson,
            pools: pools, inauthentic: inauthentic.sorted { $0[0] < $1[0] }, unknownNiches: unknownNiches,
            funnels: funnels,
            authenticity: authenticity, seeds: published.corpus.seeds)
    }
}
