/// A creator the do-not-contact list removed from a brief's shortlist (a row of `excluded.csv`).
public struct ExcludedCreator: Sendable, Hashable {
    public var briefID: String
    public var creatorID: String
    public var handle: String
    /// Where the creator stood before it was removed.
    public var rankBeforeExclusion: Int
    public var reason: String
}
