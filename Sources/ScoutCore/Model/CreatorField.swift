/// The canonical fields of a creator export; header aliases in `data/header_aliases.csv` map onto these.
public enum CreatorField: String, Sendable, Hashable, CaseIterable {
    case platform, handle
    case displayName = "display_name"
    case profileURL = "profile_url"
    case platformID = "platform_id"
    case followers, following, posts
    case avgLikes = "avg_likes"
    case avgComments = "avg_comments"
    case avgViews = "avg_views"
    case avgShares = "avg_shares"
    case avgSaves = "avg_saves"
    /// Average interactions per post (likes + comments) when an export gives only the sum.
    case avgEngagements = "avg_engagements"
    case engagementRate = "engagement_rate"
    case niches, bio, hashtags, captions, country
    case audienceCountry = "audience_country"
    case language, email, website
    case brandMentions = "brand_mentions"
    case sponsoredRatio = "sponsored_ratio"
    case estCost = "est_cost"
    case currency
    case asOf = "as_of"

    /// The position of this field in a `SourceRow`'s value array.
    /// (A switch, not a dictionary: this runs for every cell read. `CreatorFieldTests` checks it against `allCases`.)
    public var ordinal: Int {
        switch self {
        case .platform: 0
        case .handle: 1
        case .displayName: 2
        case .profileURL: 3
        case .platformID: 4
        case .followers: 5
        case .following: 6
        case .posts: 7
        case .avgLikes: 8
        case .avgComments: 9
        case .avgViews: 10
        case .avgShares: 11
        case .avgSaves: 12
        case .avgEngagements: 13
        case .engagementRate: 14
        case .niches: 15
        case .bio: 16
        case .hashtags: 17
        case .captions: 18
        case .country: 19
        case .audienceCountry: 20
        case .language: 21
        case .email: 22
        case .website: 23
        case .brandMentions: 24
        case .sponsoredRatio: 25
        case .estCost: 26
        case .currency: 27
        case .asOf: 28
        }
    }

    /// Fields holding counts (followers, averages).
    public var isCount: Bool {
        switch self {
        case .followers, .following, .posts, .avgLikes, .avgComments, .avgViews, .avgShares, .avgSaves,
            .avgEngagements, .estCost:
            return true
        default: return false
        }
    }

    /// Fields holding rates (engagement rate, sponsored share).
    public var isRate: Bool { self == .engagementRate || self == .sponsoredRatio }

    /// Fields that may come from several columns and are joined with `|` (e.g. Category_1 and Category_2).
    public var joinsColumns: Bool { self == .niches || self == .hashtags || self == .brandMentions || self == .captions }
}
