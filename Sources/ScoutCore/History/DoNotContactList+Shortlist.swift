extension DoNotContactList {
    /// Removes the listed creators, and every account of a listed creator's person, from every shortlist, closing
    /// up the ranks.
    /// - Returns: the creators removed, in brief order and by their rank before removal.
    func remove(from briefs: inout [BriefShortlist]) -> [ExcludedCreator] {
        var excluded: [ExcludedCreator] = []
        for b in briefs.indices {
            var kept: [ShortlistRow] = []
            for var row in briefs[b].rows {
                if let reason = reason(for: row.creatorID, otherAccounts: row.otherAccounts) {
                    excluded.append(ExcludedCreator(briefID: row.briefID, creatorID: row.creatorID, handle: row.handle,
                                                    rankBeforeExclusion: row.rank, reason: reason))
                    continue
                }
                row.rank = kept.count + 1
                kept.append(row)
            }
            briefs[b].rows = kept
        }
        return excluded
    }
}
