/// One brief's final shortlist.
public struct BriefShortlist: Sendable, Hashable {
    public var briefID: String
    public var brand: String
    /// The brief's `shortlist_size`.
    public var requested: Int
    /// By rank.
    public var rows: [ShortlistRow]
    /// The brief's total budget and the currency it counts in (`USD` when the brief names none).
    public var budget: Double?
    public var currency = "USD"
    /// Whether the budget is each creator's share (a guide) or the whole list's (a limit the choice kept).
    public var budgetMode = BudgetMode.perCreator
    /// True when this brief's deliverables carry contact details (`--include-contact` or its `include_contact`).
    public var includesContact = false
    /// Why the list is as long as it is (stage 3's funnel; the do-not-contact removals added).
    public var funnel: BriefFunnel?
}
