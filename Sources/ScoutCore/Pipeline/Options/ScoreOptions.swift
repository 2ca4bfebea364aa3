/// How stage 3 scores. Every property changes its output and is part of its resume fingerprint (the thread
/// count, which does not, is `PipelineOptions.threads`).
public struct ScoreOptions: Sendable, Codable, Equatable {
    /// Creators whose authenticity is below this are excluded from every shortlist (listed in `inauthentic.csv`).
    public var minAuthenticity: Double
    /// The least niche score that counts as fit for briefs without `min_fit` (`--min-fit`; 0: any niche match).
    public var minFit: Double
    /// A CSV (`creator,reason`) of creators never to list (`--do-not-contact`); nil for none. Applied before the top K
    /// is chosen, so lists refill (`OutreachRules`); the file's bytes are part of the fingerprint.
    public var doNotContact: String?
    /// The outreach statuses CSV (`--statuses`, `OutreachStatuses`); nil for none.
    public var statuses: String?
    /// The night's date the status windows count back from (`--as-of`, else the run id when it is a date, else
    /// today's UTC date); set only with statuses or outcomes, so nights without them keep their fingerprint.
    public var asOf: String?
    /// The relationships CSV (`--relationships`, `Relationships`); nil for none.
    public var relationships: String?
    /// The campaign outcomes CSV (`--outcomes`, `Outcomes`); nil for none.
    public var outcomes: String?

    public init(
        minAuthenticity: Double = MatchModel.defaultMinAuthenticity, minFit: Double = MatchModel.defaultMinFit,
        doNotContact: String? = nil, statuses: String? = nil, asOf: String? = nil
    ) {
        self.minAuthenticity = minAuthenticity
        self.minFit = minFit
        self.doNotContact = doNotContact
        self.statuses = statuses
        self.asOf = asOf
    }

    enum CodingKeys: String, CodingKey {
        case minAuthenticity, minFit, doNotContact, statuses, asOf, relationships, outcomes
    }

    /// Reads `run.json` of nights before `min_fit` existed too (they ran with the default).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        minAuthenticity = try container.decode(Double.self, forKey: .minAuthenticity)
        minFit = try container.decodeIfPresent(Double.self, forKey: .minFit) ?? MatchModel.defaultMinFit
        doNotContact = try container.decodeIfPresent(String.self, forKey: .doNotContact)
        statuses = try container.decodeIfPresent(String.self, forKey: .statuses)
        asOf = try container.decodeIfPresent(String.self, forKey: .asOf)
        relationships = try container.decodeIfPresent(String.self, forKey: .relationships)
        outcomes = try container.decodeIfPresent(String.self, forKey: .outcomes)
    }
}
