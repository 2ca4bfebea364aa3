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
/// Creators are sorted by id and prepared in parallel. By default a `CandidateIndex` interns them to integer
/// columns and each brief (one per worker at a time) walks only the platform/country/language buckets its
/// hard filters allow, keeping a bounded min-heap. The `exhaustive` path scores every pair through
/// `MatchModel` in account chunks. Either way the kept set is the top K under (score descending, creator id
/// ascending) — a strict order, so it does not depend on threads, chunks or visiting order.
public struct ScoringEngine: Sendable {
    public var model: MatchModel
    /// Worker threads; `nil` uses every core.
    public var threads: Int?
    /// Score every (brief, account) pair through `MatchModel` instead of the pruned, interned path; the two
    /// give byte-identical shortlists (tests compare them).
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
    /// - Complexity: O(B × C × (k + log K)) for B briefs, C accounts passing each brief's platform, country and
    ///   language buckets, k keywords, K shortlist size; the exhaustive path has C = N, every account.
    public func run(briefs: [Brief], accounts: [CreatorAccount], diagnostics: inout DiagnosticsCollector) -> [[ScoredCandidate]] {
        let model = self.model
        let workers = max(1, threads ?? ProcessInfo.processInfo.activeProcessorCount)
        let keys = accounts.map(\.id)
        let order = keys.indices.sorted { keys[$0] < keys[$1] }
        let (prepared, unknownNiches) = Self.prepare(order.map { accounts[$0] }, model: model, workers: workers)
        for label in unknownNiches.sorted() {
            diagnostics.warning("unknown_niche", "creator niche '\(label)' is not in the taxonomy (add it to data/niches.csv)")
        }
        let preparedBriefs = briefs.map { model.prepare($0, diagnostics: &diagnostics) }
        let idf: [String: Double]
        let kept: [[Entry]]
        if exhaustive {
            idf = Self.inverseDocumentFrequencies(prepared)
            kept = Self.exhaustiveTopK(preparedBriefs, prepared, model: model, idf: idf, workers: workers)
        } else {
            let index = CandidateIndex(prepared) { model.engagement($0).score }
            idf = index.inverseDocumentFrequencies()
            kept = Self.prunedTopK(preparedBriefs, index, model: model, idf: idf, workers: workers)
        }
        return preparedBriefs.enumerated().map { b, brief in
            let merged = kept[b].sorted { $1 < $0 }
            return merged.prefix(brief.brief.shortlistSize).enumerated().map { rank, entry in
                let account = prepared[Int(entry.index)]
                let (why, flags) = model.explain(brief, account, idf: idf)
                return ScoredCandidate(
                    briefID: brief.brief.id, rank: rank + 1, accountID: account.account.id, score: entry.score,
                    components: model.components(brief, account, idf: idf), why: why, flags: flags)
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
        _ briefs: [PreparedBrief], _ prepared: [PreparedAccount], model: MatchModel, idf: [String: Double], workers: Int
    ) -> [[Entry]] {
        let chunkCount = max(1, min(prepared.count, workers * 8))
        let chunkSize = (prepared.count + chunkCount - 1) / max(chunkCount, 1)
        let results = Mutex<[[Heap<Entry>]]>(Array(repeating: [], count: chunkCount))
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            var chunk = worker
            while chunk < chunkCount {
                let range = (chunk * chunkSize)..<min(prepared.count, (chunk + 1) * chunkSize)
                var heaps = briefs.map { _ in Heap<Entry>() }
                for (b, brief) in briefs.enumerated() {
                    let size = brief.brief.shortlistSize
                    for index in range {
                        let account = prepared[index]
                        if model.exclusion(brief, account) != nil { continue }
                        let score = model.components(brief, account, idf: idf).total(brief.weights)
                        Self.offer(Entry(score: score, index: Int32(index)), to: &heaps[b], size: size)
                    }
                }
                results.withLock { $0[chunk] = heaps }
                chunk += workers
            }
        }
        let chunks = results.withLock { $0 }
        return briefs.indices.map { b in chunks.flatMap { $0.isEmpty ? [] : $0[b].unordered } }
    }

    /// Each brief walks only the buckets its hard filters allow, with integer ids and no allocation per pair.
    /// Briefs are handed to workers one at a time; the kept entries do not depend on which worker ran a brief.
    static func prunedTopK(
        _ briefs: [PreparedBrief], _ index: CandidateIndex, model: MatchModel, idf: [String: Double], workers: Int
    ) -> [[Entry]] {
        let compiled = briefs.map { CompiledBrief($0, index: index, model: model, idf: idf) }
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
                let brief = compiled[b]
                let size = briefs[b].brief.shortlistSize
                var heap = Heap<Entry>()
                for bucket in index.buckets(for: briefs[b]) {
                    for position in bucket {
                        let i = Int(position)
                        if seen[i] == generation { continue }
                        seen[i] = generation
                        if brief.excludes(i, index) { continue }
                        Self.offer(Entry(score: brief.score(i, index), index: position), to: &heap, size: size)
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

    /// IDF per token over the night's creators: log(1 + N / (1 + df)).
    static func inverseDocumentFrequencies(_ accounts: [PreparedAccount]) -> [String: Double] {
        var frequency: [String: Int] = [:]
        for account in accounts { for token in account.tokens { frequency[token, default: 0] += 1 } }
        let count = Double(accounts.count)
        return frequency.mapValues { log(1 + count / (1 + Double($0))) }
    }
}
