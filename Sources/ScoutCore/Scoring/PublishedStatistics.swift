/// `shards/statistics/statistics.json`: the night's statistics merged from every shard, and the figures derived
/// from them once (`NightStatistics.published()`), every double written as its bit pattern, so each score task
/// scores with exactly these values whatever its machine's `log`.
package struct PublishedStatistics: Codable, Sendable {
    package var statistics: NightStatistics
    package var corpus: CorpusStatistics

    init(_ statistics: NightStatistics) {
        self.statistics = statistics
        corpus = statistics.published()
    }

    enum CodingKeys: String, CodingKey { case statistics, published }

    enum FigureKeys: String, CodingKey {
        case documentCount = "document_count"
        case averageLength = "average_length"
        case idf
        case unseenIDF = "unseen_idf"
        case medianCostPerEngagement = "median_cost_per_engagement"
        case largestPerson = "largest_person"
    }

    package init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        statistics = try c.decode(NightStatistics.self, forKey: .statistics)
        let f = try c.nestedContainer(keyedBy: FigureKeys.self, forKey: .published)
        func exact(_ text: String, _ key: FigureKeys) throws -> Double {
            guard let value = ExactDouble.value(text) else {
                throw DecodingError.dataCorruptedError(
                    forKey: key, in: f, debugDescription: "'\(text)' is not a bit pattern")
            }
            return value
        }
        corpus = CorpusStatistics()
        corpus.documentCount = try f.decode(Int.self, forKey: .documentCount)
        corpus.averageLength = try exact(f.decode(String.self, forKey: .averageLength), .averageLength)
        corpus.idfs = try f.decode([String: String].self, forKey: .idf).mapValues { try exact($0, .idf) }
        corpus.unseenIDF = try exact(f.decode(String.self, forKey: .unseenIDF), .unseenIDF)
        corpus.medianCostPerEngagement = try f.decodeIfPresent(String.self, forKey: .medianCostPerEngagement).map {
            try exact($0, .medianCostPerEngagement)
        }
        corpus.largestPerson = try f.decode(Int.self, forKey: .largestPerson)
        corpus.documentFrequency = statistics.documentFrequency
        corpus.seeds = statistics.seeds
    }

    package func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(statistics, forKey: .statistics)
        var f = c.nestedContainer(keyedBy: FigureKeys.self, forKey: .published)
        try f.encode(corpus.documentCount, forKey: .documentCount)
        try f.encode(ExactDouble.text(corpus.averageLength), forKey: .averageLength)
        try f.encode(corpus.idfs.mapValues(ExactDouble.text), forKey: .idf)
        try f.encode(
            ExactDouble.text(corpus.unseenIDF ?? CorpusStatistics.idf(documents: corpus.documentCount, frequency: 0)),
            forKey: .unseenIDF)
        try f.encodeIfPresent(corpus.medianCostPerEngagement.map(ExactDouble.text), forKey: .medianCostPerEngagement)
        try f.encode(corpus.largestPerson, forKey: .largestPerson)
    }
}
