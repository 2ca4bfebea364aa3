/// `pool.csv` in a score shard's folder: each brief's pool as shortlist rows, brief by brief, best first. Every
/// number is written as its bit pattern (`ExactDouble`), so the merge step ranks and shows exactly the values the
/// shard computed; the profile link is rebuilt from platform, handle and platform id as the row builder builds it.
enum PoolCodec {
    static let header =
        [
            "brief_id", "creator_id", "score", "person", "country", "platform", "handle", "platform_id", "display_name",
            "other_accounts", "followers", "tier", "engagement_rate",
        ] + ScoreWeights.names
        + [
            "price", "price_currency", "price_source", "contact_website", "matched_niche", "flags", "why", "sources",
            "niche_source",
            "authenticity_confidence", "avg_views",
        ]

    static func write(_ entries: [PoolEntry], to path: String) throws {
        try IntermediateTable.write(
            path, header: header,
            rows: entries.lazy.map { entry -> [String] in
                let r = entry.row
                var fields =
                    [
                        r.briefID, r.creatorID, ExactDouble.text(r.score), entry.person, entry.country,
                        r.platform.rawValue, r.handle,
                        r.platformID, r.displayName, r.otherAccounts.joined(separator: "|"), String(r.followers),
                        r.tier,
                        r.engagementRate.map(ExactDouble.text) ?? "",
                    ] + r.components.values.map(ExactDouble.text)
                fields += [
                    r.price.map { ExactDouble.text($0.amount) } ?? "", r.price?.currency ?? "",
                    r.price?.source.rawValue ?? "",
                    // `-` for a row without contact details, so an empty website still reads as contact given.
                    r.contact.map(\.website) ?? "-", r.matchedNiche, r.flags.joined(separator: "|"), r.why,
                    entry.sources.map { "\($0.file):\($0.line)" }.joined(separator: "|"), r.nicheSource,
                    ExactDouble.text(r.authenticityConfidence), r.avgViews.map(ExactDouble.text) ?? "",
                ]
                return fields
            })
    }

    /// The entries of `path`; `brands` gives each brief's brand.
    static func read(_ path: String, brands: [String: String]) throws -> [PoolEntry] {
        let n = ScoreWeights.names.count
        return try StageTableReader.read(path, required: header) { records, c in
            records.map { r -> Result<PoolEntry, any Error> in
                func list(_ i: Int) -> [String] { r[c[i]].split(separator: "|").map(String.init) }
                func bad() -> Result<PoolEntry, any Error> {
                    .failure(
                        ScoutError.badIntermediate(
                            path: "\(path):\(r.line)", reason: "bad pool row for \(r[c[0]]) \(r[c[1]])"))
                }
                let components = (13..<(13 + n)).compactMap { ExactDouble.value(r[c[$0]]) }
                let (rate, price, website, views) = (r[c[12]], r[c[13 + n]], r[c[16 + n]], r[c[23 + n]])
                guard let score = ExactDouble.value(r[c[2]]), let platform = Platform(rawValue: r[c[5]]),
                    let followers = Int(r[c[10]]),
                    let confidence = ExactDouble.value(r[c[22 + n]]),
                    components.count == n, rate.isEmpty || ExactDouble.value(rate) != nil,
                    price.isEmpty || ExactDouble.value(price) != nil,
                    views.isEmpty || ExactDouble.value(views) != nil,
                    price.isEmpty || PriceSource(rawValue: r[c[15 + n]]) != nil
                else { return bad() }
                var sources: [SourceRef] = []
                for ref in list(20 + n) {
                    guard let colon = ref.lastIndex(of: ":"), let line = Int(ref[ref.index(after: colon)...]) else {
                        return bad()
                    }
                    sources.append(SourceRef(file: String(ref[..<colon]), line: line))
                }
                var row = ShortlistRow(
                    briefID: r[c[0]], brand: brands[r[c[0]]] ?? "", rank: 0, creatorID: r[c[1]], platform: platform,
                    handle: r[c[6]], followers: followers, score: score)
                row.platformID = r[c[7]]
                row.displayName = r[c[8]]
                row.link = ProfileLink(platform: platform, handle: row.handle, platformID: row.platformID)
                row.otherAccounts = list(9)
                row.tier = r[c[11]]
                row.engagementRate = ExactDouble.value(rate)
                row.avgViews = ExactDouble.value(views)
                row.components = ScoreComponents(values: components)
                row.price = ExactDouble.value(price).map {
                    ShortlistRow.Price(
                        amount: $0, currency: r[c[14 + n]], source: PriceSource(rawValue: r[c[15 + n]]) ?? .quoted)
                }
                row.contact = website == "-" ? nil : ShortlistRow.Contact(email: "", website: website)
                row.matchedNiche = r[c[17 + n]]
                row.flags = list(18 + n)
                row.why = r[c[19 + n]]
                row.nicheSource = r[c[21 + n]]
                row.authenticityConfidence = confidence
                return .success(PoolEntry(row: row, person: r[c[3]], country: r[c[4]], sources: sources))
            }
        }.values
    }
}
