/// Everything the last stage delivers, computed once: the final shortlists (do-not-contact creators removed,
/// follower spikes flagged, the change column filled) and the lists beside them. Every deliverable writer and
/// the manifest read this one value, so no file can disagree with another.
public struct FinalShortlist: Sendable {
    /// In brief order.
    public var briefs: [BriefShortlist]
    /// Creators the do-not-contact list removed; nil when no list was given (then there is no `excluded.csv`).
    public var excluded: [ExcludedCreator]?
    /// Creators on a brief's previous shortlist that are not on tonight's; nil without history (then there is no
    /// `dropped.csv` and no `change` column).
    public var dropped: [DroppedCreator]?
    /// Shortlist rows flagged `follower_spike` tonight.
    public var followerSpikes = 0
    /// Every quarantined row, by file and line.
    public var quarantine: [QuarantineEntry]
    public var merges: [MergeRecord]
    /// Accounts kept off every shortlist by the authenticity threshold (`AuthenticityReport.header` rows).
    public var inauthentic: [[String]]
    /// The stages' warnings, as `diagnostics.txt` shows them.
    public var diagnostics: String
    /// Every input file's report.
    public var inputs: [FileReport]
    /// Accounts after deduplication, and the people they belong to.
    public var creators: Int
    public var people: Int
    /// The night's authenticity in numbers (stage 3).
    public var authenticity: AuthenticitySummary?

    /// True when history held an earlier night's shortlists to compare with (not on its first night).
    public var hasPreviousNight = false

    /// Whether history was on (the `change` column, `dropped.csv`).
    public var hasHistory: Bool { dropped != nil }
    /// Whether any brief's deliverables carry contact details.
    public var includesContact: Bool { briefs.contains(where: \.includesContact) }
    /// Rows on all shortlists.
    public var shortlisted: Int { briefs.map(\.rows.count).reduce(0, +) }
}
