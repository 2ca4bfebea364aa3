import Dispatch
import Synchronization

extension CompiledAccounts {
    /// One chunk of accounts compiled with its own interners (ids local to the chunk until merged).
    struct Part: Sendable {
        var rows: [CompiledAccount] = []
        var niches: [Int32] = []
        var nicheWeights: [Double] = []
        var audiences: [AudienceDemographics] = []
        var terms: [UInt64] = []
        var tiers = StringInterner(), countries = StringInterner(), languages = StringInterner()
        var currencies = StringInterner(), nicheNames = StringInterner(), vocabulary = StringInterner()
        var marks: AccountMarks
        var inauthentic: [(position: Int32, authenticity: Authenticity)] = []
        var unknownNiches = Set<String>()
        var totalLength = 0
        var authenticity = AuthenticitySummary()

        init(_ search: AccountMarkSearch) { marks = AccountMarks(search) }

        /// Per id in `vocabulary`: its index in `AccountMarkSearch.triggerList`, −1 when it starts nothing.
        var triggerOf: [Int32] = []
        /// One account's term ids (reused from account to account).
        var scratch: [Int32] = [], distinct: [Int32] = []

        /// Compiles one account onto the end of the chunk: `MatchModel.prepareParts`, its document's tokens interned
        /// straight into term ids and counted by sorting them (no token set or `TokenDocument` per account).
        mutating func add(
            _ account: CreatorAccount, model: MatchModel, search: AccountMarkSearch, cache: inout PreparationCache
        ) {
            let (prepared, text) = model.prepareParts(account, unknownNiches: &unknownNiches, cache: &cache)
            let position = Int32(rows.count)
            let nicheStart = Int32(niches.count)
            for id in prepared.nicheIDs { niches.append(nicheNames.intern(id)) }
            nicheWeights += prepared.nicheWeights
            let termStart = Int32(terms.count)
            scratch.removeAll(keepingCapacity: true)
            for piece in text.pieces { for token in piece { scratch.append(term(token, search: search)) } }
            for token in text.extraTokens { scratch.append(term(token, search: search)) }
            scratch.sort()
            distinct.removeAll(keepingCapacity: true)
            var start = 0
            while start < scratch.count {
                let id = scratch[start]
                var end = start + 1
                while end < scratch.count && scratch[end] == id { end += 1 }
                terms.append(UInt64(UInt32(id)) << 32 | UInt64(UInt32(end - start)))
                distinct.append(id)
                start = end
            }
            let length = scratch.count
            totalLength += length
            let currency: Int32 = prepared.cost.map { $0.currency.isEmpty ? -1 : currencies.intern($0.currency) } ?? -1
            rows.append(
                CompiledAccount(
                    platform: UInt8(CandidateIndex.platformOrdinal[account.platform]!),
                    languageInferred: prepared.languageInferred,
                    followers: account.followers, tier: tiers.intern(prepared.tier),
                    country: countries.intern(account.country),
                    audienceCountry: countries.intern(account.audienceCountry),
                    language: prepared.language.isEmpty ? -1 : languages.intern(prepared.language),
                    costCurrency: currency,
                    rateOrZero: prepared.engagementRate ?? 0, authenticity: prepared.authenticity.score,
                    engagement: model.engagement(prepared).score,
                    costPerEngagementScore: PartialScore.medianCostPerEngagement,
                    costAmount: prepared.cost?.amount ?? .nan, costPerEngagement: prepared.costPerEngagement ?? .nan,
                    nicheStart: nicheStart, nicheEnd: Int32(niches.count), termStart: termStart,
                    termEnd: Int32(terms.count),
                    documentLength: Int32(length),
                    audience: account.audience.isEmpty ? -1 : Int32(audiences.count)))
            if !account.audience.isEmpty { audiences.append(account.audience) }
            if prepared.authenticity.score < model.minAuthenticity {
                inauthentic.append((position, prepared.authenticity))
            }
            authenticity.add(prepared.authenticity, minAuthenticity: model.minAuthenticity)
            search.mark(
                handle: account.handle, text: text, terms: distinct, vocabulary: vocabulary, triggerOf: triggerOf,
                at: position, in: &marks)
        }

        /// The id of document term `token`, noting what it triggers when it is new to the chunk.
        mutating func term(_ token: String, search: AccountMarkSearch) -> Int32 {
            let known = vocabulary.count
            let id = vocabulary.intern(token)
            if vocabulary.count > known {
                triggerOf.append(search.triggerIndex.isEmpty ? -1 : search.triggerIndex[token] ?? -1)
            }
            return id
        }
    }

