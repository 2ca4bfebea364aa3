/// Accounts after account-level resolution, the merges made, and where each merged-away id went.
public struct AccountResolution: Sendable {
    /// One account per resolved group, sorted by id.
    public var accounts: [CreatorAccount]
    /// `same_account` / `same_platform_id` / `same_profile_url` merges and `never_merge` refusals, by kept id.
    public var merges: [MergeRecord]
    /// Account id that did not survive → the id of the account it was folded into.
    public var aliases: [String: String]
}

/// Folds several snapshots of the same account into one.
///
/// Snapshots are the same account when they share the platform and handle, the platform id (a YouTube channel
/// id `UC…`), or the canonical profile URL (platform + handle read from `profile_url`). Groups are found with
/// union-find over these blocking keys, never by comparing all pairs. A `never_merge` override between two ids
/// stops a platform-id or URL merge of those ids (keys are joined in input order; the refused join is recorded).
///
/// Survivorship: the newest `as_of` wins for counts and for the id (rows without a date count as oldest; among
/// equal dates the earlier input row wins); empty text fields are filled from the other snapshots in that order;
/// differing follower counts and display names are recorded as evidence in the merge record.
public struct AccountDeduplicator: Sendable {
    public var overrides: MergeOverrides

    public init(overrides: MergeOverrides = MergeOverrides()) { self.overrides = overrides }

    /// - Complexity: O(n log n) in the number of accounts.
    public func deduplicate(_ accounts: [CreatorAccount]) -> (accounts: [CreatorAccount], merges: [MergeRecord]) {
        let resolution = resolve(accounts)
        return (resolution.accounts, resolution.merges)
    }

    /// Resolves `accounts` (one per input row) to one account per real account.
    /// - Complexity: O(n log n) in the number of accounts (near-linear union-find plus sorting).
    public func resolve(_ accounts: [CreatorAccount]) -> AccountResolution {
        var graph = IdentityGraph(labels: accounts.map(\.id), never: overrides.neverByAccount)
        var first: [String: Int] = [:]
        for (node, account) in accounts.enumerated() {
            if let earlier = first["h:" + account.id] { _ = graph.link(earlier, node) } else { first["h:" + account.id] = node }
        }
        var evidence: [(node: Int, rule: String, text: String)] = []
        var refused: [String: MergeRecord] = [:]
        let reasons = Dictionary(overrides.never.map { ("\($0.a) \($0.b)", $0) }, uniquingKeysWith: { a, _ in a })
        for (node, account) in accounts.enumerated() {
            for (key, rule, shown) in Self.keys(account) {
                guard let earlier = first[key] else { first[key] = node; continue }
                let other = accounts[earlier].id
                switch graph.link(earlier, node) {
                case .joined, .alreadyLinked:
                    if other != account.id {
                        evidence.append((node, rule, "\(min(other, account.id)) and \(max(other, account.id)) share \(shown)"))
                    }
                case .blocked(let a, let b):
                    let pair = reasons["\(min(a, b)) \(max(a, b))"]
                    refused["\(a) \(b)"] = MergeRecord(
                        keptID: a, mergedIDs: [b], rule: "never_merge",
                        evidence: "not merged: \(other) and \(account.id) share \(shown), but \(pair?.origin ?? "an override") keeps "
                            + "\(a) and \(b) apart" + (pair?.note.isEmpty == false ? " (\(pair!.note))" : ""))
                }
            }
        }
        var evidenceByRoot: [Int: [(rule: String, text: String)]] = [:]
        for item in evidence { evidenceByRoot[graph.find(item.node), default: []].append((item.rule, item.text)) }
        var result: [CreatorAccount] = []
        var merges: [MergeRecord] = []
        var aliases: [String: String] = [:]
        var sets = graph.sets
        for members in sets.groups() {
            let snapshots = members.map { accounts[$0] }.sorted(by: Self.newerFirst)
            var survivor = snapshots[0]
            guard snapshots.count > 1 else {
                result.append(survivor)
                continue
            }
            for other in snapshots.dropFirst() { Self.fill(&survivor, from: other) }
            survivor.sources = snapshots.flatMap(\.sources)
            let otherIDs = Set(snapshots.map(\.id)).subtracting([survivor.id]).sorted()
            for id in otherIDs { aliases[id] = survivor.id }
            let keyEvidence = evidenceByRoot[sets.find(members[0])] ?? []
            var parts = ["\(snapshots.count) rows; kept \(survivor.sources[0].file):\(survivor.sources[0].line)"
                + (survivor.asOf.isEmpty ? "" : " (\(survivor.asOf))")]
            parts += Array(Set(keyEvidence.map(\.text))).sorted()
            if Set(snapshots.map(\.followers)).count > 1 {
                parts.append("followers " + snapshots.map { "\($0.followers)" + ($0.asOf.isEmpty ? "" : " (\($0.asOf))") }.joined(separator: " vs "))
            }
            var names: [String] = []
            for name in snapshots.map(\.displayName) where !name.isEmpty && !names.contains(name) { names.append(name) }
            if names.count > 1 { parts.append("display names " + names.map { "'\($0)'" }.joined(separator: " vs ")) }
            merges.append(MergeRecord(
                keptID: survivor.id,
                mergedIDs: otherIDs + snapshots.dropFirst().flatMap(\.sources).map { "\($0.file):\($0.line)" },
                rule: otherIDs.isEmpty ? "same_account" : Set(keyEvidence.map(\.rule)).sorted().joined(separator: "+"),
                evidence: parts.joined(separator: "; ")))
            result.append(survivor)
        }
        merges += refused.keys.sorted().map { refused[$0]! }
        return AccountResolution(
            accounts: result.sorted { $0.id < $1.id },
            merges: merges.sorted { ($0.keptID, $0.rule, $0.mergedIDs.joined(separator: "|")) < ($1.keptID, $1.rule, $1.mergedIDs.joined(separator: "|")) },
            aliases: aliases)
    }

