/// The columns of a shortlist deliverable, in the order the CSVs and the workbook's brief sheets share:
/// client-facing columns first, then the component scores and flags, then ids.
///
/// The CSVs add `brief_id` and `brand` in front and `profile_url` after the handle (a CSV cell cannot be a link);
/// the workbook shows the price's currency in the price cell's format instead of one more column.
public enum ShortlistColumn: String, Sendable, CaseIterable {
    case rank, creator, handle, profileURL, platform, followers, tier, engagementRate, avgViews, score
    case price, priceCurrency, priceSource, email, website, matchedNiche, nicheSource, why
    case niche, relevance, engagement, authenticity, authenticityConfidence, audience, commercial, affinity, flags
    case creatorID, otherAccounts, change

    /// How a column's values are typed in the workbook.
    public enum Kind: Sendable {
        case integer, percent, score, price, text, wrappedText, link, email
    }

    /// The CSV header name.
    public var csvName: String {
        switch self {
        case .rank: "rank"
        case .creator: "display_name"
        case .handle: "handle"
        case .profileURL: "profile_url"
        case .platform: "platform"
        case .followers: "followers"
        case .tier: "tier"
        case .engagementRate: "engagement_rate"
        case .avgViews: "avg_views"
        case .score: "score"
        case .price: "price"
        case .priceCurrency: "price_currency"
        case .priceSource: "price_source"
        case .email: "email"
        case .website: "website"
        case .matchedNiche: "matched_niche"
        case .nicheSource: "niche_source"
        case .why: "why"
        case .niche: "niche"
        case .relevance: "relevance"
        case .engagement: "engagement"
        case .authenticity: "authenticity"
        case .authenticityConfidence: "authenticity_confidence"
        case .audience: "audience"
        case .commercial: "commercial"
        case .affinity: "affinity"
        case .flags: "flags"
        case .creatorID: "creator_id"
        case .otherAccounts: "other_accounts"
        case .change: "change"
        }
    }

    /// The workbook's header text.
    public var title: String {
        switch self {
        case .rank: "Rank"
        case .creator: "Creator"
        case .handle: "Handle"
        case .profileURL: "Profile"
        case .platform: "Platform"
        case .followers: "Followers"
        case .tier: "Tier"
        case .engagementRate: "Engagement rate"
        case .avgViews: "Avg views"
        case .score: "Score (0–100)"
        case .price: "Est. price per post"
        case .priceCurrency: "Currency"
        case .priceSource: "Price source"
        case .email: "E-mail"
        case .website: "Website"
        case .matchedNiche: "Niche"
        case .nicheSource: "Niche source"
        case .why: "Why"
        case .niche: "Niche fit"
        case .relevance: "Relevance"
        case .engagement: "Engagement fit"
        case .authenticity: "Authenticity"
        case .authenticityConfidence: "Authenticity confidence"
        case .audience: "Audience fit"
        case .commercial: "Commercial fit"
        case .affinity: "Brand affinity"
        case .flags: "Flags"
        case .creatorID: "Creator id"
        case .otherAccounts: "Other accounts"
        case .change: "Change since last night"
        }
    }

    public var kind: Kind {
        switch self {
        case .rank, .followers, .avgViews: .integer
        case .engagementRate: .percent
        case .score, .niche, .relevance, .engagement, .authenticity, .authenticityConfidence, .audience, .commercial,
            .affinity:
            .score
        case .price: .price
        case .handle, .website: .link
        case .email: .email
        case .why: .wrappedText
        default: .text
        }
    }

    /// Column width in the workbook, in characters.
    public var width: Double {
        switch self {
        case .rank: 6
        case .creator: 26
        case .handle: 24
        case .platform, .tier: 10
        case .followers, .avgViews: 12
        case .engagementRate: 11
        case .score: 9
        case .price: 18
        case .email, .website: 28
        case .matchedNiche: 24
        case .why: 70
        case .niche, .relevance, .engagement, .authenticity, .authenticityConfidence, .audience, .commercial, .affinity:
            11
        case .nicheSource: 10
        case .priceSource: 13
        case .flags: 24
        case .creatorID: 28
        case .otherAccounts: 28
        default: 14
        }
    }

    /// The component scores and flags, grouped (collapsible) in the workbook.
    public var isDetail: Bool {
        switch self {
        case .niche, .relevance, .engagement, .authenticity, .authenticityConfidence, .audience, .commercial, .affinity,
            .flags:
            true
        default: false
        }
    }

    /// The columns of one brief's deliverable, with or without contact details and the history column.
    public static func columns(contact: Bool, history: Bool) -> [ShortlistColumn] {
        allCases.filter { column in
            switch column {
            case .email, .website: contact
            case .change: history
            default: true
            }
        }
    }

    /// The workbook's columns: the CSV's, less those shown through a cell's link or format.
    public static func sheetColumns(contact: Bool, history: Bool) -> [ShortlistColumn] {
        columns(contact: contact, history: history).filter { ![.profileURL, .priceCurrency].contains($0) }
    }
}
