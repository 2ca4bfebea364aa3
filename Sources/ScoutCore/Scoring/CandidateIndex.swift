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
    /// Per platform (all accounts): how many there are, how many are below the minimum authenticity, and how many
    /// of the others have neither a country nor an audience country; the per-brief funnel counts from these.
    private(set) var total: [Int]
    private(set) var inauthentic: [Int]
    private(set) var unknownCountry: [Int]
    /// Per platform: accounts with neither country nor audience country, authentic or not (for the funnel's words).
    private(set) var unknownCountryAll: [Int]

    static let platformOrdinal: [Platform: Int] = Dictionary(
        uniqueKeysWithValues: Platform.allCases.enumerated().map { ($1, $0) })

    /// - Complexity: O(N) for N accounts.
    init(_ accounts: CompiledAccounts, minAuthenticity: Double) {
        count = accounts.count
        byPlatform = Array(repeating: [], count: Platform.allCases.count)
        byCountry = Array(repeating: [:], count: Platform.allCases.count)
        (total, inauthentic) = (
            Array(repeating: 0, count: Platform.allCases.count), Array(repeating: 0, count: Platform.allCases.count)
        )
        (unknownCountry, unknownCountryAll) = (total, total)
        let empty = accounts.countries.id(of: "") ?? -2
        for (position, row) in accounts.rows.enumerated() {
            let index = Int32(position)
            let p = Int(row.platform)
            total[p] += 1
            let unknown = row.country == empty && row.audienceCountry == empty
            if unknown { unknownCountryAll[p] += 1 }
            if row.authenticity < minAuthenticity {
                inauthentic[p] += 1
                continue
            }
            if unknown { unknownCountry[p] += 1 }
            byPlatform[p].append(index)
            byCountry[p][row.country, default: []].append(index)
            if row.audienceCountry != row.country { byCountry[p][row.audienceCountry, default: []].append(index) }
        }
    }

    /// Buckets holding every account that can pass `brief`'s platform and country filters; an account may be in
    /// two (country and audience country), so callers de-duplicate.
    /// With `unknown_country` = pass, the bucket of the empty country joins (its accounts are checked one by one).
    func buckets(for brief: Brief, countries: StringInterner) -> [[Int32]] {
        var lists: [[Int32]] = []
        for p in Self.platforms(of: brief) {
            if brief.countries.isEmpty {
                lists.append(byPlatform[p])
            } else {
                for code in brief.countries + (brief.unknownCountry == .pass ? [""] : [])
                where !code.isEmpty || brief.unknownCountry == .pass {
                    if let id = countries.id(of: code), let list = byCountry[p][id] { lists.append(list) }
                }
            }
        }
        return lists
    }

    /// The `Platform.allCases` indices `brief` allows, ascending, each once.
    static func platforms(of brief: Brief) -> [Int] {
        brief.platforms.isEmpty
            ? Array(0..<Platform.allCases.count) : Set(brief.platforms.map { platformOrdinal[$0]! }).sorted()
    }
}
