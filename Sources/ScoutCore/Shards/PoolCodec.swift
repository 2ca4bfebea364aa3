/// `pool.csv` in a score shard's folder: each brief's pool as shortlist rows, brief by brief, best first. Every
/// number is written as its bit pattern (`ExactDouble`), so the merge step ranks and shows exactly the values the
/// shard computed.
enum PoolCodec {
    static let header = ["brief_id", "creator_id", "score", "person", "country", "platform", "handle", "display_name", "profile_url",
                         "other_accounts", "followers", "tier", "engagement_rate"] + ScoreWeights.names + ["flags", "why"]

    static func write(_ entries: [PoolEntry], to path: String) throws {
        try IntermediateTable.write(path, header: header, rows: entries.lazy.map { entry -> [String] in
            let r = entry.row
            return [r.briefID, r.creatorID, ExactDouble.text(r.score), entry.person, entry.country, r.platform.rawValue, r.handle,
                    r.displayName, r.profileURL, r.otherAccounts.joined(separator: "|"), String(r.followers), r.tier,
                    r.engagementRate.map(ExactDouble.text) ?? ""] + r.components.values.map(ExactDouble.text)
                + [r.flags.joined(separator: "|"), r.why]
        })
    }

    /// The entries of `path`; `brands` gives each brief's brand.
    static func read(_ path: String, brands: [String: String]) throws -> [PoolEntry] {
        try StageTableReader.read(path, required: header) { records, c in
            records.map { r -> Result<PoolEntry, any Error> in
                func list(_ i: Int) -> [String] { r[c[i]].split(separator: "|").map(String.init) }
                let components = (13..<(13 + ScoreWeights.names.count)).compactMap { ExactDouble.value(r[c[$0]]) }
                let rate = r[c[12]]
                guard let score = ExactDouble.value(r[c[2]]), let platform = Platform(rawValue: r[c[5]]), let followers = Int(r[c[10]]),
                      components.count == ScoreWeights.names.count, rate.isEmpty || ExactDouble.value(rate) != nil else {
                    return .failure(ScoutError.badIntermediate(path: "\(path):\(r.line)", reason: "bad pool row for \(r[c[0]]) \(r[c[1]])"))
                }
                let row = ShortlistRow(
                    briefID: r[c[0]], brand: brands[r[c[0]]] ?? "", rank: 0, creatorID: r[c[1]], platform: platform, handle: r[c[6]],
                    displayName: r[c[7]], profileURL: r[c[8]], otherAccounts: list(9), followers: followers, tier: r[c[11]],
                    engagementRate: ExactDouble.value(rate), score: score, components: ScoreComponents(values: components),
                    flags: list(13 + ScoreWeights.names.count), why: r[c[14 + ScoreWeights.names.count]])
                return .success(PoolEntry(row: row, person: r[c[3]], country: r[c[4]]))
            }
        }.values
    }
}
