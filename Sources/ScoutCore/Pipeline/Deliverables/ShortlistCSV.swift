/// The columns of `shortlists.csv` and `shortlists/<brief_id>.csv`, and the other CSV deliverables' columns.
public enum ShortlistCSV {
    public static let header = [
        "brief_id", "brand", "rank", "creator_id", "platform", "handle", "display_name", "profile_url", "other_accounts",
        "followers", "tier", "engagement_rate", "score", "niche", "relevance", "engagement", "authenticity", "audience",
        "commercial", "affinity", "flags", "why",
    ]
    /// With history, a `change` column closes every shortlist row.
    public static let changeColumn = "change"
    public static let excludedHeader = ["brief_id", "creator_id", "handle", "rank_before_exclusion", "reason"]
    public static let droppedHeader = ["brief_id", "creator_id", "previous_rank", "previous_score", "reason"]

    /// The shortlist header, with the change column when history was on.
    static func header(history: Bool) -> [String] { history ? header + [changeColumn] : header }

    /// One shortlist row's cells: rates and scores with fixed decimals, lists joined with `|`.
    static func cells(_ row: ShortlistRow) -> [String] {
        var cells = [
            row.briefID, row.brand, String(row.rank), row.creatorID, row.platform.rawValue, row.handle, row.displayName,
            row.profileURL, row.otherAccounts.joined(separator: "|"), String(row.followers), row.tier,
            row.engagementRate.map { NumberText.fixed($0, 4) } ?? "", NumberText.fixed(row.score, 4),
        ]
        cells += row.components.values.map { NumberText.fixed($0, 3) }
        cells += [row.flags.joined(separator: "|"), row.why]
        if let change = row.change { cells.append(change) }
        return cells
    }

    static func cells(_ excluded: ExcludedCreator) -> [String] {
        [excluded.briefID, excluded.creatorID, excluded.handle, String(excluded.rankBeforeExclusion), excluded.reason]
    }

    static func cells(_ dropped: DroppedCreator) -> [String] {
        [dropped.briefID, dropped.creatorID, String(dropped.previousRank), NumberText.fixed(dropped.previousScore, 4), dropped.reason]
    }
}
