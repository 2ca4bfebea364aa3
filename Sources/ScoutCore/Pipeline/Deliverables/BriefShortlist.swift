/// One brief's final shortlist.
public struct BriefShortlist: Sendable, Hashable {
    public var briefID: String
    public var brand: String
    /// The brief's `shortlist_size`.
    public var requested: Int
    /// By rank.
    public var rows: [ShortlistRow]
}
