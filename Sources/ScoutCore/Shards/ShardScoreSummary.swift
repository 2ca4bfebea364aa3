/// `score.json` in a score shard's folder: what the merge step needs of the shard besides its pool and its
/// inauthentic accounts.
struct ShardScoreSummary: Codable, Sendable {
    /// Creator niche labels the taxonomy lacks, sorted (the merge step warns about the union).
    var unknownNiches: [String]
    /// The accounts scored.
    var accounts: Int

    enum CodingKeys: String, CodingKey {
        case accounts
        case unknownNiches = "unknown_niches"
    }
}
