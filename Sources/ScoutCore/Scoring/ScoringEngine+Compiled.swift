import Collections
import Dispatch
import Synchronization

extension ScoringEngine {
    /// Each brief scores only the accounts in its platform and country buckets, reading `CompiledAccounts`.
    ///
    /// Briefs are handed to workers one at a time; the kept entries do not depend on which worker ran a brief.
    /// Per worker, `seen` (stamped with the brief's generation) skips accounts already visited; `blocked` marks the
    /// accounts the brief excludes by handle (1) or competitor words (2), `keyword` those where one of its keywords
    /// matches, `affinity` holds the brief's brand affinities, `boost` what it adds after the weighted sum (the
    /// relationship boost plus the signed outcomes adjustment) and `related` (an `only` brief) its related accounts
    /// while it runs; its seed creators are compiled once (`SeedProfile`). Once the heap is full, an account whose
    /// score with relevance 1 (the most relevance can give) plus its boost and its lookalike addition is below the
    /// worst kept score cannot enter, so its relevance is not computed; the boost is the same whatever the relevance
    /// (negative or not) and rounding is monotonic, so that bound is exact.
    ///
    /// The funnel comes out of the same walk: accounts outside the brief's platforms and below the minimum
    /// authenticity are counted from the index's per-platform totals, accounts outside its country buckets are the
    /// country removals (split by the index's count of accounts without any country), and every visited account is
    /// counted under the first filter it fails, exactly as `MatchModel.exclusion` orders them.
    /// - Complexity: O(B × C × (t log d + log K)) for B briefs, C accounts in a brief's buckets, t query terms,
    ///   d terms per document and K kept entries; no allocation per account.
    static func compiledTopK(
        _ briefs: [PreparedBrief], _ accounts: CompiledAccounts, search: AccountMarkSearch, sizes: [Int],
        additions: Additions, model: MatchModel,
        corpus: CorpusStatistics, workers: Int
    ) -> ([[Entry]], [BriefFunnel]) {
        let index = CandidateIndex(accounts, minAuthenticity: model.minAuthenticity)
        let next = Mutex(0)
        let results = Mutex<[([Entry], BriefFunnel)?]>(Array(repeating: nil, count: briefs.count))
        let reasons = ExclusionReason.allCases.count
        let done = Atomic(0)
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            var seen = [UInt32](repeating: 0, count: index.count)
            var blocked = [UInt32](repeating: 0, count: index.count)
            var blockedWhy = [UInt8](repeating: 0, count: index.count)
            var keyword = [UInt32](repeating: 0, count: index.count)
            var affinity = [Double](repeating: 0, count: index.count)
            var boost = [Double](repeating: 0, count: index.count)
            var related = [UInt32](repeating: 0, count: index.count)
            var generation: UInt32 = 0
            while true {
                let b = next.withLock { value in
                    defer { value += 1 }
                    return value
                }
                if b >= briefs.count { break }
                let size = sizes[b]
                generation += 1
                let brief = CompiledBrief(briefs[b], accounts: accounts, search: search, model: model, corpus: corpus)
                for position in brief.blockedWords {
                    blocked[Int(position)] = generation
                    blockedWhy[Int(position)] = 2
                }
                for position in brief.blockedHandles {
                    blocked[Int(position)] = generation
                    blockedWhy[Int(position)] = 1
                }
                for position in brief.fitting { keyword[Int(position)] = generation }
                for mark in brief.affinity { affinity[Int(mark.position)] = mark.affinity }
                for (position, value) in additions.boosts[b] { boost[Int(position)] = value }
                let only = additions.only[b]
                if only { for position in additions.related[b].keys { related[Int(position)] = generation } }
                let seeds = SeedProfile(
                    additions.seeds.facts[b], weight: briefs[b].brief.seedWeight ?? Brief.defaultSeedWeight,
                    accounts: accounts, positions: additions.seeds.positions, model: model)
                var removed = [Int](repeating: 0, count: reasons)
                var visited = 0
                var left = 0
                var heap = Heap<Entry>()
                for bucket in index.buckets(for: briefs[b].brief, countries: accounts.countries) {
                    for position in bucket {
                        let i = Int(position)
                        if seen[i] == generation { continue }
                        seen[i] = generation
                        visited += 1
                        let row = accounts.rows[i]
                        if let reason = brief.filter(row) {
                            removed[reason.ordinal] += 1
                            continue
                        }
                        if blocked[i] == generation {
                            removed[
                                blockedWhy[i] == 1
                                    ? ExclusionReason.excludedHandle.ordinal
                                    : ExclusionReason.excludedCompetitor.ordinal] += 1
                            continue
                        }
                        var components = brief.components(row, affinity: affinity[i], in: accounts)
                        guard brief.fits(niche: components.niche, keywordMatched: keyword[i] == generation) else {
                            removed[ExclusionReason.noFit.ordinal] += 1
                            continue
                        }
                        if only && related[i] != generation {
                            removed[ExclusionReason.notRelated.ordinal] += 1
                            continue
                        }
                        left += 1
                        // The lookalike bonus does not depend on relevance, so it enters the bound as it is.
                        let similarity = seeds.isEmpty ? 0 : seeds.similarity(row, at: position, in: accounts)
                        if heap.count >= size, let worst = heap.min {
                            components.relevance = 1
                            var bound = components.total(brief.weights) + boost[i]
                            if !seeds.isEmpty {
                                bound = SeedMatch.add(bound, weight: seeds.weight, similarity: similarity)
                            }
                            if bound < worst.score { continue }
                        }
                        components.relevance = brief.relevance(row, in: accounts)
                        var score = components.total(brief.weights) + boost[i]
                        if !seeds.isEmpty { score = SeedMatch.add(score, weight: seeds.weight, similarity: similarity) }
                        offer(Entry(score: score, index: position), to: &heap, size: size)
                    }
                }
                for mark in brief.affinity { affinity[Int(mark.position)] = 0 }
                for position in additions.boosts[b].keys { boost[Int(position)] = 0 }
                let funnel = Self.funnel(briefs[b], index: index, visited: visited, removed: removed, left: left)
                let entries = Array(heap.unordered)
                let finished = results.withLock { results in
                    results[b] = (entries, funnel)
                    return done.add(1, ordering: .relaxed).newValue
                }
                TerminalProgress.shared.count(finished, of: briefs.count, "briefs scored")
            }
        }
        let scored = results.withLock { $0.map { $0! } }
        return (scored.map(\.0), scored.map(\.1))
    }

    /// The funnel of one brief from its walk: platform, authenticity and country removals come from the index.
    static func funnel(_ brief: PreparedBrief, index: CandidateIndex, visited: Int, removed walked: [Int], left: Int)
        -> BriefFunnel
    {
        let b = brief.brief
        var funnel = BriefFunnel(briefID: b.id, requested: b.shortlistSize)
        funnel.considered = index.count
        var removed = walked
        let platforms = CandidateIndex.platforms(of: b)
        let onPlatforms = platforms.reduce(0) { $0 + index.total[$1] }
        let inauthentic = platforms.reduce(0) { $0 + index.inauthentic[$1] }
        removed[ExclusionReason.platform.ordinal] += index.count - onPlatforms
        removed[ExclusionReason.lowAuthenticity.ordinal] += inauthentic
        if !b.countries.isEmpty {
            let unvisited = onPlatforms - inauthentic - visited
            let unknown = b.unknownCountry == .fail ? platforms.reduce(0) { $0 + index.unknownCountry[$1] } : 0
            removed[ExclusionReason.countryUnknown.ordinal] += unknown
            removed[ExclusionReason.country.ordinal] += unvisited - unknown
        }
        funnel.removed = removed
        funnel.left = left
        return funnel
    }
}
