/// A creator's price for one post: the export's (`quoted`), or expected views × the platform's CPM range in USD.
public struct PostCost: Sendable, Hashable {
    /// How the expected views of an estimate were found.
    public enum Views: Sendable, Hashable {
        /// The export's average views per post.
        case average
        /// Engagement per post divided by the platform's engagement per view (TikTok, YouTube).
        case engagement(perView: Double)
        /// Followers × the platform-and-tier reach rate (`views_per_follower`).
        case followers(reach: Double)
    }

    /// The point estimate (views × the middle of the CPM range), or the quoted price.
    public var amount: Double
    /// ISO 4217; empty when the export gave a price without a currency.
    public var currency: String
    public var source: PriceSource
    /// The estimate's range (views × the CPM range's ends); equal to `amount` for a quoted price.
    public var low: Double
    public var high: Double
    /// Expected views per post behind an estimate; 0 for a quoted price.
    public var expectedViews = 0.0
    /// How `expectedViews` was found; `nil` for a quoted price.
    public var views: Views?
    /// The CPM range (USD per 1,000 views) behind an estimate.
    public var cpm: CostEstimates.Rate?

    /// A quoted price.
    public init(quoted amount: Double, currency: String) {
        self.amount = amount
        self.currency = currency
        source = .quoted
        low = amount
        high = amount
    }

    /// An estimate in USD from expected views and a CPM range.
    public init(views: Double, how: Views, rate: CostEstimates.Rate) {
        amount = views * rate.cpmPoint / 1000
        currency = "USD"
        if case .average = how { source = .viewsBased } else { source = .followerBased }
        low = views * rate.cpmLow / 1000
        high = views * rate.cpmHigh / 1000
        expectedViews = views
        self.views = how
        cpm = rate
    }

    /// True for an estimate (not the export's price).
    public var estimated: Bool { source != .quoted }
}
