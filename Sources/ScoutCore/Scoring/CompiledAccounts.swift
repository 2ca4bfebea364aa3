import Foundation

/// One account in the form the scoring hot loop reads: integers and doubles only, so copying it costs no
/// reference counting.
struct CompiledAccount: Sendable {
    /// `Platform.allCases` index.
    var platform: UInt8
    var languageInferred: Bool
    var followers: Int
    /// Ids in `CompiledAccounts.tiers`, `countries`, `languages` (−1: no language) and `currencies` (−1: none given).
    var tier: Int32
    var country: Int32
    var audienceCountry: Int32
    var language: Int32
    var costCurrency: Int32
    /// The model's engagement rate, 0 when unknown (the minimum-engagement filter's reading).
    var rateOrZero: Double
    var authenticity: Double
    /// `MatchModel.engagement(_:)`, which does not depend on the brief.
    var engagement: Double
    /// The cost-per-engagement part of the commercial component (needs the night's median: set by `bind`).
    var costPerEngagementScore: Double
    /// The post price in `costCurrency`; NaN without a price.
    var costAmount: Double
    /// Cost per engagement in USD, NaN when unknown.
    var costPerEngagement: Double
    /// Range in `CompiledAccounts.niches`.
    var nicheStart: Int32, nicheEnd: Int32
    /// Range in `CompiledAccounts.terms`, sorted by term id.
    var termStart: Int32, termEnd: Int32
    /// Tokens in the BM25 document (`TokenDocument.length`).
    var documentLength: Int32
    /// Index in `CompiledAccounts.audiences`; −1 without audience demographics.
    var audience: Int32 = -1
}

/// The night's accounts compiled for scoring: one `CompiledAccount` per account (in creator-id order), their niches
/// and BM25 documents as interned ids, the tables that name the ids, and what the briefs look for (`AccountMarks`).
///
/// Everything here is computed through `MatchModel.prepare`, so each value is the one the model would use; the
/// prepared accounts themselves are dropped chunk by chunk, which keeps the peak memory at the compact form.
struct CompiledAccounts: Sendable {
    var rows: [CompiledAccount] = []
    /// Niche ids (in `niches` names) of all accounts, back to back.
    var niches: [Int32] = []
    /// Each entry of `niches`: 1 when stated, the inference's confidence when read off the creator's words.
    var nicheWeights: [Double] = []
    /// The audience demographics of the accounts that have them (`CompiledAccount.audience`).
    var audiences: [AudienceDemographics] = []
    /// Every document's terms as `term id << 32 | count` (id in `vocabulary`), back to back, each document sorted.
    var terms: [UInt64] = []
    var tiers = StringInterner()
    var countries = StringInterner()
    var languages = StringInterner()
    var currencies = StringInterner()
    var nicheNames = StringInterner()
    var vocabulary = StringInterner()
    var marks: AccountMarks
    /// The night's authenticity in numbers.
    var authenticity = AuthenticitySummary()
    /// Accounts below the model's minimum authenticity, ascending.
    var inauthentic: [(position: Int32, authenticity: Authenticity)] = []
    /// Per term id, the number of documents holding it.
    var documentFrequency: [Int] = []
    var totalLength = 0

    init(marks: AccountMarks) { self.marks = marks }

    var count: Int { rows.count }

    /// What these accounts contribute to the night's statistics (`largestPerson` is set by the caller, who has the
    /// people), counting the document frequency of `terms` only.
    func statistics(terms: Set<String>) -> NightStatistics {
        var statistics = NightStatistics(terms: terms)
        statistics.accounts = count
        statistics.totalLength = totalLength
        for term in terms {
            statistics.documentFrequency[term] = vocabulary.id(of: term).map { documentFrequency[Int($0)] } ?? 0
        }
        statistics.costsPerEngagement = NightStatistics.sorted(
            rows.compactMap { $0.costPerEngagement.isNaN ? nil : $0.costPerEngagement })
        return statistics
    }

    /// Sets every account's cost-per-engagement score against the night's median (`MatchModel.commercial`).
    mutating func bind(_ corpus: CorpusStatistics) {
        guard let median = corpus.medianCostPerEngagement else { return }
        for i in rows.indices where !rows[i].costPerEngagement.isNaN && rows[i].costPerEngagement > 0 {
            rows[i].costPerEngagementScore = min(
                1, PartialScore.medianCostPerEngagement * median / rows[i].costPerEngagement)
        }
    }

    /// The count of term `id` in account `row`'s document, or `nil`.
    /// - Complexity: O(log d) for a document of d distinct terms.
    @inline(__always)
    func count(of id: Int32, in row: CompiledAccount) -> Int32? {
        let key = UInt64(UInt32(bitPattern: id))
        var low = Int(row.termStart)
        var high = Int(row.termEnd)
        while low < high {
            let mid = (low + high) >> 1
            let value = terms[mid] >> 32
            if value == key { return Int32(truncatingIfNeeded: terms[mid]) }
            if value < key { low = mid + 1 } else { high = mid }
        }
        return nil
    }
}
