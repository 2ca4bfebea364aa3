import Collections
import Dispatch
import Foundation
import Synchronization

/// One creator's place on one brief's shortlist.
public struct ScoredCandidate: Sendable, Hashable {
    public var briefID: String
    public var rank: Int
    public var accountID: String
    public var score: Double
    public var components: ScoreComponents
    public var why: String
    public var flags: [String]
    /// `stated` or `inferred` (`NicheSource`), empty without niches.
    public var nicheSource = ""
    /// `Authenticity.confidence`.
    public var authenticityConfidence = 1.0
}

/// Scores creators against every brief on all cores and keeps each brief's top K.
///
/// Creators are sorted by id, prepared through `MatchModel` in parallel and compiled into `CompiledAccounts`
/// (integers and doubles, strings interned), chunk by chunk so the prepared accounts never all exist at once.
/// By default each brief (handed to workers one at a time with `DispatchQueue.concurrentPerform`) is compiled
/// against them (`CompiledBrief`), walks only the platform and country buckets of a `CandidateIndex` and keeps
/// a bounded min-heap; the `exhaustive` path scores every pair through `MatchModel` in account chunks instead,
/// as the reference. Both keep the top entries under (score descending, creator id ascending), a strict order,
/// so the result does not depend on threads, chunks or visiting order; tests check that the compiled score of
/// every pair equals the model's bit for bit and that the two paths write identical bytes.
///
/// One person takes at most one place per brief: the merge keeps each person's best-scoring eligible account.
/// Heaps hold K × m + 1 entries (m = the most accounts any person has), which is exactly enough: the best account
/// of each of the top K + 1 people ranks within the first K × m + 1 entries overall. The one beyond the list tells
/// whether the last score on it is shared by someone left off (`BriefFunnel.tieBeyondList`).
///
/// Ranks are honest: creators whose scores read the same (to the 4 decimals written) share a rank, and `why` says
/// they are tied; within a tie the list order is by creator id.
public struct ScoringEngine: Sendable {
    public var model: MatchModel
    /// Worker threads; `nil` uses every core.
    public var threads: Int?
    /// Score every (brief, account) pair instead of the bucket-pruned candidates; both give identical shortlists.
    public var exhaustive: Bool
    /// Who may not take a place tonight (do-not-contact list, outreach statuses); nil or empty changes nothing.
    public var outreach: OutreachRules?
    /// Creators related to brands: briefs with `relationship_mode` = `prefer` add their boost to those creators' scores.
    public var relationships: Relationships?
    /// Past campaign outcomes: each brief adds a creator's signed outcomes adjustment for its brand to the score.
    public var outcomes: Outcomes?

    public init(
        model: MatchModel, threads: Int? = nil, exhaustive: Bool = false, outreach: OutreachRules? = nil,
        relationships: Relationships? = nil, outcomes: Outcomes? = nil
    ) {
        self.model = model
        self.threads = threads
        self.exhaustive = exhaustive
        self.outreach = outreach
        self.relationships = relationships
        self.outcomes = outcomes
    }

    /// A heap entry: the heap's minimum is the worst candidate kept so far.
    struct Entry: Comparable, Sendable {
        var score: Double
        var index: Int32
        static func < (a: Entry, b: Entry) -> Bool { a.score != b.score ? a.score < b.score : a.index > b.index }
    }

    /// The shortlists, in brief order, each sorted best first.
    /// - Complexity: O(B × C × (k + log K)) for B briefs, C accounts in each brief's platform and country
    ///   buckets, k query terms, K heap size; the exhaustive path has C = N, every account.
    public func run(briefs: [Brief], accounts: [CreatorAccount], diagnostics: inout DiagnosticsCollector)
        -> [[ScoredCandidate]]
    {
        score(briefs: briefs, accounts: accounts, diagnostics: &diagnostics).shortlists
    }

