import Foundation

/// A named fake-influence signal (the `flags` column).
public enum AuthenticityFlag: String, Sendable, Hashable, CaseIterable {
    /// Following more than 1,500 accounts (HypeAuditor's mass-follower line) or more accounts than follow back.
    case massFollowing = "mass_following"
    /// Engagement below the tier's low band (median / 3).
    case erFarBelowTier = "er_far_below_tier"
    /// Engagement above the tier's plausible maximum (4 × median).
    case erFarAboveTier = "er_far_above_tier"
    /// Comments per like outside 0.2 %–50 % (bought likes or comment pods).
    case commentsLikesAnomaly = "comments_likes_anomaly"
    /// More than half of recent posts sponsored.
    case heavySponsored = "heavy_sponsored"
    /// Follower count jumped implausibly between snapshots (needs history; see `MatchModel.followerSpikes`).
    case followerSpike = "follower_spike"
}

/// An account's authenticity: 1 minus the penalties of its signals, floored at 0.
public struct Authenticity: Sendable, Hashable {
    public var score: Double
    public var flags: [AuthenticityFlag]

    public init(score: Double = 1, flags: [AuthenticityFlag] = []) {
        self.score = score
        self.flags = flags
    }
}

extension MatchModel {
    /// The engagement rate the model uses, as a fraction.
    ///
    /// Recomputed from the counts when the export has them — (likes + comments + shares + saves) / followers,
    /// the formula of `data/engagement_benchmarks.csv` — because vendors' stated rates use different formulas
    /// (Modash divides by views on TikTok and YouTube); the stated rate is used only without counts. Without a
    /// likes count (`#VALOR!` cells) comments alone would make a healthy account look dead, so that is "no counts". Views are not
    /// used: the benchmarks are per follower, so a per-view rate would be compared with the wrong yardstick.
    public static func engagementRate(of account: CreatorAccount) -> Double? {
        let hasCounts = account.avgLikes != nil || (account.avgComments == nil && account.avgEngagements != nil)
        if hasCounts, account.followers > 0, let interactions = account.interactionsPerPost { return interactions / Double(account.followers) }
        return account.statedEngagementRate
    }

    /// Engagement against the platform-and-tier median: score = min(ratio, 2) / 2, so the median scores 0.5 and
    /// twice the median or more scores 1. Above the tier's plausible maximum it scores 0.5 — no better than the
    /// median (authenticity flags it). No data scores 0.25.
    func engagement(_ account: PreparedAccount) -> (score: Double, ratio: Double?) {
        guard let rate = account.engagementRate, let benchmark = account.benchmark else { return (0.25, nil) }
        let ratio = rate / benchmark.median
        if rate > benchmark.high { return (0.5, ratio) }
        return (min(ratio, 2) / 2, ratio)
    }

    /// Penalties per signal, subtracted from 1 (the reasoning is in docs/scoring.md, "Authenticity").
    public enum AuthenticityPenalty {
        public static let erBelowLow = 0.35, erBelowTenth = 0.75
        public static let erAboveHigh = 0.45, erAboveSixTimes = 0.75
        public static let followingOver1500 = 0.15, followingAboveFollowers = 0.4, followingTwiceFollowers = 0.75
        public static let commentsLikes = 0.2, heavySponsored = 0.15, followerSpike = 0.3
    }

    /// The account's authenticity signals and score.
    ///
    /// - ER below the tier's low band (median/3): −0.35, below median/10: −0.75 (`er_far_below_tier`).
    /// - ER above the tier's high band (4 × median): −0.45, above 6 × median: −0.75 (`er_far_above_tier`).
    /// - following > 1,500: −0.15; following ≥ followers: −0.4; following ≥ 2 × followers: −0.75 (`mass_following`).
    /// - comments/likes < 0.2 % or > 50 % with at least 50 likes per post: −0.2 (`comments_likes_anomaly`).
    /// - sponsored_ratio > 0.5: −0.15 (`heavy_sponsored`); a follower spike from history: −0.3 (`follower_spike`).
    func authenticity(_ account: CreatorAccount, tier: String, rate: Double?, benchmark: EngagementBenchmark?) -> Authenticity {
        typealias P = AuthenticityPenalty
        var penalty = 0.0
        var flags: [AuthenticityFlag] = []
        if let following = account.following {
            let ratio = Double(following) / Double(max(account.followers, 1))
            let p = ratio >= 2 ? P.followingTwiceFollowers : ratio >= 1 ? P.followingAboveFollowers : following > 1500 ? P.followingOver1500 : 0
            if p > 0 { penalty += p; flags.append(.massFollowing) }
        }
        if let rate, let benchmark {
            if rate < benchmark.low {
                penalty += rate < benchmark.median / 10 ? P.erBelowTenth : P.erBelowLow
                flags.append(.erFarBelowTier)
            } else if rate > benchmark.high {
                penalty += rate > benchmark.median * 6 ? P.erAboveSixTimes : P.erAboveHigh
                flags.append(.erFarAboveTier)
            }
        }
        if let likes = account.avgLikes, let comments = account.avgComments, likes >= 50 {
            let ratio = comments / likes
            if ratio < 0.002 || ratio > 0.5 { penalty += P.commentsLikes; flags.append(.commentsLikesAnomaly) }
        }
        if let sponsored = account.sponsoredRatio, sponsored > 0.5 { penalty += P.heavySponsored; flags.append(.heavySponsored) }
        if followerSpikes.contains(account.id) { penalty += P.followerSpike; flags.append(.followerSpike) }
        return Authenticity(score: max(0, 1 - penalty), flags: flags)
    }

    /// The authenticity of `account` on its own (tier, rate and benchmark looked up), e.g. for listing exclusions.
    public func authenticity(of account: CreatorAccount) -> Authenticity {
        let tier = reference.tiers.tier(platform: account.platform, followers: account.followers)
        return authenticity(account, tier: tier, rate: Self.engagementRate(of: account),
                            benchmark: reference.benchmarks.benchmark(platform: account.platform, tier: tier))
    }
}
