/// What the identity step decides for the whole night: the merge records, every row's account and person (as
/// per-shard assignments), the settled row accounting, and the counts the manifest reports.
package struct ShardIdentityOutput: Sendable {
    package var plan: ShardPlan
    /// Account merges (by kept id), then person links (by person id), as `merges.csv` lists them.
    package var merges: [MergeRecord]
    /// Every input file's report, row accounting settled (creator exports in plan order, then the briefs).
    package var files: [FileReport]
    /// Person linking's warnings (shared contacts, unused overrides).
    package var diagnostics: DiagnosticsCollector
    package var summary: IdentitySummary
    /// Per shard (index 0 for shard 1): the rows its normalize task builds accounts from, in row order.
    var assignments: [[AccountAssignment]]
}
