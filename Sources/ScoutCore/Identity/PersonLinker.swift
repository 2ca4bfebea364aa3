import Foundation

/// Links accounts into people through strong evidence only, and gives every account its `personID`.
///
/// Evidence, tried in this order (union-find over blocking keys, never all pairs of accounts):
/// 1. `always_merge` overrides;
/// 2. `same_email`: the same e-mail hash (`EmailKey`; addresses are never kept);
/// 3. `same_website`: the same personal web-site host (lower case, no `www.`, path ignored) that is not on a
///    shared domain (`SharedDomains`: link-in-bio services, platforms, webmail, shops);
/// 4. `bio_link`: an account's bio or website holds the profile URL of an account on another platform.
///
/// An e-mail or domain carried by two accounts on the same platform is treated as a shared contact (an agency
/// or management address) and not used. Display names are never evidence. A `never_merge` override refuses
/// any join that would put its two accounts in one person. The person id is `p:` + the smallest account id.
public struct PersonLinker: Sendable {
    public var rules: IdentityRules

    public init(rules: IdentityRules) { self.rules = rules }

    /// Sets `personID` on every account; returns one merge record per piece of evidence that links a person,
    /// then the links an override refused.
    /// - Parameter aliases: ids merged away at account level → the surviving id (for overrides and bio links).
    /// - Complexity: O(n log n) for n accounts plus the length of their bios.
    public func link(
        _ accounts: inout [CreatorAccount], aliases: [String: String] = [:],
        diagnostics: inout DiagnosticsCollector
    ) -> [MergeRecord] {
        link(&accounts, ids: Self.ids(of: accounts), aliases: aliases, diagnostics: &diagnostics)
    }

    /// `link(accounts, aliases:diagnostics:)` with the accounts' ids already at hand (`ids[i]` is `accounts[i].id`).
    func link(
        _ accounts: inout [CreatorAccount], ids: [String], aliases: [String: String],
        diagnostics: inout DiagnosticsCollector
    ) -> [MergeRecord] {
        let (persons, records) = people(accounts, ids: ids, aliases: aliases, diagnostics: &diagnostics)
        for node in accounts.indices { accounts[node].personID = persons[node] }
        return records
    }

    /// Each account's person id (`p:` + the smallest account id of its person) and the merge records of
    /// `link(_:ids:aliases:diagnostics:)`, from what linking reads of the accounts: whole accounts in one process,
    /// the compact `IdentityRecord`s of a sharded night's identity step.
    /// - Parameter accounts: sorted by id (`ids[i]` is the id of `accounts[i]`).
    func people<Account: LinkableAccount>(
        _ accounts: [Account], ids: [String], aliases: [String: String],
        diagnostics: inout DiagnosticsCollector
    ) -> (persons: [String], records: [MergeRecord]) {
        precondition(ids.count == accounts.count)
        let index = AccountIndex(ids)
        // Fields read by index, never by copying a whole account (a `CreatorAccount` copy retains every field).
        var byPlatformID: [String: Int] = [:]
        for node in accounts.indices where !accounts[node].platformID.isEmpty {
            _ = BlockingKeys.claim(
                "\(accounts[node].platform.rawValue):\(accounts[node].platformID)", node, in: &byPlatformID)
        }
        func node(_ id: String) -> Int? { index[aliases[id] ?? id] }
        func resolved(_ id: String) -> String { aliases[id] ?? id }
        let never = rules.overrides.neverPairs(resolving: resolved)
        var graph = IdentityGraph(labels: ids, never: never.partners)
        var refused: [String: MergeRecord] = [:]
        /// Joins `a` and `b` unless an override forbids it; false when refused.
        func attempt(_ a: Int, _ b: Int, _ why: String) -> Bool {
            guard case .blocked(let x, let y) = graph.link(a, b) else { return true }
            refused["\(x) \(y)"] =
                refused["\(x) \(y)"]
                ?? .refused(x, y, attempted: "not linked: \(why)", by: never.byKey[MergeOverrides.pairKey(x, y)])
            return false
        }

        var pairs: [(a: Int, b: Int, rule: MergeRule, evidence: String)] = []
        for pair in rules.overrides.always.sorted(by: { ($0.a, $0.b) < ($1.a, $1.b) }) {
            guard let a = node(pair.a), let b = node(pair.b) else {
                diagnostics.note(
                    .overrideUnused, "always_merge \(pair.a) \(pair.b) (\(pair.origin)): an account is not in this run")
                continue
            }
            let why = "override \(pair.origin)" + (pair.note.isEmpty ? "" : " (\(pair.note))")
            if a != b, attempt(a, b, "always_merge " + why) { pairs.append((a, b, .alwaysMerge, why)) }
        }

        var keyGroups: [(rule: MergeRule, shown: String, members: [Int])] = []
        let keyed: [(rule: MergeRule, keys: [String?], shown: (String) -> String)] = [
            (.sameEmail, Self.emailKeys(accounts), { "e-mail hash \($0)" }),
            (.sameWebsite, Self.websiteKeys(accounts, domains: rules.sharedDomains), { "website domain \($0)" }),
        ]
        for (rule, keys, shown) in keyed {
            var members: [String: [Int]] = [:]
            for node in accounts.indices { if let k = keys[node] { members[k, default: []].append(node) } }
            // Only keys shared by several accounts matter; the others need no sorting.
            for k in members.compactMap({ $0.value.count > 1 ? $0.key : nil }).sorted() {
                let group = members[k]!
                let platforms = group.map { accounts[$0].platform }
                if Set(platforms).count < platforms.count {
                    diagnostics.warning(
                        .sharedContact,
                        "\(shown(k)) is on several accounts of one platform ("
                            + group.map { ids[$0] }.joined(separator: ", ")
                            + "); treated as a shared contact and not used to link")
                    continue
                }
                for j in group.indices.dropFirst() {
                    for i in group.indices.prefix(j)
                    where attempt(group[i], group[j], "\(ids[group[i]]) and \(ids[group[j]]) share \(shown(k))") {
                        break
                    }
                }
                keyGroups.append((rule, shown(k), group))
            }
        }

        // Every account's profile links found on every core; the joins are attempted in account order.
        let links = Self.profileLinks(of: accounts)
        for source in accounts.indices where !links[source].isEmpty {
            let (bio, from) = (accounts[source].bio, accounts[source].platform)
            for (link, parsed) in links[source] {
                guard let platform = parsed.platform, platform != from else { continue }
                let byID = parsed.platformID.isEmpty ? nil : byPlatformID["\(platform.rawValue):\(parsed.platformID)"]
                guard let target = byID ?? node("\(platform.rawValue):\(parsed.handle)"), target != source else {
                    continue
                }
                let why = "\(ids[source]) \(bio.contains(link) ? "bio" : "website") links \(link)"
                if attempt(source, target, why) { pairs.append((source, target, .bioLink, why)) }
            }
        }

        // A person's id comes from its smallest account id (the first smallest, as `min()` picks).
        var smallest = Array(accounts.indices)
        var roots = [Int](repeating: 0, count: accounts.count)
        for node in accounts.indices {
            roots[node] = graph.find(node)
            if ids[node] < ids[smallest[roots[node]]] { smallest[roots[node]] = node }
        }
        let personOf = roots.map { smallest[$0] }
        let persons = OrderedParallelMap.map(accounts.count) { "p:" + ids[personOf[$0]] }
        var records: [MergeRecord] = []
        for (rule, shown, group) in keyGroups {
            var parts: [String: [String]] = [:]
            for member in group { parts[persons[member], default: []].append(ids[member]) }
            for (person, members) in parts where members.count > 1 {
                records.append(
                    MergeRecord(
                        keptID: person, mergedIDs: members.sorted(), rule: rule,
                        evidence: members.sorted().joined(separator: ", ") + " share " + shown))
            }
        }
        for (a, b, rule, why) in pairs where persons[a] == persons[b] {
            records.append(MergeRecord(keptID: persons[a], mergedIDs: [ids[a], ids[b]], rule: rule, evidence: why))
        }
        func order(_ x: MergeRecord, _ y: MergeRecord) -> Bool {
            (x.keptID, x.ruleText, x.mergedIDs.joined(separator: "|"), x.evidence) < (
                y.keptID, y.ruleText, y.mergedIDs.joined(separator: "|"), y.evidence
            )
        }
        return (persons, records.sorted(by: order) + refused.sorted { $0.key < $1.key }.map(\.value))
    }

