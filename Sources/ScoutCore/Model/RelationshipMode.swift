/// What a brief does with creators related to its brand (`relationship_mode`, `Relationships`).
public enum RelationshipMode: String, Sendable, Hashable, CaseIterable {
    /// Add the brief's `relationship_boost` to their scores.
    case prefer
    /// List only them: every other creator is excluded (`ExclusionReason.notRelated`); no boost is added.
    case only
}
