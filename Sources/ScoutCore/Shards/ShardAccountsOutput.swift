/// What a normalize shard produces: its accounts (each survivor filled from its rows, with its person id, sorted by
/// id, exactly the rows of `scout run`'s `accounts.csv` whose person hashes to this shard) and their part of the
/// night's statistics.
package struct ShardAccountsOutput: Sendable {
    package var plan: ShardPlan
    package var accounts: [CreatorAccount]
    package var statistics: NightStatistics
}
