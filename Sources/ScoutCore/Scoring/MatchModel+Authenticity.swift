import Foundation

/// A named fake-influence signal (the `flags` column).
public enum AuthenticityFlag: String, Sendable, Hashable, CaseIterable {
    /// Very few posts (fake and bought accounts often have 0–2).
    case fewPosts = "few_posts"
    /// Following many accounts, or many more than follow back (follow-for-follow, mass following).
    case massFollowing = "mass_following"
    /// Engagement per follower far below the platform-and-tier norm (an audience nobody in which engages).
    case erFarBelowTier = "er_far_below_tier"
    /// Engagement per follower far above the norm, on an export without views (bought likes, pods).
    case erFarAboveTier = "er_far_above_tier"
    /// Engagement per view far outside the platform's norm (bought views or bought likes).
    case likesViewsAnomaly = "likes_views_anomaly"
    /// Comments per like outside 0.2 %–20 % (bought likes or comment pods).
    case commentsLikesAnomaly = "comments_likes_anomaly"
    /// A handle with a long run of digits, as generated accounts have.
    case digitHandle = "digit_handle"
    /// More than half of recent posts sponsored.
    case heavySponsored = "heavy_sponsored"
    /// Follower count jumped implausibly between snapshots (needs history; see `MatchModel.followerSpikes`).
    case followerSpike = "follower_spike"
    /// The export's audience credibility (share of real followers) below 75 %.
    case lowAudienceCredibility = "low_audience_credibility"
}

/// One signal that counted against an account: how much it cost, what was measured and the norm it was read against.
public struct AuthenticitySignal: Sendable, Hashable {
    public var flag: AuthenticityFlag
    /// Strength × the signal's weight (`MatchModel.AuthenticityWeight`), subtracted from 1.
    public var penalty: Double
    /// What was measured (posts, following/followers, a rate, comments per like…).
    public var value: Double
    /// The norm it was compared with (a tier median, a ratio line); 0 when there is none.
    public var norm: Double
}

/// An account's authenticity: 1 minus the penalties of its signals (floored at 0), and how much evidence there was.
///
/// Missing evidence lowers `confidence`, never the score: an export without a following or post count cannot show
/// mass following or an empty account, so the score rests on fewer signals and says so.
public struct Authenticity: Sendable, Hashable {
    public var score: Double
    /// The share of the applicable evidence (by weight) the export carried, 0–1.
    public var confidence: Double
    /// Signals that cost at least `MatchModel.signalFloor`, strongest first.
    public var signals: [AuthenticitySignal]

    public init(score: Double = 1, confidence: Double = 1, signals: [AuthenticitySignal] = []) {
        self.score = score
        self.confidence = confidence
        self.signals = signals
    }

    public var flags: [AuthenticityFlag] { signals.map(\.flag) }

    /// Below this score, with at least two signals, the account "needs a check": a person should look at it before
    /// contracting. One signal alone is never a verdict: brands and celebrities have low engagement per follower,
    /// new accounts few posts, and so on.
    public static let needsCheckBelow = 0.75
    /// A signal costing less than this does not count towards the two a verdict needs.
    public static let verdictSignalFloor = 0.05

    public var needsCheck: Bool {
        score < Self.needsCheckBelow && signals.lazy.filter { $0.penalty >= Self.verdictSignalFloor }.count >= 2
    }
}

extension MatchModel {
    /// The engagement rate the model uses, as a fraction.
    ///
    /// Recomputed from the counts when the export has them — (likes + comments + shares + saves) / followers,
    /// the per-follower formula of `data/engagement_benchmarks.csv` — because vendors' stated rates use different formulas
    /// (Modash divides by views on TikTok and YouTube); the stated rate is used only without counts. Without a
    /// likes count (`#VALOR!` cells) comments alone would make a healthy account look dead, so that is "no counts". Views are not
    /// used: the benchmarks are per follower, so a per-view rate would be compared with the wrong yardstick.
    public static func engagementRate(of account: CreatorAccount) -> Double? {
        let hasCounts = account.avgLikes != nil || (account.avgComments == nil && account.avgEngagements != nil)
        if hasCounts, account.followers > 0, let interactions = account.interactionsPerPost {
            return interactions / Double(account.followers)
        }
        return account.statedEngagementRate
    }

    /// Engagement against the platform-and-tier median, smooth and monotone: with q = rate / median the score is
    /// q / (1 + q), so the median scores 0.5, twice the median 0.67, four times 0.8, a third of it 0.25, and a higher
    /// rate always scores higher (implausibly high rates are authenticity's business). No data scores 0.25.
    func engagement(_ account: PreparedAccount) -> (score: Double, ratio: Double?) {
        guard let rate = account.engagementRate, let benchmark = account.benchmark else {
            return (Self.noEngagementScore, nil)
        }
        let ratio = max(rate, 0) / benchmark.median
        return (ratio / (1 + ratio), ratio)
    }