    /// The shortlists with each brief's funnel, the night's authenticity summary and the accounts the authenticity
    /// threshold excludes (`inauthentic.csv` rows), with the scoring warnings (`diagnose`).
    public func score(briefs: [Brief], accounts: [CreatorAccount], diagnostics: inout DiagnosticsCollector)
        -> ScoringResult
    {
        let workers = max(1, threads ?? ProcessInfo.processInfo.activeProcessorCount)
        let pools = pools(briefs: briefs, accounts: accounts, published: nil)
        let inauthentic = AuthenticityReport.rows(pools.inauthentic.map { accounts[$0] }, model: model)
        Self.diagnose(
            unknownNiches: pools.unknownNiches, briefs: briefs, inauthentic: inauthentic, model: model,
            diagnostics: &diagnostics)
        pools.seeds.diagnose(briefs, diagnostics: &diagnostics)
        var clock = PhaseClock()
        var funnels = pools.funnels
        var excluded: [ExcludedCreator] = []
        let chosen = pools.briefs.enumerated().map { b, brief in
            let ranked = pools.kept[b].sorted { $1 < $0 }
            let person = { (entry: Entry) in accounts[pools.order[Int(entry.index)]].personKey }
            let country = { (entry: Entry) in ShortlistSelection.country(of: accounts[pools.order[Int(entry.index)]]) }
            let platform = { (entry: Entry) in accounts[pools.order[Int(entry.index)]].platform }
            let price = { (entry: Entry) in model.listPrice(accounts[pools.order[Int(entry.index)]], brief: brief.brief)
            }
            let blocked = pools.blocked.isEmpty ? [:] : pools.blocked[b]
            if !blocked.isEmpty {
                let keptOff = Self.keptOff(
                    brief.brief, ranked, person: person, country: country, platform: platform, price: price,
                    score: \.score
                ) { blocked[$0.index] }
                funnels[b].doNotContact = keptOff.count
                excluded += keptOff.map { entry, rank, reason in
                    let account = accounts[pools.order[Int(entry.index)]]
                    return ExcludedCreator(
                        briefID: brief.brief.id, creatorID: account.id, handle: account.handle,
                        rankBeforeExclusion: rank,
                        reason: reason)
                }
            }
            return Self.select(
                brief.brief, ranked, person: person, country: country, platform: platform, price: price, score: \.score,
                blocked: { blocked[$0.index] != nil })
        }
        let explained = Self.explain(pools, chosen.map(\.list), accounts: accounts, model: model, workers: workers)
        let shortlists = explained.enumerated().map { b, list in
            let ties = ShortlistTies(scores: list.map(\.score), beyond: chosen[b].beyond?.score)
            funnels[b].shortlisted = list.count
            funnels[b].tieBeyondList = ties.tieBeyondList
            funnels[b].unpriced = chosen[b].unpriced
            return ties.apply(to: list, rank: \.rank, why: \.why)
        }
        clock.lap("score: shortlists")
        return ScoringResult(
            shortlists: shortlists, inauthentic: inauthentic, funnels: funnels, authenticity: pools.authenticity,
            excluded: excluded)
    }

    /// The heap (pool) capacity of `brief`: its pool size × the most accounts one person has, + 1 for the first
    /// creator beyond the list (`BriefFunnel.tieBeyondList`). The same in one process, a score shard and the merge.
    static func heapSize(_ brief: Brief, largestPerson: Int) -> Int {
        ShortlistSelection.poolSize(brief) * largestPerson + 1
    }

