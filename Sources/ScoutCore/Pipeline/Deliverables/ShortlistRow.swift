/// One row of a brief's final shortlist, as every deliverable shows it (the CSVs now; a workbook or report
/// reads the same rows).
public struct ShortlistRow: Sendable, Hashable {
    public var briefID: String
    public var brand: String
    /// From 1, with no gaps (creators removed by the do-not-contact list close up the ranks).
    public var rank: Int
    /// `platform:handle`.
    public var creatorID: String
    public var platform: Platform
    public var handle: String
    public var displayName: String
    public var profileURL: String
    /// The ids of the same person's other accounts, sorted.
    public var otherAccounts: [String]
    public var followers: Int
    public var tier: String
    /// A fraction (0.0412 for 4.12%); nil when the export gave nothing to compute it from.
    public var engagementRate: Double?
    /// In [0, 1].
    public var score: Double
    public var components: ScoreComponents
    /// Authenticity flags, and `follower_spike` when history saw one.
    public var flags: [String]
    public var why: String
    /// With history: `new`, `same`, `up N` or `down N` against the brief's previous shortlist; nil without.
    public var change: String?
}
