/// Folds several snapshots of the same account (same platform and handle) into one.
///
/// Survivorship: the newest `as_of` wins for counts (rows without a date count as oldest; among equal
/// dates the earlier input row wins); empty text fields are filled from the other snapshots in that order;
/// differing follower counts are recorded as evidence in the merge record.
public struct AccountDeduplicator: Sendable {
    public init() {}

    /// - Complexity: O(n log n) in the number of accounts.
    public func deduplicate(_ accounts: [CreatorAccount]) -> (accounts: [CreatorAccount], merges: [MergeRecord]) {
        var groups: [String: [CreatorAccount]] = [:]
        for account in accounts { groups[account.id, default: []].append(account) }
        var result: [CreatorAccount] = []
        var merges: [MergeRecord] = []
        for id in groups.keys.sorted() {
            let snapshots = groups[id]!.sorted(by: Self.newerFirst)
            var survivor = snapshots[0]
            guard snapshots.count > 1 else {
                result.append(survivor)
                continue
            }
            for other in snapshots.dropFirst() { Self.fill(&survivor, from: other) }
            survivor.sources = snapshots.flatMap(\.sources)
            let counts = snapshots.map { "\($0.followers)" + ($0.asOf.isEmpty ? "" : " (\($0.asOf))") }
            merges.append(MergeRecord(
                keptID: id,
                mergedIDs: snapshots.dropFirst().flatMap(\.sources).map { "\($0.file):\($0.line)" },
                rule: "same_account",
                evidence: "same platform and handle in \(snapshots.count) rows; kept \(survivor.sources[0].file):\(survivor.sources[0].line)"
                    + (Set(snapshots.map(\.followers)).count > 1 ? "; followers " + counts.joined(separator: " vs ") : "")))
            result.append(survivor)
        }
        return (result, merges)
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