    /// Scoring up to each brief's pool: the accounts compiled (or prepared, exhaustive), the night's statistics
    /// (`published`, or computed from `accounts` when nil), each brief's best K × m + 1 entries, unordered, and the
    /// counts that add up over any split of the accounts (each brief's funnel but its shortlist, the authenticity
    /// summary).
    ///
    /// `published` is how a sharded night's score task scores its share of the accounts with the night's figures
    /// (`NightStatistics`); the pools of all shards then hold every entry one process would keep.
    func pools(briefs: [Brief], accounts: [CreatorAccount], published: CorpusStatistics?) -> ScoringPools {
        let model = self.model
        let workers = max(1, threads ?? ProcessInfo.processInfo.activeProcessorCount)
        var clock = PhaseClock()
        TerminalProgress.shared.phase("preparing \(DisplayText.grouped(accounts.count)) accounts")
        let keys = accounts.map(\.id)
        let order = Self.ascendingOrder(keys)
        clock.lap("score: order by id")
        var unknownBriefNiches: [String: [String]] = [:]
        let preparedBriefs = briefs.map { model.prepare($0, unknownNiches: &unknownBriefNiches) }
        let terms = NightStatistics.queryTerms(preparedBriefs)
        let kept: [[Entry]]
        let corpus: CorpusStatistics
        let unknownNiches: Set<String>
        let inauthentic: [Int]
        var funnels: [BriefFunnel]
        var summary = AuthenticitySummary()
        // Each brief's pool also holds the accounts the outreach rules keep off it, so the list still fills without them.
        let blocked = outreach?.blocked(briefs: briefs, accounts: accounts, order: order) ?? []
        // Per brief: the related accounts it boosts or is restricted to (positions), resolved once for the night.
        let related =
            relationships?.related(briefs: briefs, accounts: accounts, order: order) ?? briefs.map { _ in [:] }
        // Per brief: the creators with past campaigns for its brand, with their signed adjustment.
        let outcomes =
            outcomes?.evidence(briefs: briefs, accounts: accounts, order: order, currencies: model.reference.currencies)
            ?? briefs.map { _ in [:] }
        // One sparse per-brief map of what is added after the weighted sum: relationship boost + outcomes adjustment.
        let boosts = briefs.indices.map { b in
            // An `only` brief restricts to its related accounts (`Additions.only`) without boosting them.
            var boost =
                briefs[b].relationshipMode == .prefer
                ? related[b].mapValues { _ in briefs[b].relationshipBoost ?? Brief.defaultRelationshipBoost } : [:]
            for (position, evidence) in outcomes[b] { boost[position, default: 0] += evidence.adjustment }
            return boost
        }
        let only = briefs.map { $0.relationshipMode == .only }
        // Per brief: its seed creators' facts, resolved once for the night.
        let seeds = BriefSeeds(
            briefs: briefs, named: published?.seeds ?? BriefSeeds.named(by: briefs, in: accounts, model: model),
            accounts: accounts, order: order)
        let additions = Additions(boosts: boosts, related: related, only: only, seeds: seeds)
        func sizes(_ corpus: CorpusStatistics) -> [Int] {
            preparedBriefs.indices.map {
                Self.heapSize(preparedBriefs[$0].brief, largestPerson: corpus.largestPerson)
                    + (blocked.isEmpty ? 0 : blocked[$0].count)
            }
        }
        if exhaustive {
            let (prepared, unknown) = Self.prepare(order.map { accounts[$0] }, model: model, workers: workers)
            corpus =
                published
                ?? {
                    var statistics = NightStatistics(prepared, terms: terms)
                    statistics.largestPerson = NightStatistics.largestPerson(accounts)
                    return statistics.published()
                }()
            unknownNiches = unknown
            inauthentic = prepared.indices.filter { prepared[$0].authenticity.score < model.minAuthenticity }.map {
                order[$0]
            }
            for account in prepared { summary.add(account.authenticity, minAuthenticity: model.minAuthenticity) }
            (kept, funnels) = Self.exhaustiveTopK(
                preparedBriefs, prepared, sizes: sizes(corpus), additions: additions, model: model, corpus: corpus,
                workers: workers)
        } else {
            let search = AccountMarkSearch(preparedBriefs)
            var (compiled, unknown) = CompiledAccounts.build(
                accounts, order: order, model: model, search: search, workers: workers)
            clock.lap("score: compile accounts")
            corpus =
                published
                ?? {
                    var statistics = compiled.statistics(terms: terms)
                    statistics.largestPerson = NightStatistics.largestPerson(accounts)
                    return statistics.published()
                }()
            compiled.bind(corpus)
            unknownNiches = unknown
            inauthentic = compiled.inauthentic.map { order[Int($0.position)] }
            summary = compiled.authenticity
            clock.lap("score: corpus")
            (kept, funnels) = Self.compiledTopK(
                preparedBriefs, compiled, search: search, sizes: sizes(corpus), additions: additions, model: model,
                corpus: corpus, workers: workers)
            clock.lap("score: top K")
        }
        Self.describeUnknownCountries(&funnels, briefs: briefs, accounts: accounts)
        return ScoringPools(
            briefs: preparedBriefs, order: order, kept: kept, corpus: corpus, unknownNiches: unknownNiches,
            inauthentic: inauthentic, funnels: funnels, authenticity: summary, blocked: blocked,
            related: related, seeds: seeds, outcomes: outcomes)
    }

