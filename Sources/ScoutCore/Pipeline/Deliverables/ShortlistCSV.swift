/// The columns of `shortlists.csv` and `shortlists/<brief_id>.csv` (those of `ShortlistColumn`, after `brief_id`
/// and `brand`), and the other CSV deliverables' columns.
public enum ShortlistCSV {
    /// The shortlist header without contact details or history.
    public static var header: [String] { header(contact: false, history: false) }
    public static let excludedHeader = ["brief_id", "creator_id", "handle", "rank_before_exclusion", "reason"]
    public static let droppedHeader = ["brief_id", "creator_id", "previous_rank", "previous_score", "reason"]

    /// The shortlist header: with `email`, `website` when contact is included, and a closing `change` with history.
    static func header(contact: Bool, history: Bool) -> [String] {
        header(ShortlistColumn.columns(contact: contact, history: history))
    }

    static func header(_ columns: [ShortlistColumn]) -> [String] { ["brief_id", "brand"] + columns.map(\.csvName) }

    /// One shortlist row's cells for `columns`: rates and scores with fixed decimals, lists joined with `|`.
    static func cells(_ row: ShortlistRow, _ columns: [ShortlistColumn]) -> [String] {
        [row.briefID, row.brand] + columns.map(row.text)
    }

    static func cells(_ excluded: ExcludedCreator) -> [String] {
        [excluded.briefID, excluded.creatorID, excluded.handle, String(excluded.rankBeforeExclusion), excluded.reason]
    }

    static func cells(_ dropped: DroppedCreator) -> [String] {
        [
            dropped.briefID, dropped.creatorID, String(dropped.previousRank),
            NumberText.fixed(dropped.previousScore, 4), dropped.reason,
        ]
    }
}
