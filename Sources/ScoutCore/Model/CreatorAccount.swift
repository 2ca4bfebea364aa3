/// A creator's account on one platform, with typed, normalised values.
public struct CreatorAccount: Sendable, Hashable {
    /// `platform:handle`, stable across runs.
    public var id: String { "\(platform.rawValue):\(handle)" }
    public var platform: Platform
    /// Lower-cased, NFKC-normalised, without `@`.
    public var handle: String
    public var displayName = ""
    public var profileURL = ""
    public var platformID = ""
    public var followers: Int
    public var following: Int?
    public var posts: Int?
    public var avgLikes: Double?
    public var avgComments: Double?
    public var avgViews: Double?
    public var avgShares: Double?
    public var avgSaves: Double?
    public var avgEngagements: Double?
    /// The rate the export stated, as a fraction (0.034 for 3.4%).
    public var statedEngagementRate: Double?
    /// Niche labels as written in the export.
    public var niches: [String] = []
    public var bio = ""
    public var hashtags: [String] = []
    public var captions = ""
    /// ISO 3166 alpha-2 where recognised, otherwise the text as given.
    public var country = ""
    public var audienceCountry = ""
    /// ISO 639-1 where recognised.
    public var language = ""
    /// A hash of the e-mail address (see `EmailKey`); the address itself is never kept or written.
    public var emailHash = ""
    public var website = ""
    public var brandMentions: [String] = []
    public var sponsoredRatio: Double?
    /// Audience gender, age, country share and credibility, when the export reports them.
    public var audience = AudienceDemographics()
    public var estCost: Double?
    public var currency = ""
    /// ISO date (`yyyy-mm-dd`) of the snapshot, empty when unknown.
    public var asOf = ""
    /// Every input row that contributed to this account, first the one that won.
    public var sources: [SourceRef] = []
    /// The person this account belongs to (`p:` + the smallest account id of the person), set by identity
    /// resolution; empty before it ran.
    public var personID = ""

    public init(platform: Platform, handle: String, followers: Int) {
        self.platform = platform
        self.handle = handle
        self.followers = followers
    }

    /// `personID`, or this account alone as a person when identity resolution has not run.
    public var personKey: String { personID.isEmpty ? "p:" + id : personID }

    /// Interactions per post: likes + comments (+ shares + saves where given), or the export's sum.
    public var interactionsPerPost: Double? {
        if avgLikes == nil && avgComments == nil { return avgEngagements }
        return (avgLikes ?? 0) + (avgComments ?? 0) + (avgShares ?? 0) + (avgSaves ?? 0)
    }

    /// Engagement rate as a fraction: the stated rate, else interactions per post over followers.
    public var engagementRate: Double? {
        if let statedEngagementRate { return statedEngagementRate }
        guard followers > 0, let interactions = interactionsPerPost else { return nil }
        return interactions / Double(followers)
    }
}

extension CreatorAccount {
    /// An account without heap storage, left in the slot of an account moved out of an array
    /// (`ChunkConcatenation`).
    static let filler = CreatorAccount(platform: .instagram, handle: "", followers: 0)
}
