/// What account deduplication reads of one input row's account: its id, the survivorship order (snapshot date,
/// then source row), and what a merge record shows as evidence.
///
/// `CreatorAccount` is one (`scout run`: the whole account); `IdentityRecord` is the compact form a sharded night's
/// identity step reads from every ingest shard, so both go through the same `AccountDeduplicator.groups`.
protocol IdentitySnapshot: Sendable {
    /// `platform:handle`.
    var id: String { get }
    var platform: Platform { get }
    var platformID: String { get }
    /// ISO date, empty when unknown.
    var asOf: String { get }
    var followers: Int { get }
    var displayName: String { get }
    /// The input rows behind it, first the one that won (one for a row's snapshot).
    var sources: [SourceRef] { get }
}

/// What person linking reads of one account (after survivorship filled its empty fields from its other rows).
protocol LinkableAccount: Sendable {
    var platform: Platform { get }
    var platformID: String { get }
    var emailHash: String { get }
    var website: String { get }
    /// The bio; only a bio holding a `/` can hold a profile link, so a compact form may leave any other empty.
    var bio: String { get }
}

extension CreatorAccount: IdentitySnapshot, LinkableAccount {}
