/// What a score shard produces: each brief's pool (its best K × m accounts among the shard's, as shortlist rows),
/// the shard's accounts excluded as inauthentic, its part of each brief's funnel, the creator niches the taxonomy lacks, and with history the
/// accounts' numbers tonight.
package struct ShardScoreOutput: Sendable {
    package var plan: ShardPlan
    /// Brief by brief (in brief order), each brief's entries best first.
    package var pools: [PoolEntry]
    package var inauthentic: [[String]]
    /// Per brief, what the shard's accounts add to its funnel (`shortlisted` is the merge step's).
    package var funnels: [BriefFunnel]
    package var summary: ShardScoreSummary
    /// Every account's numbers, by id; nil without history.
    package var snapshots: [CreatorSnapshot]?
}
