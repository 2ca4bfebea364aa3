extension DoNotContactList {
    /// Removes the listed creators, and every account of a listed creator's person, from every shortlist, closing
    /// up the ranks (equal scores keep sharing a rank) and counting the removals in each brief's funnel.
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
                if let previous = kept.last, NumberText.fixed(previous.score, 4) == NumberText.fixed(row.score, 4) {
                    row.rank = previous.rank
                } else {
                    row.rank = kept.count + 1
                }
                kept.append(row)
            }
            let removed = briefs[b].rows.count - kept.count
            briefs[b].funnel?.doNotContact = removed
            briefs[b].funnel?.shortlisted = kept.count
            briefs[b].rows = kept
        }
        return excluded
    }
}
