/// Why a creator cannot fill a slot on a brief's shortlist: the hard filters, in the order they are checked. The
/// per-brief funnel (`BriefFunnel`) counts each creator under the first one it fails, in this order.
public enum ExclusionReason: String, Sendable, Hashable, CaseIterable, Codable {
    case platform
    case lowAuthenticity = "low_authenticity"
    case country
    /// A country filter, and the creator's country and audience country are both unknown (`unknown_country` = fail).
    case countryUnknown = "country_unknown"
    case followersBelowMin = "followers_below_min"
    case followersAboveMax = "followers_above_max"
    case tier
    case engagementBelowMin = "engagement_below_min"
    case language
    /// A language filter, the creator's language is unknown and the brief says `unknown_language` = fail.
    case languageUnknown = "language_unknown"
    case excludedHandle = "excluded_handle"
    case excludedCompetitor = "excluded_competitor"
    /// Neither a niche match (at least the brief's `min_fit`) nor a matched keyword.
    case noFit = "no_fit"

    /// The filter in words, for the run summary and `brief_report.csv`.
    public var label: String {
        switch self {
        case .platform: return "platform"
        case .lowAuthenticity: return "authenticity below --min-authenticity"
        case .country: return "country"
        case .countryUnknown: return "country unknown"
        case .followersBelowMin: return "fewer followers than min_followers"
        case .followersAboveMax: return "more followers than max_followers"
        case .tier: return "tier"
        case .engagementBelowMin: return "engagement below min_engagement_rate"
        case .language: return "language"
        case .languageUnknown: return "language unknown"
        case .excludedHandle: return "excluded handle"
        case .excludedCompetitor: return "competitor in their posts"
        case .noFit: return "no niche or keyword fit"
        }
    }
}
