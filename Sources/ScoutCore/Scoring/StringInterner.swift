/// Gives each distinct string a small integer id, in order of first appearance.
///
/// Scoring interns countries, languages, currencies, tiers and tokens once, so the hot loop compares integers.
struct StringInterner: Sendable {
    /// The strings by id.
    private(set) var strings: [String] = []
    private var ids: [String: Int32] = [:]

    init() {}

    var count: Int { strings.count }

    /// The id of `string`, adding it when new.
    /// - Complexity: O(1) amortised (one hash of `string`).
    mutating func intern(_ string: String) -> Int32 {
        if let id = ids[string] { return id }
        let id = Int32(strings.count)
        strings.append(string)
        ids[string] = id
        return id
    }

    /// The id of `string`, or `nil` when it was never interned.
    func id(of string: String) -> Int32? { ids[string] }

    /// Interns every string of `other` and returns, for each of `other`'s ids, the id here.
    mutating func absorb(_ other: StringInterner) -> [Int32] {
        other.strings.map { intern($0) }
    }
}