    /// The engagement score of an account without engagement data (that of a rate a third of the median).
    public static let noEngagementScore = 0.25

    /// How much each signal can cost at full strength. No single signal exceeds 0.5, so one signal alone never takes
    /// an account below the default `--min-authenticity` 0.3; exclusion needs two strong signals or several weaker ones.
    public enum AuthenticityWeight {
        public static let fewPosts = 0.5, massFollowing = 0.5
        public static let erFarBelow = 0.4, erFarAbove = 0.25, likesViews = 0.35, commentsLikes = 0.2
        public static let digitHandle = 0.15, heavySponsored = 0.15, followerSpike = 0.4, lowCredibility = 0.35

        /// The weight of each kind of evidence in `Authenticity.confidence` (digits of the handle are always there).
        static let posts = fewPosts, following = massFollowing, perFollower = erFarBelow

        /// Per follower and per view, engagement is one piece of evidence read twice (both count the same likes):
        /// together they cost at most this, so engagement alone never excludes an account (hidden likes on
        /// YouTube's made-for-kids videos look like a dead audience on both).
        public static let engagementFamily = 0.5
    }

    /// Signals weaker than this are not listed (they still count in the score).
    public static let signalFloor = 0.02

    /// The account's authenticity signals, score and confidence. Every signal is a smooth ramp on a log scale
    /// between "nothing unusual" and "as strong as it gets" (docs/scoring.md "Authenticity" lists each with its source):
    ///
    /// - few posts: 0 posts full strength, 10 or more none (1 − log10(posts + 1) / log10(11));
    /// - mass following: following/followers from 1.5 (none; ordinary accounts follow up to about that) to 20
    ///   (full), or following from 1,500 (HypeAuditor's mass-follower line) to 7,500 (Instagram's cap) at half
    ///   strength, whichever is larger;
    /// - engagement per follower below the tier's `low_er` (≈ 5th percentile): full at a tenth of it;
    /// - above `high_er`: full at ten times it — only without views, since views beyond the followers explain a high
    ///   per-follower rate on TikTok and YouTube;
    /// - engagement per view outside [`low_er`, `high_er`] of the platform's per-view row: full at a tenth / ten times;
    /// - comments per like below 0.2 % (full at 0.02 %) or above 20 % (full at 100 %), with at least 50 likes;
    /// - a run of 4 or more digits in the handle (full at 6); sponsored share above 50 % (full at 100 %); a follower spike.
    /// The per-follower and per-view engagement signals together cost at most `AuthenticityWeight.engagementFamily`.
    /// Zero likes or comments read as "not shown", not as evidence.
    func authenticity(_ account: CreatorAccount, tier: String, rate: Double?, benchmark: EngagementBenchmark?)
        -> Authenticity
    {
        typealias W = AuthenticityWeight
        var signals: [AuthenticitySignal] = []
        var available = 0.0
        var applicable = W.posts + W.following + W.perFollower + W.commentsLikes
        func add(_ flag: AuthenticityFlag, _ strength: Double, weight: Double, value: Double, norm: Double) {
            let penalty = min(1, max(0, strength)) * weight
            if penalty > 0 {
                signals.append(AuthenticitySignal(flag: flag, penalty: penalty, value: value, norm: norm))
            }
        }
        if let posts = account.posts {
            available += W.posts
            add(
                .fewPosts, 1 - log10(Double(max(posts, 0)) + 1) / log10(11), weight: W.fewPosts, value: Double(posts),
                norm: 10)
        }
        if let following = account.following {
            available += W.following
            let ratio = Double(following) / Double(max(account.followers, 1))
            let byRatio = ratio > 1.5 ? log10(ratio / 1.5) / log10(20 / 1.5) : 0
            let byCount = Double(following - 1500) / 6000 * 0.5
            add(.massFollowing, max(byRatio, byCount), weight: W.massFollowing, value: Double(following), norm: ratio)
        }
        let interactions = account.interactionsPerPost ?? 0
        let viewBenchmark = reference.benchmarks.benchmark(platform: account.platform, tier: tier, basis: .views)
        let views = account.avgViews ?? 0
        if viewBenchmark != nil { applicable += W.likesViews }
        if let rate, let benchmark, rate > 0 {
            available += W.perFollower
            if rate < benchmark.low {
                add(
                    .erFarBelowTier, log10(benchmark.low / rate), weight: W.erFarBelow, value: rate,
                    norm: benchmark.median)
            } else if rate > benchmark.high && !(views > 0 && viewBenchmark != nil) {
                add(
                    .erFarAboveTier, log10(rate / benchmark.high), weight: W.erFarAbove, value: rate,
                    norm: benchmark.median)
            }
        }
        if let viewBenchmark, views > 0, interactions > 0 {
            available += W.likesViews
            let perView = interactions / views
            if perView < viewBenchmark.low {
                add(
                    .likesViewsAnomaly, log10(viewBenchmark.low / perView), weight: W.likesViews, value: perView,
                    norm: viewBenchmark.median)
            } else if perView > viewBenchmark.high {
                add(
                    .likesViewsAnomaly, log10(perView / viewBenchmark.high), weight: W.likesViews, value: perView,
                    norm: viewBenchmark.median)
            }
        }
        if let likes = account.avgLikes, let comments = account.avgComments, likes >= 50, comments > 0 {
            available += W.commentsLikes
            let ratio = comments / likes
            if ratio < 0.002 {
                add(.commentsLikesAnomaly, log10(0.002 / ratio), weight: W.commentsLikes, value: ratio, norm: 0)
            } else if ratio > 0.2 {
                add(
                    .commentsLikesAnomaly, log10(ratio / 0.2) / log10(5), weight: W.commentsLikes, value: ratio, norm: 0
                )
            }
        }
        let digits = Self.longestDigitRun(in: account.handle, platform: account.platform)
        if digits >= 4 {
            add(.digitHandle, Double(digits - 3) / 3, weight: W.digitHandle, value: Double(digits), norm: 0)
        }
        if let sponsored = account.sponsoredRatio, sponsored > 0.5 {
            add(.heavySponsored, (sponsored - 0.5) / 0.5, weight: W.heavySponsored, value: sponsored, norm: 0)
        }
        if let credibility = account.audience.credibility, credibility < 0.75 {
            // Modash: follower credibility under 75 % is "often a sign of fraud"; full strength at 25 %.
            add(
                .lowAudienceCredibility, log10(0.75 / max(credibility, 0.01)) / log10(3), weight: W.lowCredibility,
                value: credibility, norm: 0.75)
        }
        if followerSpikes.contains(account.id) { add(.followerSpike, 1, weight: W.followerSpike, value: 0, norm: 0) }
        guard !signals.isEmpty else {
            return Authenticity(score: 1, confidence: min(1, available / applicable), signals: [])
        }
        func engagementSignal(_ flag: AuthenticityFlag) -> Bool {
            flag == .erFarBelowTier || flag == .erFarAboveTier || flag == .likesViewsAnomaly
        }
        let engagement = signals.reduce(0) { engagementSignal($1.flag) ? $0 + $1.penalty : $0 }
        if engagement > W.engagementFamily {
            for i in signals.indices where engagementSignal(signals[i].flag) {
                signals[i].penalty *= W.engagementFamily / engagement
            }
        }
        let penalty = signals.reduce(0) { $0 + $1.penalty }
        // Strongest first; equal penalties keep the order above (a stable sort), so the list depends on nothing else.
        var listed = signals.filter { $0.penalty >= Self.signalFloor }
        if listed.count > 1 {
            listed = listed.enumerated().sorted {
                $0.element.penalty != $1.element.penalty
                    ? $0.element.penalty > $1.element.penalty : $0.offset < $1.offset
            }
            .map(\.element)
        }
        return Authenticity(score: max(0, 1 - penalty), confidence: min(1, available / applicable), signals: listed)
    }

    /// The longest run of digits in the handle (`ernestovalverde6609` → 4); 0 for YouTube channel ids (`uc…`).
    static func longestDigitRun(in handle: String, platform: Platform) -> Int {
        if platform == .youtube && handle.hasPrefix("uc") && handle.utf8.count == 24 { return 0 }
        var run = 0
        var best = 0
        for byte in handle.utf8 {
            run = byte >= 0x30 && byte <= 0x39 ? run + 1 : 0
            best = max(best, run)
        }
        return best
    }

    /// The authenticity of `account` on its own (tier, rate and benchmark looked up), e.g. for listing exclusions.
    public func authenticity(of account: CreatorAccount) -> Authenticity {
        let tier = reference.tiers.tier(platform: account.platform, followers: account.followers)
        return authenticity(
            account, tier: tier, rate: Self.engagementRate(of: account),
            benchmark: reference.benchmarks.benchmark(platform: account.platform, tier: tier))
    }
}
