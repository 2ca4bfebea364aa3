/// Where a post's price comes from, as the `price_source` column writes it.
public enum PriceSource: String, Sendable, Hashable, CaseIterable {
    /// The export's own price (`est_cost`).
    case quoted
    /// The creator's average views per post × the platform's CPM range (`data/cost_estimates.csv`).
    case viewsBased = "views-based"
    /// Views estimated from followers (and engagement where known) × the platform's CPM range.
    case followerBased = "follower-based"
}