    /// Scoring's warnings, from what it found: creator and brief niches the taxonomy lacks, brief tiers
    /// `data/tiers.csv` lacks, and the accounts excluded as inauthentic (`inauthentic.csv` rows, by id). A sharded
    /// night's merge step emits them from the shards' findings, in the same words and order.
    static func diagnose(
        unknownNiches: Set<String>, briefs: [Brief], inauthentic: [[String]], model: MatchModel,
        diagnostics: inout DiagnosticsCollector
    ) {
        for label in unknownNiches.sorted() {
            diagnostics.warning(
                .unknownNiche, "creator niche '\(label)' is not in the taxonomy (add it to data/niches.csv)")
        }
        var unknownBriefNiches: [String: [String]] = [:]
        for brief in briefs { _ = model.prepare(brief, unknownNiches: &unknownBriefNiches) }
        for label in unknownBriefNiches.keys.sorted() {
            diagnostics.warning(
                .unknownNiche,
                "brief niche '\(label)' is not in the taxonomy (briefs: \(unknownBriefNiches[label]!.joined(separator: ", ")))"
            )
        }
        model.checkTiers(briefs, diagnostics: &diagnostics)
        AuthenticityReport.diagnose(inauthentic, model: model, diagnostics: &diagnostics)
    }

    /// Per brief with a country filter: each allowed platform's accounts without a country, for the funnel's words.
    static func describeUnknownCountries(_ funnels: inout [BriefFunnel], briefs: [Brief], accounts: [CreatorAccount]) {
        guard briefs.contains(where: { !$0.countries.isEmpty }) else { return }
        var unknown = Array(repeating: 0, count: Platform.allCases.count)
        var total = unknown
        for i in accounts.indices {
            let p = CandidateIndex.platformOrdinal[accounts[i].platform]!
            total[p] += 1
            if accounts[i].country.isEmpty && accounts[i].audienceCountry.isEmpty { unknown[p] += 1 }
        }
        for (b, brief) in briefs.enumerated() where !brief.countries.isEmpty {
            funnels[b].unknownCountry = CandidateIndex.platforms(of: brief).filter { total[$0] > 0 }.map {
                BriefFunnel.UnknownCount(platform: Platform.allCases[$0], unknown: unknown[$0], total: total[$0])
            }
        }
    }

    /// A brief's shortlist from its candidates, best first: the ones `blocked` keeps off (do-not-contact list, outreach
    /// statuses) left out before anything is chosen, so the next ones move up; one place per person (their best
    /// remaining account), then the list rules (`ShortlistSelection`: country and platform caps, platform mix, a total
    /// budget) up to `shortlist_size`; the one who would come next (`beyond`, for honest ties; none under a total
    /// budget, whose choice is not a ranked cut); and how many a total budget left out unpriced. The same choice in
    /// one process and in a sharded night's merge. `price` is a candidate's price in the brief's currency, `score` its total.
    static func select<T>(
        _ brief: Brief, _ ranked: [T], person: (T) -> String, country: (T) -> String, platform: (T) -> Platform,
        price: (T) -> Double?, score: (T) -> Double, blocked: (T) -> Bool = { _ in false }
    ) -> (list: [T], beyond: T?, unpriced: Int) {
        var people = Set<String>()
        let bestPerPerson = ranked.filter { !blocked($0) && people.insert(person($0)).inserted }
        let room = brief.budgetMode == .total ? brief.shortlistSize : brief.shortlistSize + 1
        let choice = ShortlistSelection.choose(
            brief, bestPerPerson, size: room, country: country, platform: platform, price: price, score: score)
        var list = choice.chosen.map { bestPerPerson[$0] }
        let beyond = list.count > brief.shortlistSize ? list.removeLast() : nil
        return (list, beyond, choice.unpriced)
    }

