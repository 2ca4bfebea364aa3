/// A brand's campaign brief: what it looks for, hard filters, and how many creators it wants.
public struct Brief: Sendable, Hashable {
    public var id: String
    public var brand: String
    /// Niche labels as written in the brief.
    public var niches: [String] = []
    public var keywords: [String] = []
    public var description = ""
    /// Empty means every platform.
    public var platforms: [Platform] = []
    public var minFollowers: Int?
    public var maxFollowers: Int?
    /// As a fraction.
    public var minEngagementRate: Double?
    /// ISO 3166 alpha-2, upper case; empty means anywhere.
    public var countries: [String] = []
    /// ISO 639-1, lower case; empty means any language.
    public var languages: [String] = []
    public var budget: Double?
    public var currency = ""
    public var shortlistSize = 10
    /// Handles (any URL or `@` form) and competitor brand names that disqualify a creator.
    public var exclude: [String] = []
    /// Follower tiers (`nano`, `micro`, … from `data/tiers.csv`); empty means any tier.
    public var tiers: [String] = []
    /// Diversity: at most this many creators from one country on the shortlist (`nil`: no cap).
    public var maxPerCountry: Int?
    /// At most this many creators from one platform on the shortlist (`max_per_platform`; `nil`: no cap).
    public var maxPerPlatform: Int?
    /// The platform mix (`platform_mix`, `instagram:6|tiktok:4`): at most this many creators of each named platform,
    /// none of the others; empty: any mix.
    public var platformMix: [Platform: Int] = [:]
    /// The audience the brief asks for (`audience_gender`, `audience_age`, `min_audience_share`); empty: any.
    public var audience = AudienceTarget()
    /// Whether `budget` is each creator's share (default) or the whole list's (`budget_mode`).
    public var budgetMode = BudgetMode.perCreator
    /// The niches that matter most (`travel` for a travel app that also takes `lifestyle`); empty: every niche is
    /// primary. A match on any other listed niche counts at most `MatchModel.secondaryNicheFactor` of a primary one.
    public var primaryNiches: [String] = []
    /// The least niche score that counts as fit (`min_fit`); `nil` uses the run's default (`--min-fit`). A creator
    /// with neither a niche match of at least this nor a matched keyword does not fill a slot.
    public var minFit: Double?
    /// Whether a creator whose country (and audience country) is unknown passes a country filter.
    public var unknownCountry = UnknownValuePolicy.fail
    /// Whether a creator whose language is unknown passes a language filter.
    public var unknownLanguage = UnknownValuePolicy.pass
    /// Per-brief overrides of the score weights, keyed by component name (`niche`, `relevance`, …).
    public var weights: [String: Double] = [:]
    /// Put the shortlisted creators' e-mail and website into this brief's deliverables (`include_contact`).
    public var includeContact = false
    /// Outreach windows in days (`declined_days`, `pitched_days`, `conflict_days`); nil uses `OutreachRules`' defaults.
    public var declinedDays: Int?
    public var pitchedDays: Int?
    public var conflictDays: Int?
    /// `relationship_mode`: `prefer` adds `relationship_boost` to the scores of creators related to the brand
    /// (`Relationships`); nil leaves them as they are.
    public var relationshipMode: RelationshipMode?
    /// `relationship_boost`: what `prefer` adds to a related creator's score; nil uses `defaultRelationshipBoost`.
    public var relationshipBoost: Double?
    /// The boost `prefer` adds when the brief does not say (a tenth of the 0–1 score).
    public static let defaultRelationshipBoost = 0.1
    /// `seed_creators`: proven creators (ids, `platform:handle`, profile URLs or `@handle`) whose lookalikes the brief
    /// wants; empty: no lookalike scoring at all (`SeedProfile`).
    public var seedCreators: [String] = []
    /// `seed_weight`: what a perfect lookalike adds to its score (similarity × weight); nil uses `defaultSeedWeight`.
    public var seedWeight: Double?
    /// The weight of seed similarity when the brief does not say (a tenth of the 0–1 score, like the relationship boost).
    public static let defaultSeedWeight = 0.1
    /// `campaign_hashtags`: the brand's campaign hashtags as written (`#glowlabsummer`); creators who used one count
    /// as tagging the brand (brand affinity 1).
    public var campaignHashtags: [String] = []
    /// `outcomes_weight`: the most past campaign outcomes can add to (or take from) a creator's score (`Outcomes`);
    /// nil uses `defaultOutcomesWeight`, 0 ignores outcomes for this brief.
    public var outcomesWeight: Double?
    /// The outcomes weight when the brief does not say (a tenth of the 0–1 score, like the relationship boost).
    public static let defaultOutcomesWeight = 0.1
    /// The line in the briefs file, for messages.
    public var line = 0

    public init(id: String, brand: String) {
        self.id = id
        self.brand = brand
    }
}
