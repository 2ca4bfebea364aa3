/// Account positions bucketed by the hard filters that prune best: platform, and country or audience country.
///
/// A brief walks only the buckets its platform and country filters allow; every account that can pass those
/// filters is in one of them, so scoring the buckets' accounts (with the other filters still applied to each)
/// gives exactly the result of scoring every account. Accounts below the minimum authenticity are left out
/// altogether, since no brief may shortlist them. Language is not bucketed: an unknown language passes a
/// language filter, so a language bucket would have to include most accounts anyway.
struct CandidateIndex: Sendable {
    let count: Int
    /// Account positions per platform (indexed by `Platform.allCases` order), ascending.
    private var byPlatform: [[Int32]]
    /// Per platform: positions by country id and, when different, by audience country id.
    private var byCountry: [[Int32: [Int32]]]

    static let platformOrdinal: [Platform: Int] = Dictionary(
        uniqueKeysWithValues: Platform.allCases.enumerated().map { ($1, $0) })

    /// - Complexity: O(N) for N accounts.
    init(_ accounts: CompiledAccounts, minAuthenticity: Double) {
        count = accounts.count
        byPlatform = Array(repeating: [], count: Platform.allCases.count)
        byCountry = Array(repeating: [:], count: Platform.allCases.count)
        for (position, row) in accounts.rows.enumerated() where !(row.authenticity < minAuthenticity) {
            let index = Int32(position), p = Int(row.platform)
            byPlatform[p].append(index)
            byCountry[p][row.country, default: []].append(index)
            if row.audienceCountry != row.country { byCountry[p][row.audienceCountry, default: []].append(index) }
        }
    }

    /// Buckets holding every account that can pass `brief`'s platform and country filters; an account may be in
    /// two (country and audience country), so callers de-duplicate.
    func buckets(for brief: Brief, countries: StringInterner) -> [[Int32]] {
        let platforms = brief.platforms.isEmpty ? Array(0..<byPlatform.count) : brief.platforms.map { Self.platformOrdinal[$0]! }
        var lists: [[Int32]] = []
        for p in platforms {
            if brief.countries.isEmpty {
                lists.append(byPlatform[p])
            } else {
                for code in brief.countries where !code.isEmpty {
                    if let id = countries.id(of: code), let list = byCountry[p][id] { lists.append(list) }
                }
            }
        }
        return lists
    }
}
