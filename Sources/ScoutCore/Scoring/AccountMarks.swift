/// The accounts that carry what some brief looks for beyond the filters: an excluded handle, a competitor's words,
/// or the brief's own brand.
///
/// Found once per account while compiling (`AccountMarkSearch`), so a brief reads a short list of positions
/// instead of testing token sets for every account it visits.
struct AccountMarks: Sendable {
    /// Per excluded handle (`AccountMarkSearch.handles` id): the accounts with that handle, ascending.
    var handles: [[Int32]]
    /// Per excluded entry (`AccountMarkSearch.exclusions` id): the accounts whose tokens hold all its words, ascending.
    var exclusions: [[Int32]]
    /// Per brand (`AccountMarkSearch.brands` id): the accounts with affinity to it and its value (1 tags, 0.8 names it).
    var brands: [[(position: Int32, affinity: Double)]]

    init(_ search: AccountMarkSearch) {
        handles = Array(repeating: [], count: search.handles.count)
        exclusions = Array(repeating: [], count: search.exclusions.count)
        brands = Array(repeating: [], count: search.brands.count)
    }

    /// Appends `other`'s marks, whose positions start at `offset` here.
    mutating func append(_ other: AccountMarks, offset: Int32) {
        for (id, list) in other.handles.enumerated() { handles[id] += list.map { $0 + offset } }
        for (id, list) in other.exclusions.enumerated() { exclusions[id] += list.map { $0 + offset } }
        for (id, list) in other.brands.enumerated() { brands[id] += list.map { ($0.position + offset, $0.affinity) } }
    }
}

/// What the night's briefs look for in single accounts: excluded handles, `exclude` word lists and brand names.
struct AccountMarkSearch: Sendable {
    /// Excluded handle → id.
    let handles: [String: Int]
    /// Distinct `exclude` entries as tokens; an account matches when its tokens hold all of them.
    let exclusions: [[String]]
    /// Exclusion ids by their first token (an account can only match entries whose first token it has).
    let exclusionsByFirstToken: [String: [Int]]
    /// Distinct brand keys (`PreparedBrief.brandKey`) with their tokens.
    let brands: [(key: String, tokens: [String])]
    let brandByKey: [String: Int]
    /// Brand ids by the first of their tokens.
    let brandsByFirstToken: [String: [Int]]

    /// - Complexity: O(total size of the briefs' exclusions and brands).
    init(_ briefs: [PreparedBrief]) {
        var handles: [String: Int] = [:]
        var exclusionIDs: [[String]: Int] = [:], exclusions: [[String]] = []
        var brandByKey: [String: Int] = [:], brands: [(key: String, tokens: [String])] = []
        for brief in briefs {
            for handle in brief.excludedHandles.sorted() where handles[handle] == nil { handles[handle] = handles.count }
            for entry in brief.excludedWords where exclusionIDs[entry.tokens] == nil {
                exclusionIDs[entry.tokens] = exclusions.count
                exclusions.append(entry.tokens)
            }
            if !brief.brandKey.isEmpty && brandByKey[brief.brandKey] == nil {
                brandByKey[brief.brandKey] = brands.count
                brands.append((brief.brandKey, brief.brandTokens))
            }
        }
        self.handles = handles
        self.exclusions = exclusions
        self.brands = brands
        self.brandByKey = brandByKey
        exclusionsByFirstToken = Dictionary(grouping: exclusions.indices, by: { exclusions[$0][0] })
        brandsByFirstToken = Dictionary(grouping: brands.indices.filter { !brands[$0].tokens.isEmpty }, by: { brands[$0].tokens[0] })
    }

    /// Records what `account` (at `position`) carries; the same tests as `MatchModel.exclusion` and `affinity`.
    /// - Complexity: O(tokens + tagged keys) hash lookups, plus the words of the entries and brands they start.
    func mark(_ account: PreparedAccount, at position: Int32, in marks: inout AccountMarks) {
        if let id = handles[account.account.handle] { marks.handles[id].append(position) }
        if !exclusions.isEmpty {
            var hits: [Int] = []
            for token in account.tokens {
                for id in exclusionsByFirstToken[token] ?? [] where exclusions[id].allSatisfy(account.tokens.contains) { hits.append(id) }
            }
            for id in hits { marks.exclusions[id].append(position) }
        }
        guard !brands.isEmpty else { return }
        var affinity: [Int: Double] = [:]
        for key in account.taggedKeys { if let id = brandByKey[key] { affinity[id] = 1 } }
        for token in account.document.counts.keys {
            if let id = brandByKey[token], affinity[id] == nil { affinity[id] = 0.8 }
            for id in brandsByFirstToken[token] ?? [] where affinity[id] == nil && brands[id].tokens.allSatisfy(account.document.contains) {
                affinity[id] = 0.8
            }
        }
        for (id, value) in affinity { marks.brands[id].append((position, value)) }
    }
}
