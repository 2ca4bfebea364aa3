/// One candidate in a score shard's pool for one brief: the shortlist row it would be (ranked by the merge step),
/// the person it belongs to and the country the cap counts it under.
package struct PoolEntry: Sendable, Hashable {
    var row: ShortlistRow
    /// `CreatorAccount.personKey`: the merge step keeps one place per person.
    var person: String
    /// `ShortlistSelection.country(of:)`.
    var country: String
    /// The account's source rows (first the one that won), for a brief that opted into contact details: the merge
    /// step reads the e-mail address back from them. Empty otherwise.
    var sources: [SourceRef] = []

    /// The order of every pool and shortlist: score descending, then creator id ascending (the heap's order).
    static func before(_ a: PoolEntry, _ b: PoolEntry) -> Bool {
        a.row.score != b.row.score ? a.row.score > b.row.score : a.row.creatorID < b.row.creatorID
    }
}
