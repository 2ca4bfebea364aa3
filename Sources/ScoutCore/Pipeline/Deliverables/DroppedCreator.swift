/// A creator on a brief's previous shortlist that is not on tonight's (a row of `dropped.csv`).
public struct DroppedCreator: Sendable, Hashable {
    public var briefID: String
    public var creatorID: String
    public var previousRank: Int
    public var previousScore: Double
    /// `below the shortlist cut`, `not in tonight's exports`, or `excluded: <do-not-contact reason>`.
    public var reason: String
}
