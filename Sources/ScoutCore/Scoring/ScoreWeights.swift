/// How much each score component counts; a brief may override any of them (`w_niche`, `w_relevance`, …).
///
/// Defaults (they sum to 1): niche 0.25 and relevance 0.20 say *is this creator about what the brand sells*;
/// engagement 0.15 and authenticity 0.15 say *does anyone real listen*; audience 0.10 (the hard country and
/// language filters already did most of that work), commercial 0.10 (budget fit is a negotiation, not a veto)
/// and affinity 0.05 (a bonus for creators who already talk about the brand).
public struct ScoreWeights: Sendable, Hashable {
    public var niche = 0.25
    public var relevance = 0.20
    public var engagement = 0.15
    public var authenticity = 0.15
    public var audience = 0.10
    public var commercial = 0.10
    public var affinity = 0.05

    public init() {}

    /// The component names a brief can weight (`w_<name>` columns).
    public static let names = [
        "niche", "relevance", "engagement", "authenticity", "audience", "commercial", "affinity",
    ]

    /// Defaults overridden by `overrides`, then scaled to sum to 1 (all zero keeps the defaults).
    public init(overrides: [String: Double]) {
        var values = [niche, relevance, engagement, authenticity, audience, commercial, affinity]
        for (index, name) in Self.names.enumerated() { values[index] = overrides[name] ?? values[index] }
        let total = values.reduce(0, +)
        if total > 0 { values = values.map { $0 / total } } else { return }
        (niche, relevance, engagement, authenticity) = (values[0], values[1], values[2], values[3])
        (audience, commercial, affinity) = (values[4], values[5], values[6])
    }
}

/// The score components of one creator for one brief, each in [0, 1].
public struct ScoreComponents: Sendable, Hashable {
    public var niche = 0.0
    public var relevance = 0.0
    public var engagement = 0.0
    public var authenticity = 0.0
    public var audience = 0.0
    public var commercial = 0.0
    public var affinity = 0.0

    public init() {}

    /// The components in `ScoreWeights.names` order.
    public var values: [Double] { [niche, relevance, engagement, authenticity, audience, commercial, affinity] }

    /// Components from values in `ScoreWeights.names` order.
    public init(values: [Double]) {
        (niche, relevance, engagement, authenticity) = (values[0], values[1], values[2], values[3])
        (audience, commercial, affinity) = (values[4], values[5], values[6])
    }

    /// The weighted sum, in [0, 1].
    public func total(_ weights: ScoreWeights) -> Double {
        weights.niche * niche + weights.relevance * relevance + weights.engagement * engagement
            + weights.authenticity * authenticity + weights.audience * audience + weights.commercial * commercial
            + weights.affinity * affinity
    }
}
