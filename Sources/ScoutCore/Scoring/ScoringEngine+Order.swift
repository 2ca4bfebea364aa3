extension ScoringEngine {
    /// The positions of `keys` in ascending key order (`keys.indices.sorted { keys[$0] < keys[$1] }`).
    ///
    /// The normalise stage hands over its accounts in id order, so the keys usually ascend strictly already; one
    /// pass of n − 1 comparisons then finds the answer (the identity: with no two keys equal it is the only
    /// ascending order) instead of a sort's n log n.
    static func ascendingOrder(_ keys: [String]) -> [Int] {
        var ascending = true
        for i in keys.indices.dropFirst() where !(keys[i - 1] < keys[i]) {
            ascending = false
            break
        }
        if ascending { return Array(keys.indices) }
        return keys.indices.sorted { keys[$0] < keys[$1] }
    }
}
