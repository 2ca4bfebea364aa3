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
}

/// Scores creators against every brief on all cores and keeps each brief's top K.
///
/// Creators are sorted by id and prepared in parallel. By default each brief (handed to workers one at a time
/// with `DispatchQueue.concurrentPerform`) walks only the platform and country buckets of a `CandidateIndex`
/// and scores those accounts through `MatchModel`, keeping a bounded min-heap; the `exhaustive` path scores
/// every pair in account chunks instead. Both keep the top entries under (score descending, creator id
/// ascending), a strict order, so the result does not depend on threads, chunks or visiting order; a test
/// checks that the two paths write identical bytes.
///
/// One person takes at most one place per brief: the merge keeps each person's best-scoring eligible account.
/// Heaps hold K × m entries (m = the most accounts any person has), which is exactly enough: the best account
/// of each of the top K people ranks within the first (K − 1) × m + 1 entries overall.
public struct ScoringEngine: Sendable {
    public var model: MatchModel
    /// Worker threads; `nil` uses every core.
    public var threads: Int?
    /// Score every (brief, account) pair instead of the bucket-pruned candidates; both give identical shortlists.
    public var exhaustive: Bool

    public init(model: MatchModel, threads: Int? = nil, exhaustive: Bool = false) {
        self.model = model
        self.threads = threads
        self.exhaustive = exhaustive
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
        let model = self.model
        let workers = max(1, threads ?? ProcessInfo.processInfo.activeProcessorCount)
        let keys = accounts.map(\.id)
        let order = keys.indices.sorted { keys[$0] < keys[$1] }
        let (prepared, unknownNiches) = Self.prepare(order.map { accounts[$0] }, model: model, workers: workers)
        for label in unknownNiches.sorted() {
            diagnostics.warning("unknown_niche", "creator niche '\(label)' is not in the taxonomy (add it to data/niches.csv)")
        }
        var unknownBriefNiches: [String: [String]] = [:]
        let preparedBriefs = briefs.map { model.prepare($0, unknownNiches: &unknownBriefNiches) }
        for label in unknownBriefNiches.keys.sorted() {
            diagnostics.warning("unknown_niche", "brief niche '\(label)' is not in the taxonomy (briefs: \(unknownBriefNiches[label]!.joined(separator: ", ")))")
        }
        model.checkTiers(briefs, diagnostics: &diagnostics)
        let corpus = CorpusStatistics(prepared)
        AuthenticityReport.diagnose(prepared, model: model, diagnostics: &diagnostics)
        var accountsPerPerson: [String: Int] = [:]
        for account in prepared { accountsPerPerson[account.account.personKey, default: 0] += 1 }
        let perPerson = accountsPerPerson.values.max() ?? 1
        let sizes = preparedBriefs.map { CountryCap.poolSize($0.brief) * perPerson }
        let kept = exhaustive
            ? Self.exhaustiveTopK(preparedBriefs, prepared, sizes: sizes, model: model, corpus: corpus, workers: workers)
            : Self.prunedTopK(preparedBriefs, prepared, sizes: sizes, model: model, corpus: corpus, workers: workers)
        let personOf = prepared.map { $0.account.personKey }
        return preparedBriefs.enumerated().map { b, brief in
            let merged = kept[b].sorted { $1 < $0 }
            // One person (several linked accounts) takes at most one place: their best-scoring account.
            var people = Set<String>()
            let bestPerPerson = merged.filter { people.insert(personOf[Int($0.index)]).inserted }
            let shortlist = CountryCap.apply(brief.brief, bestPerPerson) { prepared[Int($0.index)].account }
            return shortlist.enumerated().map { rank, entry in
                let account = prepared[Int(entry.index)]
                let (why, flags) = model.explain(brief, account, corpus: corpus)
                return ScoredCandidate(
                    briefID: brief.brief.id, rank: rank + 1, accountID: account.account.id, score: entry.score,
                    components: model.components(brief, account, corpus: corpus), why: why, flags: flags)
            }
        }
    }

