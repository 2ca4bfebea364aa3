/// The accounts that carry what some brief looks for beyond the filters: an excluded handle, a competitor's words,
/// the brief's own brand, or one of its keywords (minimum fit).
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
    /// Per keyword (`AccountMarkSearch.keywords` id): the accounts where it matches (`MatchModel.matchedKeywords`), ascending.
    var keywords: [[Int32]]
    /// Per campaign hashtag (`AccountMarkSearch.hashtags` id): the accounts whose tagged keys hold it, ascending.
    var hashtags: [[Int32]]

    init(_ search: AccountMarkSearch) {
        handles = Array(repeating: [], count: search.handles.count)
        exclusions = Array(repeating: [], count: search.exclusions.count)
        brands = Array(repeating: [], count: search.brands.count)
        keywords = Array(repeating: [], count: search.keywords.count)
        hashtags = Array(repeating: [], count: search.hashtags.count)
    }

    /// Appends `other`'s marks, whose positions start at `offset` here.
    mutating func append(_ other: AccountMarks, offset: Int32) {
        for (id, list) in other.handles.enumerated() { handles[id] += list.map { $0 + offset } }
        for (id, list) in other.exclusions.enumerated() { exclusions[id] += list.map { $0 + offset } }
        for (id, list) in other.brands.enumerated() { brands[id] += list.map { ($0.position + offset, $0.affinity) } }
        for (id, list) in other.keywords.enumerated() { keywords[id] += list.map { $0 + offset } }
        for (id, list) in other.hashtags.enumerated() { hashtags[id] += list.map { $0 + offset } }
    }
}

/// What the night's briefs look for in single accounts: excluded handles, `exclude` word lists, brand names and keywords.
struct AccountMarkSearch: Sendable {
    /// Excluded handle → id.
    let handles: [String: Int]
    /// Distinct `exclude` entries as tokens; an account matches when its tokens hold all of them.
    let exclusions: [[String]]
    /// Each entry's id in `exclusions`.
    let exclusionIDs: [[String]: Int]
    /// Distinct brand keys (`PreparedBrief.brandKey`) with their tokens.
    let brands: [(key: String, tokens: [String])]
    let brandByKey: [String: Int]
    /// Distinct brief keywords as tokens and joined form (`home workout` → `home`, `workout` / `homeworkout`).
    let keywords: [(tokens: [String], joined: String)]
    /// Each keyword's id in `keywords`, by its tokens.
    let keywordIDs: [[String]: Int]
    /// Distinct campaign hashtag keys (`PreparedBrief.hashtags`) → id.
    let hashtags: [String: Int]
    /// What one token can start: exclusions whose first token it is, the brand whose key it is, brands whose first
    /// token it is. One lookup per token of an account finds every candidate.
    let triggers: [String: Trigger]
    /// `triggers` by index (`triggerIndex` names it), so compiled accounts look a term up once per chunk.
    let triggerList: [Trigger]
    let triggerIndex: [String: Int32]

    struct Trigger: Sendable {
        var exclusions: [Int] = []
        var brandKey: Int?
        var brands: [Int] = []
        /// Keywords whose first token or joined form this is.
        var keywords: [Int] = []
    }

    /// - Complexity: O(total size of the briefs' exclusions and brands).
    init(_ briefs: [PreparedBrief]) {
        var handles: [String: Int] = [:]
        var exclusionIDs: [[String]: Int] = [:]
        var exclusions: [[String]] = []
        var brandByKey: [String: Int] = [:]
        var brands: [(key: String, tokens: [String])] = []
        var keywordIDs: [[String]: Int] = [:]
        var keywords: [(tokens: [String], joined: String)] = []
        var hashtags: [String: Int] = [:]
        for brief in briefs {
            for tag in brief.hashtags where hashtags[tag.key] == nil { hashtags[tag.key] = hashtags.count }
            for keyword in brief.keywords where keywordIDs[keyword.tokens] == nil {
                keywordIDs[keyword.tokens] = keywords.count
                keywords.append((keyword.tokens, keyword.joined))
            }
            for handle in brief.excludedHandles.sorted() where handles[handle] == nil {
                handles[handle] = handles.count
            }
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
        self.exclusionIDs = exclusionIDs
        self.brands = brands
        self.brandByKey = brandByKey
        self.keywords = keywords
        self.keywordIDs = keywordIDs
        self.hashtags = hashtags
        var triggers: [String: Trigger] = [:]
        for (id, tokens) in exclusions.enumerated() { triggers[tokens[0], default: Trigger()].exclusions.append(id) }
        for (id, brand) in brands.enumerated() {
            triggers[brand.key, default: Trigger()].brandKey = id
            if let first = brand.tokens.first { triggers[first, default: Trigger()].brands.append(id) }
        }
        for (id, keyword) in keywords.enumerated() {
            triggers[keyword.tokens[0], default: Trigger()].keywords.append(id)
            if keyword.joined != keyword.tokens[0] { triggers[keyword.joined, default: Trigger()].keywords.append(id) }
        }
        self.triggers = triggers
        var triggerList: [Trigger] = []
        var triggerIndex: [String: Int32] = [:]
        for (token, trigger) in triggers {
            triggerIndex[token] = Int32(triggerList.count)
            triggerList.append(trigger)
        }
        self.triggerList = triggerList
        self.triggerIndex = triggerIndex
    }

    /// Records what `account` (at `position`) carries; the same tests as `MatchModel.exclusion`, `affinity` and
    /// `matchedKeywords`.
    /// - Complexity: O(tokens + tagged keys) hash lookups, plus the words of the entries and brands they start.
    func mark(_ account: PreparedAccount, at position: Int32, in marks: inout AccountMarks) {
        if let id = handles[account.account.handle] { marks.handles[id].append(position) }
        if !hashtags.isEmpty {
            for key in account.taggedKeys { if let id = hashtags[key] { marks.hashtags[id].append(position) } }
        }
        guard !triggers.isEmpty else { return }
        var affinity: [Int: Double] = [:]
        var matched: [Int] = []  // keywords matched by this account: few, so an array
        for key in account.taggedKeys { if let id = brandByKey[key] { affinity[id] = 1 } }
        // Every document token is also in `tokens`, so one pass over `tokens` sees every trigger.
        for token in account.tokens {
            guard let trigger = triggers[token] else { continue }
            for id in trigger.exclusions where exclusions[id].allSatisfy(account.tokens.contains) {
                marks.exclusions[id].append(position)
            }
            for id in trigger.keywords where !matched.contains(id) {
                if keywords[id].tokens.allSatisfy(account.tokens.contains)
                    || account.tokens.contains(keywords[id].joined)
                {
                    matched.append(id)
                }
            }
            guard trigger.brandKey != nil || !trigger.brands.isEmpty, account.document.contains(token) else { continue }
            if let id = trigger.brandKey, affinity[id] == nil { affinity[id] = PartialScore.brandMentioned }
            for id in trigger.brands
            where affinity[id] == nil && brands[id].tokens.allSatisfy(account.document.contains) {
                affinity[id] = PartialScore.brandMentioned
            }
        }
        for (id, value) in affinity { marks.brands[id].append((position, value)) }
        for id in matched { marks.keywords[id].append(position) }
    }
}
