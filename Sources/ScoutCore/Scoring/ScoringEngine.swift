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

/// Scores every creator against every brief on all cores and keeps each brief's top K.
///
/// Creators are sorted by id and split into contiguous chunks; `DispatchQueue.concurrentPerform` runs the
/// chunks, each keeping a bounded min-heap per brief. The heaps are merged afterwards by (score descending,
/// creator id ascending), so the result does not depend on the number of threads or chunks.
///
/// One person takes at most one place per brief: the merge keeps each person's best-scoring eligible account.
/// Heaps hold K × m entries (m = the most accounts any person has), which is exactly enough: the best account
/// of each of the top K people ranks within the first (K − 1) × m + 1 entries overall.
public struct ScoringEngine: Sendable {
    public var model: MatchModel
    /// Worker threads; `nil` uses every core.
    public var threads: Int?

    public init(model: MatchModel, threads: Int? = nil) {
        self.model = model
        self.threads = threads
    }

    /// A heap entry: the heap's minimum is the worst candidate kept so far.
    struct Entry: Comparable, Sendable {
        var score: Double
        var index: Int32
        static func < (a: Entry, b: Entry) -> Bool { a.score != b.score ? a.score < b.score : a.index > b.index }
    }

    /// The shortlists, in brief order, each sorted best first.
    /// - Complexity: O(B × N × (k + log K)) for B briefs, N accounts, k keywords, K shortlist size.
    public func run(briefs: [Brief], accounts: [CreatorAccount], diagnostics: inout DiagnosticsCollector) -> [[ScoredCandidate]] {
        let model = self.model
        let sorted = accounts.sorted { $0.id < $1.id }
        var unknownNiches = Set<String>()
        let prepared = sorted.map { model.prepare($0, unknownNiches: &unknownNiches) }
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
        let workers = max(1, threads ?? ProcessInfo.processInfo.activeProcessorCount)
        let chunkCount = max(1, min(prepared.count, workers * 8))
        let chunkSize = (prepared.count + chunkCount - 1) / max(chunkCount, 1)
        var accountsPerPerson: [String: Int] = [:]
        for account in prepared { accountsPerPerson[account.account.personKey, default: 0] += 1 }
        let perPerson = accountsPerPerson.values.max() ?? 1
        let results = Mutex<[[Heap<Entry>]]>(Array(repeating: [], count: chunkCount))
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            var chunk = worker
            while chunk < chunkCount {
                let range = min(prepared.count, chunk * chunkSize)..<min(prepared.count, (chunk + 1) * chunkSize)
                var heaps = preparedBriefs.map { _ in Heap<Entry>() }
                for (b, brief) in preparedBriefs.enumerated() {
                    let size = CountryCap.poolSize(brief.brief) * perPerson
                    for index in range {
                        let account = prepared[index]
                        if model.exclusion(brief, account) != nil { continue }
                        let score = model.components(brief, account, corpus: corpus).total(brief.weights)
                        let entry = Entry(score: score, index: Int32(index))
                        if heaps[b].count < size { heaps[b].insert(entry) }
                        else if let worst = heaps[b].min, worst < entry { heaps[b].replaceMin(with: entry) }
                    }
                }
                results.withLock { $0[chunk] = heaps }
                chunk += workers
            }
        }
        let chunks = results.withLock { $0 }
        let personOf = prepared.map { $0.account.personKey }
        return preparedBriefs.enumerated().map { b, brief in
            let merged = chunks.flatMap { $0.isEmpty ? [] : $0[b].unordered }.sorted { $1 < $0 }
            // One person (several linked accounts) takes at most one place: their best-scoring account.
            var people = Set<String>()
            let bestPerPerson = merged.filter { people.insert(personOf[Int($0.index)]).inserted }
            let kept = CountryCap.apply(brief.brief, bestPerPerson) { prepared[Int($0.index)].account }
            return kept.enumerated().map { rank, entry in
                let account = prepared[Int(entry.index)]
                let (why, flags) = model.explain(brief, account, corpus: corpus)
                return ScoredCandidate(
                    briefID: brief.brief.id, rank: rank + 1, accountID: account.account.id, score: entry.score,
                    components: model.components(brief, account, corpus: corpus), why: why, flags: flags)
            }
        }
    }
}
