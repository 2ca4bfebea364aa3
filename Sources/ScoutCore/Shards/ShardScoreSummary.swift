/// `score.json` in a score shard's folder: what the merge step needs of the shard besides its pool and its
/// inauthentic accounts.
package struct ShardScoreSummary: Codable, Sendable {
    /// Creator niche labels the taxonomy lacks, sorted (the merge step warns about the union).
    package var unknownNiches: [String]
    /// The accounts scored.
    package var accounts: Int
    /// The shard's accounts in authenticity numbers (the merge step adds them up).
    package var authenticity: AuthenticitySummary

    enum CodingKeys: String, CodingKey {
        case accounts, authenticity
        case unknownNiches = "unknown_niches"
    }
}
