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
    /// The brief lists only creators related to its brand (`relationship_mode` = `only`) and this one is not.
    case notRelated = "not_related"

    /// The position in `allCases` (a switch, not a lookup: the scoring walk counts with it for every excluded pair).
    @inline(__always)
    var ordinal: Int {
        switch self {
        case .platform: return 0
        case .lowAuthenticity: return 1
        case .country: return 2
        case .countryUnknown: return 3
        case .followersBelowMin: return 4
        case .followersAboveMax: return 5
        case .tier: return 6
        case .engagementBelowMin: return 7
        case .language: return 8
        case .languageUnknown: return 9
        case .excludedHandle: return 10
        case .excludedCompetitor: return 11
        case .noFit: return 12
        case .notRelated: return 13
        }
    }

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
        case .notRelated: return "not related to the brand (relationship_mode=only)"
        }
    }
}
