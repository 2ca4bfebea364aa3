/// One row of the relationships file: a creator's relationship to a brand.
public struct RelationshipRecord: Sendable, Hashable {
    public var creator: CreatorReference
    public var brand: String
    public var relationship: Relationship
    /// The line in the file, for messages.
    public var line: Int
}
