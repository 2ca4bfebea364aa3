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
    case audienceFemale = "audience_female"
    case audienceMale = "audience_male"
    case audienceAge13to17 = "audience_age_13_17"
    case audienceAge18to24 = "audience_age_18_24"
    case audienceAge25to34 = "audience_age_25_34"
    case audienceAge35to44 = "audience_age_35_44"
    case audienceAge45plus = "audience_age_45_plus"
    case audienceCountryShare = "audience_country_share"
    case audienceCredibility = "audience_credibility"

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
        case .audienceFemale: 29
        case .audienceMale: 30
        case .audienceAge13to17: 31
        case .audienceAge18to24: 32
        case .audienceAge25to34: 33
        case .audienceAge35to44: 34
        case .audienceAge45plus: 35
        case .audienceCountryShare: 36
        case .audienceCredibility: 37
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

    /// Fields holding rates (engagement rate, sponsored share, audience shares).
    public var isRate: Bool {
        self == .engagementRate || self == .sponsoredRatio || ordinal >= CreatorField.audienceFemale.ordinal
    }

    /// The audience age columns, in `AudienceDemographics.AgeBucket` order.
    public static let audienceAges: [CreatorField] = [
        .audienceAge13to17, .audienceAge18to24, .audienceAge25to34, .audienceAge35to44, .audienceAge45plus,
    ]

    /// Fields that may come from several columns and are joined with `|` (e.g. Category_1 and Category_2).
    public var joinsColumns: Bool {
        self == .niches || self == .hashtags || self == .brandMentions || self == .captions
    }
}