    /// Prepares accounts on `workers` threads; the result keeps the input order.
    static func prepare(_ accounts: [CreatorAccount], model: MatchModel, workers: Int) -> ([PreparedAccount], Set<String>) {
        let chunkCount = max(1, min(accounts.count, workers * 8))
        let chunkSize = (accounts.count + chunkCount - 1) / chunkCount
        let parts = Mutex<[([PreparedAccount], Set<String>)]>(Array(repeating: ([], []), count: chunkCount))
        DispatchQueue.concurrentPerform(iterations: chunkCount) { chunk in
            var unknown = Set<String>()
            let range = min(accounts.count, chunk * chunkSize)..<min(accounts.count, (chunk + 1) * chunkSize)
            let part = accounts[range].map { model.prepare($0, unknownNiches: &unknown) }
            parts.withLock { $0[chunk] = (part, unknown) }
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

    /// Every brief against every account, in account chunks: the reference the pruned path must equal.
    static func exhaustiveTopK(
        _ briefs: [PreparedBrief], _ prepared: [PreparedAccount], sizes: [Int], model: MatchModel, corpus: CorpusStatistics,
        workers: Int
    ) -> [[Entry]] {
        let chunkCount = max(1, min(prepared.count, workers * 8))
        let chunkSize = (prepared.count + chunkCount - 1) / chunkCount
        let results = Mutex<[[Heap<Entry>]]>(Array(repeating: [], count: chunkCount))
        let bounds = briefs.map { BoundRelevanceQuery($0.query, corpus: corpus) }
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            var chunk = worker
            while chunk < chunkCount {
                let range = min(prepared.count, chunk * chunkSize)..<min(prepared.count, (chunk + 1) * chunkSize)
                var heaps = briefs.map { _ in Heap<Entry>() }
                for (b, brief) in briefs.enumerated() {
                    for index in range {
                        let account = prepared[index]
                        if model.exclusion(brief, account) != nil { continue }
                        let score = model.components(brief, account, corpus: corpus, relevance: bounds[b]).total(brief.weights)
                        Self.offer(Entry(score: score, index: Int32(index)), to: &heaps[b], size: sizes[b])
                    }
                }
                results.withLock { $0[chunk] = heaps }
                chunk += workers
            }
        }
        let chunks = results.withLock { $0 }
        return briefs.indices.map { b in chunks.flatMap { $0.isEmpty ? [] : $0[b].unordered } }
    }

    /// Each brief scores only the accounts in its platform and country buckets. Briefs are handed to workers
    /// one at a time; the kept entries do not depend on which worker ran a brief.
    static func prunedTopK(
        _ briefs: [PreparedBrief], _ prepared: [PreparedAccount], sizes: [Int], model: MatchModel, corpus: CorpusStatistics,
        workers: Int
    ) -> [[Entry]] {
        let index = CandidateIndex(prepared)
        let next = Mutex(0)
        let results = Mutex<[[Entry]]>(Array(repeating: [], count: briefs.count))
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            var seen = [UInt32](repeating: 0, count: index.count)
            var generation: UInt32 = 0
            while true {
                let b = next.withLock { value in
                    defer { value += 1 }
                    return value
                }
                if b >= briefs.count { break }
                generation += 1
                let brief = briefs[b]
                let relevance = BoundRelevanceQuery(brief.query, corpus: corpus)
                var heap = Heap<Entry>()
                for bucket in index.buckets(for: brief.brief) {
                    for position in bucket {
                        let i = Int(position)
                        if seen[i] == generation { continue }
                        seen[i] = generation
                        let account = prepared[i]
                        if model.exclusion(brief, account) != nil { continue }
                        let score = model.components(brief, account, corpus: corpus, relevance: relevance).total(brief.weights)
                        Self.offer(Entry(score: score, index: position), to: &heap, size: sizes[b])
                    }
                }
                let entries = Array(heap.unordered)
                results.withLock { $0[b] = entries }
            }
        }
        return results.withLock { $0 }
    }

    /// Keeps `entry` when the heap has room or it beats the worst kept.
    @inline(__always)
    static func offer(_ entry: Entry, to heap: inout Heap<Entry>, size: Int) {
        if heap.count < size { heap.insert(entry) } else if let worst = heap.min, worst < entry { heap.replaceMin(with: entry) }
    }
}
