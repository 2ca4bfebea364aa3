/// What a score shard produces: each brief's pool (its best K × m accounts among the shard's, as shortlist rows),
/// the shard's accounts excluded as inauthentic, the creator niches the taxonomy lacks, and with history the
/// accounts' numbers tonight.
package struct ShardScoreOutput: Sendable {
    package var plan: ShardPlan
    /// Brief by brief (in brief order), each brief's entries best first.
    package var pools: [PoolEntry]
    package var inauthentic: [[String]]
    package var summary: ShardScoreSummary
    /// Every account's numbers, by id; nil without history.
    package var snapshots: [CreatorSnapshot]?
}
