extension ShortlistRow {
    /// The value of `column` as the CSVs write it (numbers locale-neutral; rates and scores as fractions).
    public func text(_ column: ShortlistColumn) -> String {
        switch column {
        case .rank: String(rank)
        case .creator: displayName
        case .handle: handle
        case .profileURL: link?.url ?? ""
        case .platform: platform.rawValue
        case .followers: String(followers)
        case .tier: tier
        case .engagementRate: engagementRate.map { NumberText.fixed($0, 4) } ?? ""
        case .avgViews: avgViews.map { String(Int($0.rounded())) } ?? ""
        case .score: NumberText.fixed(score, 4)
        case .price: price.map { NumberText.format(($0.amount * 100).rounded() / 100) } ?? ""
        case .priceCurrency: price?.currency ?? ""
        case .priceSource: price?.source.rawValue ?? ""
        case .email: contact?.email ?? ""
        case .website: contact?.website ?? ""
        case .matchedNiche: matchedNiche
        case .nicheSource: nicheSource
        case .why: why
        case .niche: NumberText.fixed(components.niche, 3)
        case .relevance: NumberText.fixed(components.relevance, 3)
        case .engagement: NumberText.fixed(components.engagement, 3)
        case .authenticity: NumberText.fixed(components.authenticity, 3)
        case .authenticityConfidence: NumberText.fixed(authenticityConfidence, 2)
        case .audience: NumberText.fixed(components.audience, 3)
        case .commercial: NumberText.fixed(components.commercial, 3)
        case .affinity: NumberText.fixed(components.affinity, 3)
        case .flags: flags.joined(separator: "|")
        case .creatorID: creatorID
        case .otherAccounts: otherAccounts.joined(separator: "|")
        case .change: change ?? ""
        }
    }

    /// The component score of a detail column, in [0, 1]; `nil` for other columns.
    public func component(_ column: ShortlistColumn) -> Double? {
        switch column {
        case .niche: components.niche
        case .relevance: components.relevance
        case .engagement: components.engagement
        case .authenticity: components.authenticity
        case .authenticityConfidence: authenticityConfidence
        case .audience: components.audience
        case .commercial: components.commercial
        case .affinity: components.affinity
        case .score: score
        default: nil
        }
    }
}
