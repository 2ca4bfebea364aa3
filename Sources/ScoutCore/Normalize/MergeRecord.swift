/// One merge decision, written to `merges.csv` so a person can audit it.
public struct MergeRecord: Sendable, Hashable {
    /// The id that survives.
    public var keptID: String
    /// What was folded into it: source rows (`file:line`) or other account ids.
    public var mergedIDs: [String]
    /// The rules that joined them, sorted by name: one, except for an account merged through both its platform
    /// id and its profile URL.
    public var rules: [MergeRule]
    public var evidence: String

    public init(keptID: String, mergedIDs: [String], rules: [MergeRule], evidence: String) {
        self.keptID = keptID
        self.mergedIDs = mergedIDs
        self.rules = rules.sorted { $0.rawValue < $1.rawValue }
        self.evidence = evidence
    }

    public init(keptID: String, mergedIDs: [String], rule: MergeRule, evidence: String) {
        self.init(keptID: keptID, mergedIDs: mergedIDs, rules: [rule], evidence: evidence)
    }

    /// The `rule` column: the rules' names joined with `+` (`same_platform_id+same_profile_url`).
    public var ruleText: String { rules.map(\.rawValue).joined(separator: "+") }

    /// Reads a `rule` column back; nil when a name is not a `MergeRule`.
    public static func rules(parsing text: String) -> [MergeRule]? {
        let rules = text.split(separator: "+").map { MergeRule(rawValue: String($0)) }
        return rules.isEmpty || rules.contains(nil) ? nil : rules.compactMap { $0 }
    }

    /// The record of a merge or link that a `never_merge` override refused, as account deduplication and person
    /// linking both write it.
    /// - Parameters:
    ///   - kept: the id the override names first in the refused join; `other`: the id kept apart from it.
    ///   - attempted: what would have joined them (`not merged: a and b share profile URL …`).
    ///   - pair: the override that refused it, when known (for its origin and note).
    static func refused(_ kept: String, _ other: String, attempted: String, by pair: MergeOverrides.Pair?)
        -> MergeRecord
    {
        MergeRecord(
            keptID: kept, mergedIDs: [other], rule: .neverMerge,
            evidence: "\(attempted), but \(pair?.origin ?? "an override") keeps \(kept) and \(other) apart"
                + (pair.map { $0.note.isEmpty ? "" : " (\($0.note))" } ?? ""))
    }
}
