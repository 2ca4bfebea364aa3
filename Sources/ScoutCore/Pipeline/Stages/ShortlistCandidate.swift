/// One brief's scored candidate with the account's tier and engagement rate: a row of `stages/score/candidates.csv`.
public struct ShortlistCandidate: Sendable, Hashable {
    public var candidate: ScoredCandidate
    public var tier: String
    public var engagementRate: Double?

    public init(candidate: ScoredCandidate, tier: String, engagementRate: Double?) {
        self.candidate = candidate
        self.tier = tier
        self.engagementRate = engagementRate
    }
}
