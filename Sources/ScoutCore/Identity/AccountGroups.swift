/// Account-level identity of a night's rows, decided from their keys alone: which rows are one account (each
/// group in survivorship order), the merge records, and where merged-away ids went.
///
/// `AccountDeduplicator.groups` computes it from `IdentitySnapshot`s: full accounts in one process, compact
/// `IdentityRecord`s in a sharded night's identity step. Building the surviving accounts from it (`apply`) needs
/// the whole rows and happens where they are.
struct AccountGroups: Sendable {
    /// Every group of several rows: its rows newest first (survivorship order), groups in the order of their
    /// smallest row.
    var groups: [[Int]]
    /// `same_account` / `same_platform_id` / `same_profile_url` merges and `never_merge` refusals, sorted as
    /// `merges.csv` lists them.
    var merges: [MergeRecord]
    /// Account id that did not survive → the id of the account it was folded into.
    var aliases: [String: String]
    /// The sources after the first of every merged account: the input rows folded into another row's account.
    var foldedSources: [SourceRef]

    /// Each row's account id after merging (its group's survivor's id; its own id when alone).
    func accountIDs(rowIDs: [String]) -> [String] {
        var ids = rowIDs
        for group in groups { for member in group { ids[member] = rowIDs[group[0]] } }
        return ids
    }

    /// The accounts of `rows` (one per input row, in row order), one per group: each group's survivor filled from
    /// its other rows (`AccountDeduplicator.survivor`), sorted by id; the rows are moved, never copied whole.
    /// - Parameter rowOrder: every row index sorted by `(rowIDs[i], i)`, when it is at hand (sorted while the
    ///   groups were found): then only the groups' survivors are sorted here.
    /// - Returns: the accounts and their ids.
    func apply(
        to rows: consuming [CreatorAccount], rowIDs: [String], rowOrder: [Int]? = nil
    ) -> (accounts: [CreatorAccount], ids: [String]) {
        var accounts = rows
        var keep = [Bool](repeating: true, count: accounts.count)
        var survivorIDs = rowIDs
        var slots: [Int] = []
        slots.reserveCapacity(groups.count)
        for group in groups {
            // The survivor takes its group's first slot (its smallest row); the other slots are dropped.
            let slot = group.min()!
            let survivor = AccountDeduplicator.survivor(of: group.map { accounts[$0] })
            survivorIDs[slot] = survivor.id
            accounts[slot] = survivor
            slots.append(slot)
            for member in group where member != slot { keep[member] = false }
        }
        guard let rowOrder else {
            return (accounts, InPlacePermutation.keepSorted(&accounts, keep: keep, by: survivorIDs))
        }
        let order = InPlacePermutation.resorted(rowOrder, keep: keep, changed: slots, keys: survivorIDs)
        let ids = InPlacePermutation.keepOrdered(&accounts, order: order, keep: keep, keys: survivorIDs)
        return (accounts, ids)
    }
}
