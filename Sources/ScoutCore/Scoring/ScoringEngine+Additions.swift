extension ScoringEngine {
    /// What a brief adds after the weighted sum or restricts beyond the filters, per brief: relationship boosts
    /// (`relationship_mode` = `prefer`), the related accounts an `only` brief is restricted to, and its seed creators
    /// (lookalike bonus). Without relationships or seeds every entry is empty and the scores are the weighted sums.
    struct Additions: Sendable {
        /// Per brief: position → boost (`prefer` briefs only).
        var boosts: [[Int32: Double]]
        /// Per brief: the positions related to its brand.
        var related: [[Int32: Relationship]]
        /// Per brief: whether it lists only related creators (`ExclusionReason.notRelated` for the others).
        var only: [Bool]
        var seeds: BriefSeeds
    }
}
