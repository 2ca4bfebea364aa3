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
    public func deduplicate(_ accounts: consuming [CreatorAccount]) -> (
        accounts: [CreatorAccount], merges: [MergeRecord]
    ) {
        let resolution = resolve(accounts)
        return (resolution.accounts, resolution.merges)
    }

    /// Resolves `accounts` (one per input row) to one account per real account.
    ///
    /// Ids and blocking keys (which parse profile URLs) are computed on every core; the union-find pass and the
    /// survivorship of merged groups are sequential. Accounts are never copied or sorted as whole values: the
    /// output order is a sorted permutation of indices, applied in place to the consumed input.
    /// - Complexity: O(n log n) in the number of accounts (near-linear union-find plus sorting the ids).
    public func resolve(_ accounts: consuming [CreatorAccount]) -> AccountResolution {
        let keys = BlockingKeys.compute(accounts)
        return resolve(accounts, keys: keys)
    }

    /// `resolve(accounts)` with each account's blocking keys already computed (`keys[i]` for `accounts[i]`).
    /// The rows are sorted by id on another core while the groups are found on this one; only the groups'
    /// survivors, whose ids may change, are sorted afterwards.
    func resolve(_ accounts: consuming [CreatorAccount], keys: [BlockingKeys]) -> AccountResolution {
        let rowIDs = keys.map(\.id)
        let sorting = OrderedBatchPipeline<[String], [Int]>(workers: 2, inFlight: 1) { ids in
            ids.indices.sorted { ids[$0] < ids[$1] || (ids[$0] == ids[$1] && $0 < $1) }
        }
        sorting.submit(rowIDs) { _ in }
        let groups = groups(accounts, keys: keys)
        var rowOrder: [Int] = []
        sorting.finish { rowOrder = $0 }
        let (resolved, ids) = groups.apply(to: accounts, rowIDs: rowIDs, rowOrder: rowOrder)
        return AccountResolution(
            accounts: resolved, merges: groups.merges, aliases: groups.aliases, ids: ids,
            foldedSources: groups.foldedSources)
    }

    /// Which rows are one account, from the rows' keys and the evidence their snapshots show; the rows stay where
    /// they are (`AccountGroups.apply` builds the accounts).
    ///
    /// Rows are joined in the order given, which is the night's global row order (files as `--creators` lists
    /// them, folders expanded, then line): a `never_merge` override refuses the join that would first put its two
    /// ids together, so the same rows give the same refusals however a night is split into shards.
    /// - Complexity: near-linear union-find over the keys, plus sorting each group's rows and the merge records.
    func groups<Snapshot: IdentitySnapshot>(_ snapshots: [Snapshot], keys: [BlockingKeys]) -> AccountGroups {
        precondition(keys.count == snapshots.count)
        let count = snapshots.count
        let never = overrides.neverPairs()
        var graph = IdentityGraph(labels: keys.map(\.id), never: never.partners)
        var byID = [String: Int](minimumCapacity: count)
        for node in 0..<count {
            let earlier = BlockingKeys.claim(keys[node].id, node, in: &byID)
            if earlier != node { _ = graph.link(earlier, node) }
        }
        var evidence: [(node: Int, rule: MergeRule, text: String)] = []
        var refused: [String: MergeRecord] = [:]
        func join(_ earlier: Int, _ node: Int, rule: MergeRule, shown: String) {
            let (other, id) = (keys[earlier].id, keys[node].id)
            switch graph.link(earlier, node) {
            case .joined, .alreadyLinked:
                if other != id {
                    evidence.append((node, rule, "\(min(other, id)) and \(max(other, id)) share \(shown)"))
                }
            case .blocked(let a, let b):
                refused["\(a) \(b)"] = .refused(
                    a, b, attempted: "not merged: \(other) and \(id) share \(shown)",
                    by: never.byKey[MergeOverrides.pairKey(a, b)])
            }
        }
        var byPlatformID: [String: Int] = [:]
        var byProfile = [String: Int](minimumCapacity: count)
        for node in 0..<count {
            if let key = keys[node].platformID {
                let earlier = BlockingKeys.claim(key, node, in: &byPlatformID)
                if earlier != node {
                    let snapshot = snapshots[node]
                    join(
                        earlier, node, rule: .samePlatformID,
                        shown: "\(snapshot.platform.rawValue) platform id \(snapshot.platformID)")
                }
            }
            if let key = keys[node].profile {
                let earlier = BlockingKeys.claim(key, node, in: &byProfile)
                if earlier != node { join(earlier, node, rule: .sameProfileURL, shown: "profile URL \(key)") }
            }
        }
        var roots = [Int](repeating: 0, count: count)
        var sizes = [Int32](repeating: 0, count: count)
        for node in 0..<count {
            roots[node] = graph.find(node)
            sizes[roots[node]] += 1
        }
        var evidenceByRoot: [Int: [(rule: MergeRule, text: String)]] = [:]
        for item in evidence { evidenceByRoot[roots[item.node], default: []].append((item.rule, item.text)) }
        // Groups of several rows, members ascending, in the order of their smallest member.
        var groupOfRoot: [Int: Int] = [:]
        var members: [[Int]] = []
        for node in 0..<count where sizes[roots[node]] > 1 {
            if let slot = groupOfRoot[roots[node]] {
                members[slot].append(node)
            } else {
                groupOfRoot[roots[node]] = members.count
                members.append([node])
            }
        }
        var result = AccountGroups(groups: [], merges: [], aliases: [:], foldedSources: [])
        var merges: [MergeRecord] = []
        for group in members {
            let ordered = group.sorted { Self.newerFirst(snapshots[$0], snapshots[$1]) }
            result.groups.append(ordered)
            let survivor = snapshots[ordered[0]]
            let sources = ordered.flatMap { snapshots[$0].sources }
            result.foldedSources += sources.dropFirst()
            let otherIDs = Set(ordered.map { snapshots[$0].id }).subtracting([survivor.id]).sorted()
            for id in otherIDs { result.aliases[id] = survivor.id }
            let keyEvidence = evidenceByRoot[roots[group[0]]] ?? []
            var parts = [
                "\(ordered.count) rows; kept \(sources[0].file):\(sources[0].line)"
                    + (survivor.asOf.isEmpty ? "" : " (\(survivor.asOf))")
            ]
            parts += Array(Set(keyEvidence.map(\.text))).sorted()
            if Set(ordered.map { snapshots[$0].followers }).count > 1 {
                parts.append(
                    "followers "
                        + ordered.map { member in
                            let s = snapshots[member]
                            return "\(s.followers)" + (s.asOf.isEmpty ? "" : " (\(s.asOf))")
                        }.joined(separator: " vs "))
            }
            var names: [String] = []
            for name in ordered.map({ snapshots[$0].displayName }) where !name.isEmpty && !names.contains(name) {
                names.append(name)
            }
            if names.count > 1 { parts.append("display names " + names.map { "'\($0)'" }.joined(separator: " vs ")) }
            merges.append(
                MergeRecord(
                    keptID: survivor.id,
                    mergedIDs: otherIDs
                        + ordered.dropFirst().flatMap { snapshots[$0].sources }.map { "\($0.file):\($0.line)" },
                    rules: otherIDs.isEmpty ? [.sameAccount] : Array(Set(keyEvidence.map(\.rule))),
                    evidence: parts.joined(separator: "; ")))
        }
        merges += refused.sorted { $0.key < $1.key }.map(\.value)
        let mergeKeys = merges.map { ($0.keptID, $0.ruleText, $0.mergedIDs.joined(separator: "|")) }
        let mergeOrder = merges.indices.sorted { a, b in
            let (x, y) = (mergeKeys[a], mergeKeys[b])
            return (x.0, x.1, x.2, a) < (y.0, y.1, y.2, b)
        }
        result.merges = mergeOrder.map { merges[$0] }
        return result
    }

    /// The account a group of rows' snapshots (newest first) make: the first, its empty fields filled from the
    /// others in order, with every row as a source.
    static func survivor(of snapshots: [CreatorAccount]) -> CreatorAccount {
        var survivor = snapshots[0]
        for other in snapshots.dropFirst() { fill(&survivor, from: other) }
        survivor.sources = snapshots.flatMap(\.sources)
        return survivor
    }

    /// Survivorship order: the newest `as_of` first (rows without a date count as oldest), then the earlier source
    /// row (file name, then line): a global order, whatever order the rows were processed in.
    static func newerFirst<Snapshot: IdentitySnapshot>(_ a: Snapshot, _ b: Snapshot) -> Bool {
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
        for path in [
            \CreatorAccount.displayName, \.profileURL, \.platformID, \.bio, \.captions, \.country,
            \.audienceCountry, \.language, \.emailHash, \.website, \.currency,
        ] { text(path) }
        for path in [\CreatorAccount.niches, \.hashtags, \.brandMentions] { list(path) }
        optional(\.sponsoredRatio)
        if survivor.audience.isEmpty { survivor.audience = other.audience }
        optional(\.estCost)
        if survivor.asOf.isEmpty && survivor.interactionsPerPost == nil && survivor.statedEngagementRate == nil {
            survivor.avgLikes = other.avgLikes
            survivor.avgComments = other.avgComments
            survivor.avgViews = survivor.avgViews ?? other.avgViews
            survivor.statedEngagementRate = other.statedEngagementRate
        }
    }
}