    /// Compiles `accounts[order[0]], accounts[order[1]], …` (position p is `order[p]`) on `workers` threads.
    ///
    /// Chunks are prepared and compiled in parallel, then merged in order; the ids differ with the chunking but
    /// every value the scores read does not.
    /// - Returns: the compiled accounts and the creator niche labels the taxonomy does not know.
    /// - Complexity: O(N × (text length + d log d)) for N accounts of d distinct terms.
    static func build(
        _ accounts: [CreatorAccount], order: [Int], model: MatchModel, search: AccountMarkSearch,
        workers: Int
    ) -> (CompiledAccounts, unknownNiches: Set<String>) {
        let n = order.count
        let chunkCount = max(1, min(n, workers * 8))
        let chunkSize = (n + chunkCount - 1) / chunkCount
        let compiled = Mutex<[Part?]>(Array(repeating: nil, count: chunkCount))
        // `workers` threads, each taking every `workers`-th chunk, so `--threads 1` really runs on one thread.
        DispatchQueue.concurrentPerform(iterations: min(workers, chunkCount)) { worker in
            var cache = PreparationCache()
            for chunk in stride(from: worker, to: chunkCount, by: workers) {
                var part = Part(search)
                for position in min(n, chunk * chunkSize)..<min(n, (chunk + 1) * chunkSize) {
                    part.add(accounts[order[position]], model: model, search: search, cache: &cache)
                }
                compiled.withLock { $0[chunk] = part }
            }
        }
        let parts = compiled.withLock { $0.map { $0! } }
        var result = CompiledAccounts(marks: AccountMarks(search))
        var unknown = Set<String>()
        // Global term ids first (in chunk order), then each chunk's documents renumbered and sorted in parallel.
        let termMaps = parts.map { result.vocabulary.absorb($0.vocabulary) }
        let renumbered = Mutex<[[UInt64]]>(Array(repeating: [], count: parts.count))
        DispatchQueue.concurrentPerform(iterations: min(workers, parts.count)) { worker in
            for k in stride(from: worker, to: parts.count, by: workers) {
                let map = termMaps[k]
                var terms = parts[k].terms.map { UInt64(UInt32(map[Int($0 >> 32)])) << 32 | ($0 & 0xFFFF_FFFF) }
                for row in parts[k].rows { terms[Int(row.termStart)..<Int(row.termEnd)].sort() }
                renumbered.withLock { $0[k] = terms }
            }
        }
        let documents = renumbered.withLock { $0 }
        result.rows.reserveCapacity(n)
        for (k, part) in parts.enumerated() {
            let tiers = result.tiers.absorb(part.tiers)
            let countries = result.countries.absorb(part.countries)
            let languages = result.languages.absorb(part.languages)
            let currencies = result.currencies.absorb(part.currencies)
            let niches = result.nicheNames.absorb(part.nicheNames)
            let offset = Int32(result.rows.count)
            let nicheBase = Int32(result.niches.count)
            let termBase = Int32(result.terms.count)
            let audienceBase = Int32(result.audiences.count)
            for var row in part.rows {
                row.tier = tiers[Int(row.tier)]
                row.country = countries[Int(row.country)]
                row.audienceCountry = countries[Int(row.audienceCountry)]
                if row.language >= 0 { row.language = languages[Int(row.language)] }
                if row.costCurrency >= 0 { row.costCurrency = currencies[Int(row.costCurrency)] }
                row.nicheStart += nicheBase
                row.nicheEnd += nicheBase
                row.termStart += termBase
                row.termEnd += termBase
                if row.audience >= 0 { row.audience += audienceBase }
                result.rows.append(row)
            }
            result.niches += part.niches.map { niches[Int($0)] }
            result.nicheWeights += part.nicheWeights
            result.audiences += part.audiences
            result.terms += documents[k]
            result.marks.append(part.marks, offset: offset)
            result.inauthentic += part.inauthentic.map { ($0.position + offset, $0.authenticity) }
            result.totalLength += part.totalLength
            result.authenticity.merge(part.authenticity)
            unknown.formUnion(part.unknownNiches)
        }
        result.documentFrequency = Array(repeating: 0, count: result.vocabulary.count)
        for term in result.terms { result.documentFrequency[Int(term >> 32)] += 1 }
        return (result, unknown)
    }
}