    /// Blocking keys beyond platform + handle: the platform id and the canonical profile URL.
    static func keys(_ account: CreatorAccount) -> [(key: String, rule: String, shown: String)] {
        var keys: [(String, String, String)] = []
        if !account.platformID.isEmpty {
            keys.append(("i:\(account.platform.rawValue):\(account.platformID)", "same_platform_id",
                         "\(account.platform.rawValue) platform id \(account.platformID)"))
        }
        if let parsed = HandleParsing.parse(account.profileURL), let platform = parsed.platform {
            let canonical = "\(platform.rawValue):\(parsed.handle)"
            keys.append(("u:" + canonical, "same_profile_url", "profile URL \(canonical)"))
        }
        return keys
    }

    static func newerFirst(_ a: CreatorAccount, _ b: CreatorAccount) -> Bool {
        if a.asOf != b.asOf { return a.asOf > b.asOf }
        return a.sources[0] < b.sources[0]
    }

    /// Fills `survivor`'s empty text and missing optional values from `other`.
    static func fill(_ survivor: inout CreatorAccount, from other: CreatorAccount) {
        func text(_ path: WritableKeyPath<CreatorAccount, String>) {
            if survivor[keyPath: path].isEmpty { survivor[keyPath: path] = other[keyPath: path] }
        }
        func list(_ path: WritableKeyPath<CreatorAccount, [String]>) {
            if survivor[keyPath: path].isEmpty { survivor[keyPath: path] = other[keyPath: path] }
        }
        func optional<T>(_ path: WritableKeyPath<CreatorAccount, T?>) {
            if survivor[keyPath: path] == nil { survivor[keyPath: path] = other[keyPath: path] }
        }
        for path in [\CreatorAccount.displayName, \.profileURL, \.platformID, \.bio, \.captions, \.country,
                     \.audienceCountry, \.language, \.emailHash, \.website, \.currency] { text(path) }
        for path in [\CreatorAccount.niches, \.hashtags, \.brandMentions] { list(path) }
        optional(\.sponsoredRatio)
        optional(\.estCost)
        if survivor.asOf.isEmpty && survivor.interactionsPerPost == nil && survivor.statedEngagementRate == nil {
            survivor.avgLikes = other.avgLikes
            survivor.avgComments = other.avgComments
            survivor.avgViews = survivor.avgViews ?? other.avgViews
            survivor.statedEngagementRate = other.statedEngagementRate
        }
    }
}