    /// Every account's id, computed on every core.
    static func ids(of accounts: [CreatorAccount]) -> [String] {
        OrderedParallelMap.map(accounts.count) { accounts[$0].id }
    }

    /// Per account: its e-mail hash, when it has one.
    static func emailKeys<Account: LinkableAccount>(_ accounts: [Account]) -> [String?] {
        OrderedParallelMap.map(accounts.count) { accounts[$0].emailHash.isEmpty ? nil : accounts[$0].emailHash }
    }

    /// Per account: the host of its personal web site (see `SharedDomains.personalDomain`); none without the table.
    static func websiteKeys<Account: LinkableAccount>(_ accounts: [Account], domains: SharedDomains?) -> [String?] {
        guard let domains else { return Array(repeating: nil, count: accounts.count) }
        return OrderedParallelMap.map(accounts.count) {
            accounts[$0].website.isEmpty ? nil : domains.personalDomain(accounts[$0].website)
        }
    }

    /// Per account: the profile links in its bio and website (`profileLinks(in:)`), computed on every core; only
    /// a text with a `/` can hold one, so the others are not split into tokens.
    static func profileLinks<Account: LinkableAccount>(
        of accounts: [Account]
    ) -> [[(text: String, parsed: ParsedHandle)]] {
        OrderedParallelMap.map(accounts.count) { node -> [(text: String, parsed: ParsedHandle)] in
            guard containsSlash(accounts[node].bio) || containsSlash(accounts[node].website) else { return [] }
            return profileLinks(in: accounts[node].bio + " " + accounts[node].website)
        }
    }

    /// True when `text` holds a `/` byte (which is never part of a multi-byte UTF-8 sequence).
    static func containsSlash(_ text: String) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { bytes in
            guard let base = bytes.baseAddress else { return false }
            return memchr(base, 0x2F, bytes.count) != nil
        } ?? text.utf8.contains(UInt8(ascii: "/"))
    }

    /// Platform profile URLs written in free text (`https://www.tiktok.com/@name`, `youtube.com/@name`).
    static func profileLinks(in text: String) -> [(text: String, parsed: ParsedHandle)] {
        let separators: Set<Character> = ["|", ",", ";", "(", ")", "<", ">", "\"", "'", "[", "]", "{", "}", "、", "　"]
        var links: [(String, ParsedHandle)] = []
        for raw in text.split(whereSeparator: { $0.isWhitespace || separators.contains($0) }) {
            var token = String(raw)
            while let last = token.last, ".!?:".contains(last) { token.removeLast() }
            guard token.contains("/"), HandleParsing.looksLikeURL(token), let parsed = HandleParsing.parse(token),
                parsed.platform != nil
            else { continue }
            links.append((token, parsed))
        }
        return links
    }
}
