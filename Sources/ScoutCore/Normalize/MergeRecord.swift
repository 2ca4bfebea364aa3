/// One merge decision, written to `merges.csv` so a person can audit it.
public struct MergeRecord: Sendable, Hashable {
    /// The id that survives.
    public var keptID: String
    /// What was folded into it: source rows (`file:line`) or other account ids.
    public var mergedIDs: [String]
    /// `same_account`, and for people, the linking rule (`same_email`, `same_website`, …).
    public var rule: String
    public var evidence: String

    public init(keptID: String, mergedIDs: [String], rule: String, evidence: String) {
        self.keptID = keptID
        self.mergedIDs = mergedIDs
        self.rule = rule
        self.evidence = evidence
    }
}
