import Foundation

/// The night's prepared accounts as integer columns, with buckets that let a brief skip accounts its hard
/// filters exclude.
///
/// Strings (tokens, niche ids, countries, languages) are interned to `Int32` ids once, so the scoring loop
/// compares integers and never allocates. Buckets list account positions per platform, per (platform,
/// language), per (platform, country) and per (platform, audience country); `candidates` walks only the
/// buckets a brief's platform, country and language filters allow. Positions are the accounts' positions in
/// the array given to `init` (the engine sorts it by account id).
struct CandidateIndex: Sendable {
    /// Interned strings: one table per kind, id = position.
    struct Interner: Sendable {
        private(set) var ids: [String: Int32] = [:]
        private(set) var strings: [String] = []

        mutating func intern(_ text: String) -> Int32 {
            if let id = ids[text] { return id }
            let id = Int32(strings.count)
            ids[text] = id
            strings.append(text)
            return id
        }

        /// The id of `text`, or -1 when no account has it (so nothing matches it).
        func id(_ text: String) -> Int32 { ids[text] ?? -1 }
    }

    let count: Int
    var followers: [Int] = []
    /// `engagementRate ?? 0`, as the minimum-engagement filter reads it.
    var filterRate: [Double] = []
    /// The engagement component, which does not depend on the brief.
    var engagementScore: [Double] = []
    var country: [Int32] = []
    var audienceCountry: [Int32] = []
    var language: [Int32] = []
    var handles: [String] = []
    /// Each account's token ids, sorted ascending, in `tokenIDs[tokenStart[i]..<tokenStart[i + 1]]`.
    var tokenStart: [Int] = [0]
    var tokenIDs: [Int32] = []
    /// Each account's niche ids in `nicheIDs[nicheStart[i]..<nicheStart[i + 1]]`.
    var nicheStart: [Int] = [0]
    var nicheIDs: [Int32] = []

    var tokens = Interner()
    var niches = Interner()
    var places = Interner()
    /// Accounts containing each token id (document frequency).
    var documentFrequency: [Int] = []

    /// Account positions per platform (indexed by `Platform.allCases` order), ascending.
    var byPlatform: [[Int32]]
    var byLanguage: [[Int32: [Int32]]]
    var byCountry: [[Int32: [Int32]]]
    var byAudienceCountry: [[Int32: [Int32]]]

    static let platformOrdinal: [Platform: Int] = Dictionary(
        uniqueKeysWithValues: Platform.allCases.enumerated().map { ($1, $0) })

    /// - Complexity: O(T) hash look-ups for T tokens over all accounts, plus sorting each account's token ids.
    init(_ accounts: [PreparedAccount], engagement: (PreparedAccount) -> Double) {
        count = accounts.count
        let platforms = Platform.allCases.count
        byPlatform = Array(repeating: [], count: platforms)
        byLanguage = Array(repeating: [:], count: platforms)
        byCountry = Array(repeating: [:], count: platforms)
        byAudienceCountry = Array(repeating: [:], count: platforms)
        followers.reserveCapacity(count)
        filterRate.reserveCapacity(count)
        engagementScore.reserveCapacity(count)
        var scratch: [Int32] = []
        for (position, prepared) in accounts.enumerated() {
            let account = prepared.account
            let index = Int32(position)
            followers.append(account.followers)
            filterRate.append(prepared.engagementRate ?? 0)
            engagementScore.append(engagement(prepared))
            let countryID = places.intern(account.country)
            let audienceID = places.intern(account.audienceCountry)
            let languageID = places.intern(account.language)
            country.append(countryID)
            audienceCountry.append(audienceID)
            language.append(languageID)
            handles.append(account.handle)
            scratch.removeAll(keepingCapacity: true)
            for token in prepared.tokens {
                let id = tokens.intern(token)
                if Int(id) == documentFrequency.count { documentFrequency.append(0) }
                documentFrequency[Int(id)] += 1
                scratch.append(id)
            }
            scratch.sort()
            tokenIDs.append(contentsOf: scratch)
            tokenStart.append(tokenIDs.count)
            for niche in prepared.nicheIDs { nicheIDs.append(niches.intern(niche)) }
            nicheStart.append(nicheIDs.count)
            let p = Self.platformOrdinal[account.platform]!
            byPlatform[p].append(index)
            byLanguage[p][languageID, default: []].append(index)
            byCountry[p][countryID, default: []].append(index)
            if audienceID != countryID { byAudienceCountry[p][audienceID, default: []].append(index) }
        }
    }

    /// IDF per token, exactly as the exhaustive engine computes it: log(1 + N / (1 + df)).
    func inverseDocumentFrequencies() -> [String: Double] {
        let total = Double(count)
        var idf: [String: Double] = [:]
        idf.reserveCapacity(tokens.strings.count)
        for (id, token) in tokens.strings.enumerated() { idf[token] = log(1 + total / (1 + Double(documentFrequency[id]))) }
        return idf
    }

    /// True when account `index` has token `id` (binary search in its sorted token ids).
    @inline(__always)
    func hasToken(_ index: Int, _ id: Int32) -> Bool {
        var low = tokenStart[index], high = tokenStart[index + 1]
        while low < high {
            let middle = (low + high) >> 1
            let value = tokenIDs[middle]
            if value == id { return true }
            if value < id { low = middle + 1 } else { high = middle }
        }
        return false
    }

    /// The buckets that hold every account passing `brief`'s platform, country and language filters (and
    /// maybe others); an account can appear in more than one, so callers de-duplicate.
    func buckets(for brief: PreparedBrief) -> [[Int32]] {
        let b = brief.brief
        let platforms = b.platforms.isEmpty ? Array(0..<byPlatform.count) : b.platforms.map { Self.platformOrdinal[$0]! }
        var lists: [[Int32]] = []
        for p in platforms {
            if !b.countries.isEmpty {
                for code in b.countries {
                    let id = places.id(code)
                    if let list = byCountry[p][id] { lists.append(list) }
                    if let list = byAudienceCountry[p][id] { lists.append(list) }
                }
            } else if !b.languages.isEmpty {
                for code in b.languages { if let list = byLanguage[p][places.id(code)] { lists.append(list) } }
            } else {
                lists.append(byPlatform[p])
            }
        }
        return lists
    }
}
