/// What the identity step reads: every ingest shard's keys, in the night's global row order (file index, line),
/// and every creator export's report.
package struct ShardIdentityInput: Sendable {
    var plan: ShardPlan
    /// One per accepted row of the night, with its file's index.
    var records: [(file: Int, record: IdentityRecord)]
    /// The creator exports' reports, in plan order (rows read, accepted and quarantined before merging).
    var reports: [FileReport]
}
