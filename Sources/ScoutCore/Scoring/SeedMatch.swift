/// How much a creator resembles a brief's seed creators: the best seed and what the two share.
///
/// Similarity to one seed, 0–1: `0.4 × niche + 0.2 × same tier + 0.2 × engagement closeness + 0.1 × same country
/// + 0.1 × same language`, where niche is the taxonomy similarity of their niches (as `MatchModel.nicheMatch` scores
/// a brief's niches, with the seed's niches in the brief's place) and engagement closeness is `1 − 2 × |difference|`
/// of their engagement components (0 from half the scale apart). The brief adds `seed_weight × similarity` of the
/// best seed (the first on a tie) to the score; a seed is not compared with itself.
struct SeedMatch: Sendable, Equatable {
    /// Index in the brief's seeds; −1 when there is none to compare with.
    var seed = -1
    var similarity = 0.0
    var niche = 0.0
    var sameTier = false
    var engagementCloseness = 0.0
    var sameCountry = false
    var sameLanguage = false

    /// The parts' weights (they add up to 1).
    static let nicheWeight = 0.4
    static let tierWeight = 0.2
    static let engagementWeight = 0.2
    static let countryWeight = 0.1
    static let languageWeight = 0.1

    /// The one formula both scoring paths use, operation for operation.
    @inline(__always)
    static func similarity(niche: Double, sameTier: Bool, engagement: Double, sameCountry: Bool, sameLanguage: Bool)
        -> Double
    {
        nicheWeight * niche + (sameTier ? tierWeight : 0) + engagementWeight * engagement
            + (sameCountry ? countryWeight : 0) + (sameLanguage ? languageWeight : 0)
    }

    /// `1 − 2 × |a − b|`, at least 0.
    @inline(__always)
    static func closeness(_ a: Double, _ b: Double) -> Double { max(0, 1 - 2 * abs(a - b)) }

    /// The score with the lookalike bonus: `score + weight × similarity` (a brief without seeds adds nothing, not
    /// even 0, so its scores stay bit-identical).
    @inline(__always)
    static func add(_ score: Double, weight: Double, similarity: Double) -> Double { score + weight * similarity }

    /// What the creator shares with the seed, in words: `same niche, tier, language`.
    var sharedText: String {
        var parts: [String] = []
        if niche >= 1 {
            parts.append("same niche")
        } else if niche > 0 {
            parts.append("related niche")
        }
        if sameTier { parts.append(parts.isEmpty ? "same tier" : "tier") }
        if engagementCloseness >= 0.8 { parts.append(parts.isEmpty ? "similar engagement" : "engagement") }
        if sameCountry { parts.append(parts.isEmpty ? "same country" : "country") }
        if sameLanguage { parts.append(parts.isEmpty ? "same language" : "language") }
        return parts.joined(separator: ", ")
    }
}