    /// The candidates `reason` keeps off that the list would hold without it, with the rank they would have had
    /// (scores equal to 4 decimals share it) and the reason: `excluded.csv`'s rows, in one process and in the merge.
    static func keptOff<T>(
        _ brief: Brief, _ ranked: [T], person: (T) -> String, country: (T) -> String, platform: (T) -> Platform,
        price: (T) -> Double?, score: (T) -> Double, reason: (T) -> String?
    ) -> [(entry: T, rank: Int, reason: String)] {
        let wouldBe = select(
            brief, ranked, person: person, country: country, platform: platform, price: price, score: score
        ).list
        let ranks = ShortlistTies(scores: wouldBe.map(score), beyond: nil).ranks
        return wouldBe.indices.compactMap { i in reason(wouldBe[i]).map { (wouldBe[i], ranks[i], $0) } }
    }

    /// The components and the `why` sentence of each chosen entry (accounts prepared again, in parallel), ranked
    /// from 1 in the order given (`ShortlistTies` then shares the ranks of tied scores).
    static func explain(
        _ pools: ScoringPools, _ chosen: [[Entry]], accounts: [CreatorAccount], model: MatchModel,
        workers: Int
    ) -> [[ScoredCandidate]] {
        let positions = Array(Set(chosen.joined().map(\.index))).sorted()
        let (prepared, _) = Self.prepare(
            positions.map { accounts[pools.order[Int($0)]] }, model: model, workers: workers)
        let preparedAt = Dictionary(uniqueKeysWithValues: zip(positions, prepared.indices))
        return pools.briefs.enumerated().map { b, brief in
            chosen[b].enumerated().map { rank, entry in
                let account = prepared[preparedAt[entry.index]!]
                var (why, flags) = model.explain(brief, account, corpus: pools.corpus)
                let seeds = pools.seeds.facts.isEmpty ? [] : pools.seeds.facts[b]
                if !seeds.isEmpty,
                    let text = model.seedText(
                        seeds, model.seedMatch(seeds, account),
                        weight: brief.brief.seedWeight ?? Brief.defaultSeedWeight)
                {
                    why = text + "; " + why
                }
                if let evidence = pools.outcomes.isEmpty ? nil : pools.outcomes[b][entry.index] {
                    why = evidence.phrase + "; " + why
                }
                if let relationship = pools.related.isEmpty ? nil : pools.related[b][entry.index] {
                    if brief.brief.relationshipMode == .prefer {
                        let boost = brief.brief.relationshipBoost ?? Brief.defaultRelationshipBoost
                        why =
                            relationship.phrase(brief.brief.brand)
                            + " (+\(NumberText.fixed(boost, 2)) relationship boost); " + why
                    } else {
                        why = relationship.phrase(brief.brief.brand) + "; " + why
                    }
                }
                return ScoredCandidate(
                    briefID: brief.brief.id, rank: rank + 1, accountID: account.account.id, score: entry.score,
                    components: model.components(brief, account, corpus: pools.corpus), why: why, flags: flags,
                    nicheSource: model.nicheMatch(brief, account).score > 0 ? account.nicheSource.rawValue : "",
                    authenticityConfidence: account.authenticity.confidence)
            }
        }
    }

    /// Prepares accounts on `workers` threads; the result keeps the input order.
    static func prepare(_ accounts: [CreatorAccount], model: MatchModel, workers: Int) -> (
        [PreparedAccount], Set<String>
    ) {
        let chunkCount = max(1, min(accounts.count, workers * 8))
        let chunkSize = (accounts.count + chunkCount - 1) / chunkCount
        let parts = Mutex<[([PreparedAccount], Set<String>)]>(Array(repeating: ([], []), count: chunkCount))
        DispatchQueue.concurrentPerform(iterations: min(workers, chunkCount)) { worker in
            var cache = PreparationCache()
            for chunk in stride(from: worker, to: chunkCount, by: workers) {
                var unknown = Set<String>()
                let range = min(accounts.count, chunk * chunkSize)..<min(accounts.count, (chunk + 1) * chunkSize)
                let part = accounts[range].map { model.prepare($0, unknownNiches: &unknown, cache: &cache) }
                parts.withLock { $0[chunk] = (part, unknown) }
            }
        }
        var prepared: [PreparedAccount] = []
        prepared.reserveCapacity(accounts.count)
        var unknown = Set<String>()
        for (part, labels) in parts.withLock({ $0 }) {
            prepared.append(contentsOf: part)
            unknown.formUnion(labels)
        }
        return (prepared, unknown)
    }

