import Foundation
import Collections
import Dispatch
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

/// What scoring produces: the shortlists, each brief's funnel, and the night's authenticity in numbers.
public struct ScoringResult: Sendable {
    public var shortlists: [[ScoredCandidate]]
    public var funnels: [BriefFunnel]
    public var authenticity: AuthenticitySummary
    /// The creators the do-not-contact list or the outreach statuses kept off a list they would have been on, in
    /// brief order and by the rank they would have had (`excluded.csv`).
    public var excluded: [ExcludedCreator] = []
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

    public init(model: MatchModel, threads: Int? = nil, exhaustive: Bool = false, outreach: OutreachRules? = nil) {
        self.model = model
        self.threads = threads
        self.exhaustive = exhaustive
        self.outreach = outreach
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
    public func run(briefs: [Brief], accounts: [CreatorAccount], diagnostics: inout DiagnosticsCollector) -> [[ScoredCandidate]] {
        score(briefs: briefs, accounts: accounts, diagnostics: &diagnostics).shortlists
    }

    /// The shortlists with each brief's funnel and the night's authenticity summary.
    public func score(briefs: [Brief], accounts: [CreatorAccount], diagnostics: inout DiagnosticsCollector) -> ScoringResult {
        let model = self.model
        let workers = max(1, threads ?? ProcessInfo.processInfo.activeProcessorCount)
        var clock = PhaseClock()
        TerminalProgress.shared.phase("preparing \(DisplayText.grouped(accounts.count)) accounts")
        let keys = accounts.map(\.id)
        let order = keys.indices.sorted { keys[$0] < keys[$1] }
        clock.lap("score: order by id")
        var unknownBriefNiches: [String: [String]] = [:]
        let preparedBriefs = briefs.map { model.prepare($0, unknownNiches: &unknownBriefNiches) }
        let kept: [[Entry]], corpus: CorpusStatistics, unknownNiches: Set<String>, inauthentic: [(id: String, authenticity: Authenticity)]
        var funnels: [BriefFunnel], summary = AuthenticitySummary()
        var perPerson = 1
        if accounts.contains(where: { !$0.personID.isEmpty }) {  // without person links every account is its own person
            var accountsPerPerson: [String: Int] = [:]
            for i in accounts.indices { accountsPerPerson[accounts[i].personKey, default: 0] += 1 }  // in place, no copies
            perPerson = accountsPerPerson.values.max() ?? 1
        }
        // Each brief's pool also holds the accounts the outreach rules keep off it, so the list still fills without them.
        let blocked = outreach?.blocked(briefs: briefs, accounts: accounts, order: order) ?? briefs.map { _ in [:] }
        let sizes = preparedBriefs.indices.map { CountryCap.poolSize(preparedBriefs[$0].brief) * perPerson + 1 + blocked[$0].count }
        if exhaustive {
            let (prepared, unknown) = Self.prepare(order.map { accounts[$0] }, model: model, workers: workers)
            corpus = CorpusStatistics(prepared)
            unknownNiches = unknown
            inauthentic = prepared.filter { $0.authenticity.score < model.minAuthenticity }.map { ($0.account.id, $0.authenticity) }
            for account in prepared { summary.add(account.authenticity, minAuthenticity: model.minAuthenticity) }
            (kept, funnels) = Self.exhaustiveTopK(preparedBriefs, prepared, sizes: sizes, model: model, corpus: corpus, workers: workers)
        } else {
            let search = AccountMarkSearch(preparedBriefs)
            let (compiled, unknown) = CompiledAccounts.build(accounts, order: order, model: model, search: search, workers: workers)
            clock.lap("score: compile accounts")
            corpus = compiled.corpus()
            unknownNiches = unknown
            inauthentic = compiled.inauthentic.map { (accounts[order[Int($0.position)]].id, $0.authenticity) }
            summary = compiled.authenticity
            clock.lap("score: corpus")
            (kept, funnels) = Self.compiledTopK(preparedBriefs, compiled, search: search, sizes: sizes, model: model, corpus: corpus, workers: workers)
            clock.lap("score: top K")
        }
        for label in unknownNiches.sorted() {
            diagnostics.warning(.unknownNiche, "creator niche '\(label)' is not in the taxonomy (add it to data/niches.csv)")
        }
        for label in unknownBriefNiches.keys.sorted() {
            diagnostics.warning(.unknownNiche, "brief niche '\(label)' is not in the taxonomy (briefs: \(unknownBriefNiches[label]!.joined(separator: ", ")))")
        }
        model.checkTiers(briefs, diagnostics: &diagnostics)
        AuthenticityReport.diagnose(inauthentic, model: model, diagnostics: &diagnostics)
        var excluded: [ExcludedCreator] = []
        let shortlists = Self.shortlists(preparedBriefs, kept: kept, blocked: blocked, accounts: accounts, order: order, model: model,
                                         corpus: corpus, workers: workers, funnels: &funnels, excluded: &excluded)
        Self.describeUnknownCountries(&funnels, briefs: briefs, accounts: accounts)
        clock.lap("score: shortlists")
        return ScoringResult(shortlists: shortlists, funnels: funnels, authenticity: summary, excluded: excluded)
    }

    /// Per brief with a country filter: each allowed platform's accounts without a country, for the funnel's words.
    static func describeUnknownCountries(_ funnels: inout [BriefFunnel], briefs: [Brief], accounts: [CreatorAccount]) {
        guard briefs.contains(where: { !$0.countries.isEmpty }) else { return }
        var unknown = Array(repeating: 0, count: Platform.allCases.count), total = unknown
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

    /// Turns each brief's kept entries into its shortlist (`select`), then adds the components and the `why`
    /// sentence of each shortlisted account (prepared again, in parallel). Scores that read the same to 4 decimals
    /// share a rank. The blocked accounts that would have been on a list go to `excluded` with that rank.
    static func shortlists(_ briefs: [PreparedBrief], kept: [[Entry]], blocked: [[Int32: String]], accounts: [CreatorAccount], order: [Int],
                           model: MatchModel, corpus: CorpusStatistics, workers: Int, funnels: inout [BriefFunnel],
                           excluded: inout [ExcludedCreator]) -> [[ScoredCandidate]] {
        var beyond: [Entry?] = []
        let ranked: [[Entry]] = briefs.enumerated().map { b, brief in
            let merged = kept[b].sorted { $1 < $0 }
            let account = { (entry: Entry) in accounts[order[Int(entry.index)]] }
            var list = Self.select(brief.brief, merged, blocked: blocked[b], extra: 1, account: account)
            beyond.append(list.count > brief.brief.shortlistSize ? list.removeLast() : nil)
            if !blocked[b].isEmpty {
                let keptOff = Self.keptOff(brief.brief, merged, blocked: blocked[b], account: account)
                funnels[b].doNotContact = keptOff.count
                excluded += keptOff
            }
            return list
        }
        let positions = Array(Set(ranked.joined().map(\.index))).sorted()
        let (prepared, _) = Self.prepare(positions.map { accounts[order[Int($0)]] }, model: model, workers: workers)
        let preparedAt = Dictionary(uniqueKeysWithValues: zip(positions, prepared.indices))
        return briefs.enumerated().map { b, brief in
            let shown = ranked[b].map { NumberText.fixed($0.score, 4) }
            var ties: [String: Int] = [:]
            for text in shown { ties[text, default: 0] += 1 }
            let tiedBeyond = beyond[b].map { NumberText.fixed($0.score, 4) == shown.last } ?? false
            funnels[b].shortlisted = ranked[b].count
            funnels[b].tieBeyondList = tiedBeyond
            var rank = 0
            return ranked[b].enumerated().map { position, entry in
                if position == 0 || shown[position] != shown[position - 1] { rank = position + 1 }
                let account = prepared[preparedAt[entry.index]!]
                var (why, flags) = model.explain(brief, account, corpus: corpus)
                let others = ties[shown[position]]! - 1
                if others > 0 || (tiedBeyond && shown[position] == shown.last) {
                    why += " · tied at \(shown[position])" + (others > 0 ? " with \(others) other\(others == 1 ? "" : "s") (listed by creator id)" : "")
                    if tiedBeyond && shown[position] == shown.last { why += "; more creators share this score beyond the list" }
                }
                return ScoredCandidate(
                    briefID: brief.brief.id, rank: rank, accountID: account.account.id, score: entry.score,
                    components: model.components(brief, account, corpus: corpus), why: why, flags: flags,
                    nicheSource: model.nicheMatch(brief, account).score > 0 ? account.nicheSource.rawValue : "",
                    authenticityConfidence: account.authenticity.confidence)
            }
        }
    }

    /// A brief's list from its ranked pool, best first: the accounts `blocked` keeps off it (do-not-contact list,
    /// outreach statuses) left out before anything is chosen, so the next ones move up; then one place per person
    /// (their best remaining account), the country cap, and the first `shortlist_size` + `extra`.
    static func select(_ brief: Brief, _ ranked: [Entry], blocked: [Int32: String], extra: Int = 0,
                       account: (Entry) -> CreatorAccount) -> [Entry] {
        let open = blocked.isEmpty ? ranked : ranked.filter { blocked[$0.index] == nil }
        // One person (several linked accounts) takes at most one place: their best-scoring account.
        var people = Set<String>()
        let bestPerPerson = open.filter { people.insert(account($0).personKey).inserted }
        var roomier = brief
        roomier.shortlistSize += extra
        return CountryCap.apply(roomier, bestPerPerson, account: account)
    }

    /// The blocked accounts that the list would hold without the outreach rules, with the rank they would have had
    /// (equal scores to 4 decimals share it) and the reason.
    static func keptOff(_ brief: Brief, _ ranked: [Entry], blocked: [Int32: String], account: (Entry) -> CreatorAccount) -> [ExcludedCreator] {
        let wouldBe = select(brief, ranked, blocked: [:], account: account)
        var rank = 0
        return wouldBe.enumerated().compactMap { position, entry in
            if position == 0 || NumberText.fixed(entry.score, 4) != NumberText.fixed(wouldBe[position - 1].score, 4) { rank = position + 1 }
            guard let reason = blocked[entry.index] else { return nil }
            let creator = account(entry)
            return ExcludedCreator(briefID: brief.id, creatorID: creator.id, handle: creator.handle, rankBeforeExclusion: rank, reason: reason)
        }
    }

    /// Prepares accounts on `workers` threads; the result keeps the input order.
    static func prepare(_ accounts: [CreatorAccount], model: MatchModel, workers: Int) -> ([PreparedAccount], Set<String>) {
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
        _ briefs: [PreparedBrief], _ prepared: [PreparedAccount], sizes: [Int], model: MatchModel, corpus: CorpusStatistics,
        workers: Int
    ) -> ([[Entry]], [BriefFunnel]) {
        let chunkCount = max(1, min(prepared.count, workers * 8))
        let chunkSize = (prepared.count + chunkCount - 1) / chunkCount
        let results = Mutex<[[Heap<Entry>]]>(Array(repeating: [], count: chunkCount))
        let counts = Mutex<[[Int]]>(Array(repeating: Array(repeating: 0, count: ExclusionReason.allCases.count + 1), count: briefs.count))
        let bounds = briefs.map { BoundRelevanceQuery($0.query, corpus: corpus) }
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            var chunk = worker
            while chunk < chunkCount {
                let range = min(prepared.count, chunk * chunkSize)..<min(prepared.count, (chunk + 1) * chunkSize)
                var heaps = briefs.map { _ in Heap<Entry>() }
                // Per brief: removals per reason, then the number left (the last slot).
                var local = Array(repeating: Array(repeating: 0, count: ExclusionReason.allCases.count + 1), count: briefs.count)
                for (b, brief) in briefs.enumerated() {
                    for index in range {
                        let account = prepared[index]
                        if let reason = model.exclusion(brief, account) {
                            local[b][reason.ordinal] += 1
                            continue
                        }
                        local[b][ExclusionReason.allCases.count] += 1
                        let score = model.components(brief, account, corpus: corpus, relevance: bounds[b]).total(brief.weights)
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
        return (briefs.indices.map { b in Array(chunks.flatMap { $0.isEmpty ? [] : $0[b].unordered }.sorted { $1 < $0 }.prefix(sizes[b])) }, funnels)
    }

    /// Keeps `entry` when the heap has room or it beats the worst kept.
    @inline(__always)
    static func offer(_ entry: Entry, to heap: inout Heap<Entry>, size: Int) {
        if heap.count < size { heap.insert(entry) } else if let worst = heap.min, worst < entry { heap.replaceMin(with: entry) }
    }
}
