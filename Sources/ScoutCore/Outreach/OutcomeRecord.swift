/// One past campaign with a creator for a brand: a row of the outcomes file, or one the history database kept from
/// an earlier night (`line` 0).
public struct OutcomeRecord: Sendable, Hashable {
    public var creator: CreatorReference
    public var brand: String
    /// The brief or campaign id (may be empty); a row naming a brief's id counts for that brief's brand too.
    public var campaign: String
    /// `yyyy-mm-dd`.
    public var date: String
    /// Days since 1970-01-01 of `date` (`OutreachStatuses.dayNumber`).
    public var day: Int
    /// What the campaign cost, in `currency` (ISO 4217, upper case; empty when the file did not say).
    public var cost: Double?
    public var currency: String
    /// What it returned: views, engagements, clicks, conversions, revenue (in `currency`), whichever the row gives.
    public var measures: [OutcomeMeasure: Double]
    /// The line in the file; 0 for a row read back from the history database.
    public var line: Int

    public init(
        creator: CreatorReference, brand: String, campaign: String = "", date: String, cost: Double?,
        currency: String, measures: [OutcomeMeasure: Double], line: Int = 0
    ) {
        self.creator = creator
        self.brand = brand
        self.campaign = campaign
        self.date = date
        day = OutreachStatuses.dayNumber(date) ?? 0
        self.cost = cost
        self.currency = currency
        self.measures = measures
        self.line = line
    }

    /// The creator as one text: `platform:handle`, or `@handle` for a reference without a platform.
    public var creatorText: String { creator.accountID ?? "@" + creator.handle }

    /// The stable key that deduplicates file rows and history rows: creator, folded brand, campaign id and date.
    public var key: String {
        [creatorText, OutreachRules.fold(brand), campaign, date].joined(separator: "\u{1F}")
    }
}
