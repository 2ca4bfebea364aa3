/// One creator on one brief's final shortlist, typed: what every deliverable (the CSVs, `shortlists.xlsx`,
/// `report.html`, `summary.md`) shows, computed once and rendered by each writer in its own way.
public struct ShortlistRow: Sendable, Hashable {
    /// A post's price as the shortlist shows it: in the brief's currency where `data/currency_rates.csv` allows.
    public struct Price: Sendable, Hashable {
        public var amount: Double
        /// ISO 4217; empty when the export gave a price without a currency.
        public var currency: String
        /// `quoted` (the export's price), else an estimate from views (`views-based`) or followers (`follower-based`).
        public var source: PriceSource

        public init(amount: Double, currency: String, source: PriceSource) {
            self.amount = amount
            self.currency = currency
            self.source = source
        }

        /// `cost` in the brief's currency where `data/currency_rates.csv` allows, else as the export or the cost
        /// table gave it.
        init(_ cost: PostCost, for brief: Brief, rates: CurrencyRates) {
            if let target = Self.currency(of: brief), !cost.currency.isEmpty,
                let converted = rates.convert(cost.amount, from: cost.currency, to: target)
            {
                self.init(amount: converted, currency: target, source: cost.source)
            } else {
                self.init(amount: cost.amount, currency: cost.currency, source: cost.source)
            }
        }

        /// The currency a brief counts in: its own, else USD when it has a budget; `nil` when it names neither.
        static func currency(of brief: Brief) -> String? {
            if !brief.currency.isEmpty { return brief.currency }
            return brief.budget == nil ? nil : "USD"
        }

        /// True for an estimate (shown `est.`), not the export's price.
        public var estimated: Bool { source != .quoted }
    }

    /// How to reach the creator; only filled when contact was opted in (`--include-contact` or the brief's
    /// `include_contact`).
    public struct Contact: Sendable, Hashable {
        public var email: String
        public var website: String

        public init(email: String, website: String) {
            self.email = email
            self.website = website
        }
    }

    public var briefID: String
    public var brand: String
    /// From 1, by score; equal scores (to the 4 decimals written) share a rank, so `1, 2, 2, 4` (creators removed
    /// by the do-not-contact list close up the ranks, ties staying shared).
    public var rank: Int
    /// `platform:handle`.
    public var creatorID: String
    public var platform: Platform
    public var handle: String
    /// The YouTube channel id (`UC…`) when the export gave one.
    public var platformID = ""
    public var displayName = ""
    /// The canonical profile (or search) link, see `ProfileLink`.
    public var link: ProfileLink?
    /// The person's other accounts, `platform:handle`, sorted.
    public var otherAccounts: [String] = []
    public var followers: Int
    public var tier = ""
    /// As a fraction (0.0918 for 9.18%).
    public var engagementRate: Double?
    /// The export's average views per post; `nil` when it gave none.
    public var avgViews: Double?
    /// In [0, 1].
    public var score: Double
    public var components = ScoreComponents()
    public var price: Price?
    public var contact: Contact?
    /// The creator niche that matched the brief, with how (`beauty/skincare (exact)`); empty when none did.
    public var matchedNiche = ""
    /// `stated` or `inferred`: where the matching niche came from; empty without a niche match.
    public var nicheSource = ""
    /// The share of authenticity evidence the export carried, 0–1.
    public var authenticityConfidence = 1.0
    public var flags: [String] = []
    public var why = ""
    /// Against the brief's previous shortlist (`new`, `same`, `up 2`, `down 1`); `nil` when history is off.
    public var change: String?

    public init(
        briefID: String, brand: String, rank: Int, creatorID: String, platform: Platform, handle: String,
        followers: Int, score: Double
    ) {
        self.briefID = briefID
        self.brand = brand
        self.rank = rank
        self.creatorID = creatorID
        self.platform = platform
        self.handle = handle
        self.followers = followers
        self.score = score
    }

    /// The handle as people write it: `@name`, or the channel id for a YouTube channel known only by its id.
    public var handleText: String {
        if platform == .youtube, !platformID.isEmpty, platformID.lowercased() == handle { return platformID }
        return link?.kind == .search ? handle : "@" + handle
    }

    /// The display name, or the handle when the export gave none.
    public var creatorName: String { displayName.isEmpty ? handle : displayName }
}
