/// What lookalike scoring reads of one seed creator (a brief's `seed_creators`): brief-independent facts of its
/// prepared account, so the compiled path (`SeedProfile`) and the model (`MatchModel.seedMatch`) start from the same
/// values.
package struct SeedFacts: Sendable, Hashable {
    /// `platform:handle`.
    var accountID: String
    var handle: String
    /// Taxonomy niche ids with their weights (1 stated, the confidence when inferred), as `PreparedAccount` has them.
    var nicheIDs: [String]
    var nicheWeights: [Double]
    var tier: String
    /// `MatchModel.engagement(_:)`: the engagement level against the tier's benchmark, 0–1.
    var engagement: Double
    /// The account's country and audience country, the known ones.
    var countries: [String]
    /// Stated or read off the bio; empty when unknown.
    var language: String

    init(_ account: PreparedAccount, model: MatchModel) {
        accountID = account.account.id
        handle = account.account.handle
        nicheIDs = account.nicheIDs
        nicheWeights = account.nicheWeights
        tier = account.tier
        engagement = model.engagement(account).score
        countries = [account.account.country, account.account.audienceCountry].filter { !$0.isEmpty }
        language = account.language
    }
}

extension SeedFacts: Codable {
    enum CodingKeys: String, CodingKey {
        case accountID = "account_id"
        case handle, tier, countries, language, engagement
        case nicheIDs = "niches"
        case nicheWeights = "niche_weights"
    }

    /// Doubles as bit patterns (`ExactDouble`), like every published figure.
    package init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        func exact(_ text: String, _ key: CodingKeys) throws -> Double {
            guard let value = ExactDouble.value(text) else {
                throw DecodingError.dataCorruptedError(
                    forKey: key, in: c, debugDescription: "'\(text)' is not a bit pattern")
            }
            return value
        }
        accountID = try c.decode(String.self, forKey: .accountID)
        handle = try c.decode(String.self, forKey: .handle)
        nicheIDs = try c.decode([String].self, forKey: .nicheIDs)
        nicheWeights = try c.decode([String].self, forKey: .nicheWeights).map { try exact($0, .nicheWeights) }
        tier = try c.decode(String.self, forKey: .tier)
        engagement = try exact(c.decode(String.self, forKey: .engagement), .engagement)
        countries = try c.decode([String].self, forKey: .countries)
        language = try c.decode(String.self, forKey: .language)
    }

    package func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(accountID, forKey: .accountID)
        try c.encode(handle, forKey: .handle)
        try c.encode(nicheIDs, forKey: .nicheIDs)
        try c.encode(nicheWeights.map(ExactDouble.text), forKey: .nicheWeights)
        try c.encode(tier, forKey: .tier)
        try c.encode(ExactDouble.text(engagement), forKey: .engagement)
        try c.encode(countries, forKey: .countries)
        try c.encode(language, forKey: .language)
    }
}
