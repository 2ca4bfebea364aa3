/// One brief's final shortlist.
public struct BriefShortlist: Sendable, Hashable {
    public var briefID: String
    public var brand: String
    /// The brief's `shortlist_size`.
    public var requested: Int
    /// By rank.
    public var rows: [ShortlistRow]
    /// Why the list is as long as it is (stage 3's funnel; the do-not-contact removals added).
    public var funnel: BriefFunnel?
}
