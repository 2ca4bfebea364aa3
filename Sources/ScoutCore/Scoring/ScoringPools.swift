/// Scoring up to each brief's pool (`ScoringEngine.pools`): what the shortlists are chosen from.
struct ScoringPools: Sendable {
    var briefs: [PreparedBrief]
    /// Position (an entry's `index`, in creator-id order) → index in the accounts scored.
    var order: [Int]
    /// Per brief: its best K × m + 1 entries (`ScoringEngine.heapSize`), unordered.
    var kept: [[ScoringEngine.Entry]]
    /// The night's figures the scores were computed with.
    var corpus: CorpusStatistics
    /// Creator niche labels the taxonomy does not know.
    var unknownNiches: Set<String>
    /// Indices of the accounts below the minimum authenticity, in creator-id order.
    var inauthentic: [Int]
    /// Per brief, what the accounts scored add to its funnel: considered, removed by each filter, left, accounts
    /// without a country (`shortlisted` and `tieBeyondList` are set once the list is chosen).
    var funnels: [BriefFunnel]
    /// The accounts scored, in authenticity numbers.
    var authenticity: AuthenticitySummary
    /// Per brief: the positions the outreach rules keep off it, with the reason (`OutreachRules.blocked`); the
    /// brief's pool has room for them on top of K × m + 1.
    var blocked: [[Int32: String]] = []
    /// Per brief: the positions related to its brand that it boosts (`Relationships.related`); empty dictionaries
    /// for briefs without `relationship_mode` = `prefer`.
    var related: [[Int32: Relationship]] = []
    /// Per brief: its seed creators (`BriefSeeds`), for the lookalike phrase of `why`.
    var seeds = BriefSeeds(briefs: [], named: [], accounts: [], order: [])
    /// Per brief: the positions with past campaigns for its brand and their evidence (`Outcomes.evidence`), for `why`;
    /// their adjustments are in the score already.
    var outcomes: [[Int32: OutcomeEvidence]] = []
}
