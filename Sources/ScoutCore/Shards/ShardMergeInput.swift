/// What the merge step reads: the plan's briefs and diagnostics, every ingest shard's quarantine and per-file
/// diagnostics, the identity step's merges, file reports and counts, the published heap factor, and every score
/// shard's pool, inauthentic accounts, funnel counts, authenticity numbers and unknown niches.
package struct ShardMergeInput: Sendable {
    var plan: ShardPlan
    var briefs: [Brief]
    /// The briefs' diagnostics (`scout plan`).
    var planDiagnostics: DiagnosticsCollector
    /// Every creator export's, in plan order.
    var fileDiagnostics: [FileDiagnostics]
    var identityDiagnostics: DiagnosticsCollector
    /// Rows quarantined while reading, then while normalising.
    var quarantine: [QuarantineEntry]
    var merges: [MergeRecord]
    var files: [FileReport]
    var summary: IdentitySummary
    /// `NightStatistics.largestPerson` as published: a brief's pool holds its pool size × this.
    var largestPerson: Int
    var pools: [PoolEntry]
    /// By creator id.
    var inauthentic: [[String]]
    var unknownNiches: Set<String>
    /// Per brief (in brief order), the shards' funnels added up, but what the chosen list decides.
    var funnels: [BriefFunnel]
    /// The night's authenticity numbers, the shards' added up.
    var authenticity: AuthenticitySummary
    /// The seed accounts the briefs name, as published (for the `unknown_seed` warnings).
    var seeds: [SeedFacts] = []
}
