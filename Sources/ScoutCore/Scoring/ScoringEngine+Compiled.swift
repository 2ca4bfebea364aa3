import Collections
import Dispatch
import Synchronization

extension ScoringEngine {
    /// Each brief scores only the accounts in its platform and country buckets, reading `CompiledAccounts`.
    ///
    /// Briefs are handed to workers one at a time; the kept entries do not depend on which worker ran a brief.
    /// Per worker, `seen` (stamped with the brief's generation) skips accounts already visited or excluded by
    /// handle or competitor words, and `affinity` holds the brief's brand affinities while it runs. Once the
    /// heap is full, an account whose score with relevance 1 (the most relevance can give) is below the worst
    /// kept score cannot enter, so its relevance is not computed; rounding is monotonic, so that bound is exact.
    /// - Complexity: O(B × C × (t log d + log K)) for B briefs, C accounts in a brief's buckets, t query terms,
    ///   d terms per document and K kept entries; no allocation per account.
    static func compiledTopK(
        _ briefs: [PreparedBrief], _ accounts: CompiledAccounts, search: AccountMarkSearch, sizes: [Int], model: MatchModel,
        corpus: CorpusStatistics, workers: Int
    ) -> [[Entry]] {
        let index = CandidateIndex(accounts, minAuthenticity: model.minAuthenticity)
        let next = Mutex(0)
        let results = Mutex<[[Entry]]>(Array(repeating: [], count: briefs.count))
        let done = Atomic(0)
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            var seen = [UInt32](repeating: 0, count: index.count)
            var affinity = [Double](repeating: 0, count: index.count)
            var generation: UInt32 = 0
            while true {
                let b = next.withLock { value in
                    defer { value += 1 }
                    return value
                }
                if b >= briefs.count { break }
                let size = sizes[b]
                if size == 0 { continue }
                generation += 1
                let brief = CompiledBrief(briefs[b], accounts: accounts, search: search, model: model, corpus: corpus)
                for position in brief.blocked { seen[Int(position)] = generation }
                for mark in brief.affinity { affinity[Int(mark.position)] = mark.affinity }
                var heap = Heap<Entry>()
                for bucket in index.buckets(for: briefs[b].brief, countries: accounts.countries) {
                    for position in bucket {
                        let i = Int(position)
                        if seen[i] == generation { continue }
                        seen[i] = generation
                        let row = accounts.rows[i]
                        guard brief.passes(row) else { continue }
                        var components = brief.components(row, affinity: affinity[i], in: accounts)
                        if heap.count >= size, let worst = heap.min {
                            components.relevance = 1
                            if components.total(brief.weights) < worst.score { continue }
                        }
                        components.relevance = brief.relevance(row, in: accounts)
                        offer(Entry(score: components.total(brief.weights), index: position), to: &heap, size: size)
                    }
                }
                for mark in brief.affinity { affinity[Int(mark.position)] = 0 }
                let entries = Array(heap.unordered)
                let finished = results.withLock { results in
                    results[b] = entries
                    return done.add(1, ordering: .relaxed).newValue
                }
                TerminalProgress.shared.count(finished, of: briefs.count, "briefs scored")
            }
        }
        return results.withLock { $0 }
    }
}
