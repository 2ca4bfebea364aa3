/// One brief's result for the night: what was asked, what came back, why a list is short, and what it costs.
public struct BriefOutcome: Sendable, Hashable {
    public var id: String
    public var brand: String
    /// The brief's `shortlist_size`.
    public var asked: Int
    /// Rows on the final shortlist.
    public var returned: Int
    /// Why fewer creators came back than were asked for; empty when the list is full.
    public var whyShort = ""
    /// The brief's total budget and its currency (`USD` when the brief names none).
    public var budget: Double?
    public var currency = "USD"
    /// `total`: the list was chosen within the budget, and `estimatedCost` is its planned spend.
    public var budgetMode = BudgetMode.perCreator
    /// The sum of the shortlisted creators' prices that are in `currency`, and how many rows had such a price.
    public var estimatedCost = 0.0
    public var pricedRows = 0
    /// Creators the do-not-contact list removed from this brief tonight.
    public var excluded = 0
    /// Creators on the previous night's shortlist that are not on tonight's (history on only).
    public var dropped: [DroppedCreator] = []
    /// True when contact details are in this brief's deliverables (`--include-contact` or the brief's switch).
    public var includesContact = false

    public init(id: String, brand: String, asked: Int, returned: Int) {
        self.id = id
        self.brand = brand
        self.asked = asked
        self.returned = returned
    }

    /// The estimated cost as a share of the budget, when both are known and every row had a comparable price.
    public var costShareOfBudget: Double? {
        guard let budget, budget > 0, pricedRows > 0 else { return nil }
        return estimatedCost / budget
    }
}
