import Foundation

/// Every night-wide figure scoring reads, in the one form that merges exactly: integer counts, sorted values
/// (for medians) and maxima, over any set of accounts. `published()` derives the doubles scoring uses
/// (`CorpusStatistics`) from it.
///
/// `scout run` builds one over all the night's accounts; a sharded night builds one per shard, merges them in its
/// statistics step, and every score task reads the published figures as exact bit patterns, so the shards score
/// with the same doubles as one process would, on any machine. A new night-wide figure is a field here (with
/// `add`, `merge` and its published form), never a number a score task computes from its own accounts
/// ([development.md](../../../docs/development.md#night-wide-figures)).
public struct NightStatistics: Sendable, Equatable, Codable {
    /// Accounts (BM25 documents).
    public var accounts = 0
    /// The documents' tokens, summed.
    public var totalLength = 0
    /// Per query term of the night's briefs: the documents holding it (every term listed, 0 included).
    public var documentFrequency: [String: Int] = [:]
    /// Known costs per expected engagement (USD), ascending; the commercial component reads their median.
    public var costsPerEngagement: [Double] = []
    /// The most accounts one person has: the heaps keep K × this per brief, so each of the top K people's best
    /// account is kept.
    public var largestPerson = 0
    /// The accounts the briefs' `seed_creators` name (`BriefSeeds.named`), ascending by id; written only when there
    /// are some.
    package var seeds: [SeedFacts] = []

    /// Counts only `terms` (the briefs' query terms); nil counts every token (a corpus for any query).
    let terms: Set<String>?

    enum CodingKeys: String, CodingKey {
        case accounts, terms
        case totalLength = "total_length"
        case documentFrequency = "document_frequency"
        case costsPerEngagement = "costs_per_engagement"
        case largestPerson = "largest_person"
        case seeds
    }

    /// Empty statistics counting `terms`.
    public init(terms: Set<String>?) {
        self.terms = terms
        if let terms { for term in terms { documentFrequency[term] = 0 } }
    }

    /// The query terms (their tokens) of `briefs`: the terms whose document frequency scoring needs.
    static func queryTerms(_ briefs: [PreparedBrief]) -> Set<String> {
        Set(briefs.flatMap { $0.query.terms.map(\.token) })
    }

    /// Statistics over `prepared`, except `largestPerson` (a person's accounts may be in other parts: the caller
    /// sets it over all of them).
    init(_ prepared: some Sequence<PreparedAccount>, terms: Set<String>?) {
        self.init(terms: terms)
        var costs: [Double] = []
        for account in prepared {
            accounts += 1
            totalLength += account.document.length
            for token in account.document.counts.keys where terms?.contains(token) ?? true {
                documentFrequency[token, default: 0] += 1
            }
            if let cost = account.costPerEngagement { costs.append(cost) }
        }
        costsPerEngagement = Self.sorted(costs)
    }

    /// Adds `other`'s counts (the same terms), merges its sorted values, keeps the larger maximum.
    public mutating func merge(_ other: NightStatistics) {
        accounts += other.accounts
        totalLength += other.totalLength
        for (term, count) in other.documentFrequency { documentFrequency[term, default: 0] += count }
        costsPerEngagement = Self.merged(costsPerEngagement, other.costsPerEngagement)
        largestPerson = max(largestPerson, other.largestPerson)
        if !other.seeds.isEmpty {
            var byID = Dictionary(seeds.map { ($0.accountID, $0) }, uniquingKeysWith: { a, _ in a })
            for seed in other.seeds where byID[seed.accountID] == nil { byID[seed.accountID] = seed }
            seeds = byID.keys.sorted().map { byID[$0]! }
        }
    }

    /// The doubles scoring reads, derived once: average document length, each term's idf, the median cost per
    /// engagement, and the heap factor.
    public func published() -> CorpusStatistics {
        var corpus = CorpusStatistics()
        corpus.documentCount = accounts
        corpus.averageLength = accounts == 0 ? 1 : max(1, Double(totalLength) / Double(accounts))
        corpus.documentFrequency = documentFrequency
        for (term, count) in documentFrequency {
            corpus.idfs[term] = CorpusStatistics.idf(documents: accounts, frequency: count)
        }
        corpus.unseenIDF = CorpusStatistics.idf(documents: accounts, frequency: 0)
        corpus.medianCostPerEngagement = Self.median(costsPerEngagement)
        corpus.largestPerson = max(1, largestPerson)
        corpus.seeds = seeds
        return corpus
    }

    /// The most accounts one person has; 1 when no account has a person id (each is its own person).
    static func largestPerson(_ accounts: [CreatorAccount]) -> Int {
        guard accounts.contains(where: { !$0.personID.isEmpty }) else { return accounts.isEmpty ? 0 : 1 }
        var accountsPerPerson: [String: Int] = [:]
        accountsPerPerson.reserveCapacity(accounts.count)  // no rehashing as it fills
        for i in accounts.indices { accountsPerPerson[accounts[i].personKey, default: 0] += 1 }  // in place, no copies
        return accountsPerPerson.values.max() ?? 1
    }

    /// The median of ascending values; nil when there are none.
    static func median(_ sorted: [Double]) -> Double? {
        guard !sorted.isEmpty else { return nil }
        let n = sorted.count
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2
    }

    /// Values in one total order (equal values by bit pattern, so `-0.0` and `0.0` never swap places).
    static func before(_ a: Double, _ b: Double) -> Bool { a < b || (a == b && a.bitPattern < b.bitPattern) }

    static func sorted(_ values: [Double]) -> [Double] { values.sorted(by: before) }

    /// Two ascending lists merged into one.
    static func merged(_ a: [Double], _ b: [Double]) -> [Double] {
        if a.isEmpty { return b }
        if b.isEmpty { return a }
        var result: [Double] = []
        result.reserveCapacity(a.count + b.count)
        var (i, j) = (0, 0)
        while i < a.count && j < b.count {
            if before(b[j], a[i]) {
                result.append(b[j])
                j += 1
            } else {
                result.append(a[i])
                i += 1
            }
        }
        result += a[i...]
        result += b[j...]
        return result
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        terms = try c.decodeIfPresent([String].self, forKey: .terms).map(Set.init)
        accounts = try c.decode(Int.self, forKey: .accounts)
        totalLength = try c.decode(Int.self, forKey: .totalLength)
        documentFrequency = try c.decode([String: Int].self, forKey: .documentFrequency)
        costsPerEngagement = try c.decode([String].self, forKey: .costsPerEngagement).map { text in
            guard let value = ExactDouble.value(text) else {
                throw DecodingError.dataCorruptedError(
                    forKey: .costsPerEngagement, in: c, debugDescription: "'\(text)' is not a bit pattern")
            }
            return value
        }
        largestPerson = try c.decode(Int.self, forKey: .largestPerson)
        seeds = try c.decodeIfPresent([SeedFacts].self, forKey: .seeds) ?? []
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encodeIfPresent(terms?.sorted(), forKey: .terms)
        try c.encode(accounts, forKey: .accounts)
        try c.encode(totalLength, forKey: .totalLength)
        try c.encode(documentFrequency, forKey: .documentFrequency)
        try c.encode(costsPerEngagement.map(ExactDouble.text), forKey: .costsPerEngagement)
        try c.encode(largestPerson, forKey: .largestPerson)
        if !seeds.isEmpty { try c.encode(seeds, forKey: .seeds) }
    }
}
