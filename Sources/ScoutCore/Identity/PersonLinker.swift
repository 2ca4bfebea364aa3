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
    public func link(_ accounts: inout [CreatorAccount], aliases: [String: String] = [:],
                     diagnostics: inout DiagnosticsCollector) -> [MergeRecord] {
        let ids = accounts.map(\.id)
        let index = Dictionary(ids.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        var byPlatformID: [String: Int] = [:]
        for (node, account) in accounts.enumerated() where !account.platformID.isEmpty {
            byPlatformID["\(account.platform.rawValue):\(account.platformID)"] = byPlatformID["\(account.platform.rawValue):\(account.platformID)"] ?? node
        }
        func node(_ id: String) -> Int? { index[aliases[id] ?? id] }
        func resolved(_ id: String) -> String { aliases[id] ?? id }
        var never: [String: Set<String>] = [:]
        var reasons: [String: MergeOverrides.Pair] = [:]
        for pair in rules.overrides.never {
            let (a, b) = (resolved(pair.a), resolved(pair.b))
            guard a != b else { continue }
            never[a, default: []].insert(b)
            never[b, default: []].insert(a)
            reasons["\(min(a, b)) \(max(a, b))"] = reasons["\(min(a, b)) \(max(a, b))"] ?? pair
        }
        var graph = IdentityGraph(labels: ids, never: never)
        var refused: [String: MergeRecord] = [:]
        /// Joins `a` and `b` unless an override forbids it; false when refused.
        func attempt(_ a: Int, _ b: Int, _ why: String) -> Bool {
            guard case .blocked(let x, let y) = graph.link(a, b) else { return true }
            let pair = reasons["\(min(x, y)) \(max(x, y))"]
            refused["\(x) \(y)"] = refused["\(x) \(y)"] ?? MergeRecord(
                keptID: x, mergedIDs: [y], rule: "never_merge",
                evidence: "not linked: \(why), but \(pair?.origin ?? "an override") keeps \(x) and \(y) apart"
                    + (pair?.note.isEmpty == false ? " (\(pair!.note))" : ""))
            return false
        }

        var pairs: [(a: Int, b: Int, rule: String, evidence: String)] = []
        for pair in rules.overrides.always.sorted(by: { ($0.a, $0.b) < ($1.a, $1.b) }) {
            guard let a = node(pair.a), let b = node(pair.b) else {
                diagnostics.note("override_unused", "always_merge \(pair.a) \(pair.b) (\(pair.origin)): an account is not in this run")
                continue
            }
            let why = "override \(pair.origin)" + (pair.note.isEmpty ? "" : " (\(pair.note))")
            if a != b, attempt(a, b, "always_merge " + why) { pairs.append((a, b, "always_merge", why)) }
        }

        var keyGroups: [(rule: String, shown: String, members: [Int])] = []
        let domains = rules.sharedDomains
        let keyed: [(rule: String, key: (CreatorAccount) -> String?, shown: (String) -> String)] = [
            ("same_email", { $0.emailHash.isEmpty ? nil : $0.emailHash }, { "e-mail hash \($0)" }),
            ("same_website", { account in domains.flatMap { $0.personalDomain(account.website) } }, { "website domain \($0)" }),
        ]
        for (rule, key, shown) in keyed {
            var members: [String: [Int]] = [:]
            for node in accounts.indices { if let k = key(accounts[node]) { members[k, default: []].append(node) } }
            for k in members.keys.sorted() {
                let group = members[k]!
                guard group.count > 1 else { continue }
                let platforms = group.map { accounts[$0].platform }
                if Set(platforms).count < platforms.count {
                    diagnostics.warning("shared_contact", "\(shown(k)) is on several accounts of one platform ("
                        + group.map { ids[$0] }.joined(separator: ", ") + "); treated as a shared contact and not used to link")
                    continue
                }
                for j in group.indices.dropFirst() {
                    for i in group.indices.prefix(j) where attempt(group[i], group[j], "\(ids[group[i]]) and \(ids[group[j]]) share \(shown(k))") {
                        break
                    }
                }
                keyGroups.append((rule, shown(k), group))
            }
        }

        for (source, account) in accounts.enumerated() {
            for (link, parsed) in Self.profileLinks(in: account.bio + " " + account.website) {
                guard let platform = parsed.platform, platform != account.platform else { continue }
                let byID = parsed.platformID.isEmpty ? nil : byPlatformID["\(platform.rawValue):\(parsed.platformID)"]
                guard let target = byID ?? node("\(platform.rawValue):\(parsed.handle)"), target != source else { continue }
                let why = "\(ids[source]) \(account.bio.contains(link) ? "bio" : "website") links \(link)"
                if attempt(source, target, why) { pairs.append((source, target, "bio_link", why)) }
            }
        }

        var sets = graph.sets
        for members in sets.groups() {
            let person = "p:" + members.map { ids[$0] }.min()!
            for member in members { accounts[member].personID = person }
        }
        var records: [MergeRecord] = []
        for (rule, shown, group) in keyGroups {
            var parts: [String: [String]] = [:]
            for member in group { parts[accounts[member].personID, default: []].append(ids[member]) }
            for (person, members) in parts where members.count > 1 {
                records.append(MergeRecord(keptID: person, mergedIDs: members.sorted(), rule: rule,
                                           evidence: members.sorted().joined(separator: ", ") + " share " + shown))
            }
        }
        for (a, b, rule, why) in pairs where accounts[a].personID == accounts[b].personID {
            records.append(MergeRecord(keptID: accounts[a].personID, mergedIDs: [ids[a], ids[b]], rule: rule, evidence: why))
        }
        func order(_ x: MergeRecord, _ y: MergeRecord) -> Bool {
            (x.keptID, x.rule, x.mergedIDs.joined(separator: "|"), x.evidence) < (y.keptID, y.rule, y.mergedIDs.joined(separator: "|"), y.evidence)
        }
        return records.sorted(by: order) + refused.keys.sorted().map { refused[$0]! }
    }

    /// Platform profile URLs written in free text (`https://www.tiktok.com/@name`, `youtube.com/@name`).
    static func profileLinks(in text: String) -> [(text: String, parsed: ParsedHandle)] {
        let separators: Set<Character> = ["|", ",", ";", "(", ")", "<", ">", "\"", "'", "[", "]", "{", "}", "、", "　"]
        var links: [(String, ParsedHandle)] = []
        for raw in text.split(whereSeparator: { $0.isWhitespace || separators.contains($0) }) {
            var token = String(raw)
            while let last = token.last, ".!?:".contains(last) { token.removeLast() }
            guard token.contains("/"), HandleParsing.looksLikeURL(token), let parsed = HandleParsing.parse(token),
                  parsed.platform != nil else { continue }
            links.append((token, parsed))
        }
        return links
    }
}
