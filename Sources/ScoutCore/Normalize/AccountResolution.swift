/// Accounts after account-level resolution, the merges made, and where each merged-away id went.
public struct AccountResolution: Sendable {
    /// One account per resolved group, sorted by id.
    public var accounts: [CreatorAccount]
    /// `same_account` / `same_platform_id` / `same_profile_url` merges and `never_merge` refusals, by kept id.
    public var merges: [MergeRecord]
    /// Account id that did not survive → the id of the account it was folded into.
    public var aliases: [String: String]
    /// The id of each of `accounts`.
    var ids: [String] = []
    /// The sources after the first of every merged account: the input rows folded into another row's account.
    var foldedSources: [SourceRef] = []
}
