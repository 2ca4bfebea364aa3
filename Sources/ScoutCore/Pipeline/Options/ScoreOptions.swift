/// How stage 3 scores. Every property changes its output and is part of its resume fingerprint (the thread
/// count, which does not, is `PipelineOptions.threads`).
public struct ScoreOptions: Sendable, Codable, Equatable {
    /// Creators whose authenticity is below this are excluded from every shortlist (listed in `inauthentic.csv`).
    public var minAuthenticity: Double
    /// The least niche score that counts as fit for briefs without `min_fit` (`--min-fit`; 0: any niche match).
    public var minFit: Double

    public init(minAuthenticity: Double = MatchModel.defaultMinAuthenticity, minFit: Double = MatchModel.defaultMinFit) {
        self.minAuthenticity = minAuthenticity
        self.minFit = minFit
    }

    enum CodingKeys: String, CodingKey {
        case minAuthenticity, minFit
    }

    /// Reads `run.json` of nights before `min_fit` existed too (they ran with the default).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        minAuthenticity = try container.decode(Double.self, forKey: .minAuthenticity)
        minFit = try container.decodeIfPresent(Double.self, forKey: .minFit) ?? MatchModel.defaultMinFit
    }
}