    /// Every brief against every account, in account chunks: the reference the pruned path must equal (funnels too).
    static func exhaustiveTopK(
        _ briefs: [PreparedBrief], _ prepared: [PreparedAccount], sizes: [Int], additions: Additions,
        model: MatchModel,
        corpus: CorpusStatistics, workers: Int
    ) -> ([[Entry]], [BriefFunnel]) {
        let chunkCount = max(1, min(prepared.count, workers * 8))
        let chunkSize = (prepared.count + chunkCount - 1) / chunkCount
        let results = Mutex<[[Heap<Entry>]]>(Array(repeating: [], count: chunkCount))
        let counts = Mutex<[[Int]]>(
            Array(repeating: Array(repeating: 0, count: ExclusionReason.allCases.count + 1), count: briefs.count))
        let bounds = briefs.map { BoundRelevanceQuery($0.query, corpus: corpus) }
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            var chunk = worker
            while chunk < chunkCount {
                let range = min(prepared.count, chunk * chunkSize)..<min(prepared.count, (chunk + 1) * chunkSize)
                var heaps = briefs.map { _ in Heap<Entry>() }
                // Per brief: removals per reason, then the number left (the last slot).
                var local = Array(
                    repeating: Array(repeating: 0, count: ExclusionReason.allCases.count + 1), count: briefs.count)
                for (b, brief) in briefs.enumerated() {
                    for index in range {
                        let account = prepared[index]
                        if let reason = model.exclusion(brief, account) {
                            local[b][reason.ordinal] += 1
                            continue
                        }
                        if additions.only[b] && additions.related[b][Int32(index)] == nil {
                            local[b][ExclusionReason.notRelated.ordinal] += 1
                            continue
                        }
                        local[b][ExclusionReason.allCases.count] += 1
                        var score =
                            model.components(brief, account, corpus: corpus, relevance: bounds[b]).total(brief.weights)
                            + (additions.boosts[b][Int32(index)] ?? 0)
                        let seeds = additions.seeds.facts[b]
                        if !seeds.isEmpty {
                            score = SeedMatch.add(
                                score, weight: brief.brief.seedWeight ?? Brief.defaultSeedWeight,
                                similarity: model.seedMatch(seeds, account).similarity)
                        }
                        Self.offer(Entry(score: score, index: Int32(index)), to: &heaps[b], size: sizes[b])
                    }
                }
                results.withLock { $0[chunk] = heaps }
                counts.withLock { all in for b in all.indices { for k in all[b].indices { all[b][k] += local[b][k] } } }
                chunk += workers
            }
        }
        let chunks = results.withLock { $0 }
        let totals = counts.withLock { $0 }
        let funnels = briefs.enumerated().map { b, brief in
            var funnel = BriefFunnel(briefID: brief.brief.id, requested: brief.brief.shortlistSize)
            funnel.considered = prepared.count
            funnel.removed = Array(totals[b].prefix(ExclusionReason.allCases.count))
            funnel.left = totals[b][ExclusionReason.allCases.count]
            return funnel
        }
        // Each chunk kept its own best; the brief's pool is the best `sizes[b]` of those, as in the pruned path.
        return (
            briefs.indices.map { b in
                Array(chunks.flatMap { $0.isEmpty ? [] : $0[b].unordered }.sorted { $1 < $0 }.prefix(sizes[b]))
            }, funnels
        )
    }

    /// Keeps `entry` when the heap has room or it beats the worst kept.
    @inline(__always)
    static func offer(_ entry: Entry, to heap: inout Heap<Entry>, size: Int) {
        if heap.count < size {
            heap.insert(entry)
        } else if let worst = heap.min, worst < entry {
            heap.replaceMin(with: entry)
        }
    }
}
