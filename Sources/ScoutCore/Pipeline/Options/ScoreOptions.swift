/// How stage 3 scores. Every property changes its output and is part of its resume fingerprint (the thread
/// count, which does not, is `PipelineOptions.threads`).
public struct ScoreOptions: Sendable, Codable, Equatable {
    /// Creators whose authenticity is below this are excluded from every shortlist (listed in `inauthentic.csv`).
    public var minAuthenticity: Double

    public init(minAuthenticity: Double = MatchModel.defaultMinAuthenticity) {
        self.minAuthenticity = minAuthenticity
    }
}
