/// How much each score component counts; a brief may override any of them (`w_niche`, `w_relevance`, …).
public struct ScoreWeights: Sendable, Hashable {
    public var niche = 0.40
    public var relevance = 0.30
    public var engagement = 0.30

    public init() {}

    /// The component names a brief can weight.
    public static let names = ["niche", "relevance", "engagement"]

    /// Defaults overridden by `overrides`, then scaled to sum to 1.
    public init(overrides: [String: Double]) {
        niche = overrides["niche"] ?? niche
        relevance = overrides["relevance"] ?? relevance
        engagement = overrides["engagement"] ?? engagement
        let total = niche + relevance + engagement
        if total > 0 {
            niche /= total
            relevance /= total
            engagement /= total
        }
    }
}

/// The score components of one creator for one brief, each in [0, 1].
public struct ScoreComponents: Sendable, Hashable {
    public var niche = 0.0
    public var relevance = 0.0
    public var engagement = 0.0

    public init() {}

    /// The weighted sum, in [0, 1].
    public func total(_ weights: ScoreWeights) -> Double {
        weights.niche * niche + weights.relevance * relevance + weights.engagement * engagement
    }
}
