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

    /// `ascendingOrder(accounts.map(\.id))`, without building the ids when they already ascend strictly.
    ///
    /// An id is `platform:handle`. No platform name holds `:`, so two ids on different platforms compare as their
    /// names followed by `:` do; on one platform they compare as the handles do, which for ASCII handles is their
    /// bytes (Swift orders strings by Unicode scalars after normalisation, the identity on ASCII). A pair with a
    /// handle outside ASCII compares the ids themselves.
    static func ascendingOrder(_ accounts: [CreatorAccount]) -> [Int] {
        let names = Platform.allCases.map { $0.rawValue + ":" }
        let rank = Dictionary(
            uniqueKeysWithValues: Platform.allCases.map { p in (p, names.filter { $0 < p.rawValue + ":" }.count) })
        func precedes(_ a: CreatorAccount, _ b: CreatorAccount) -> Bool {
            if a.platform != b.platform { return rank[a.platform]! < rank[b.platform]! }
            let ascii = a.handle.utf8.allSatisfy { $0 < 0x80 } && b.handle.utf8.allSatisfy { $0 < 0x80 }
            return ascii ? a.handle.utf8.lexicographicallyPrecedes(b.handle.utf8) : a.id < b.id
        }
        for i in accounts.indices.dropFirst() where !precedes(accounts[i - 1], accounts[i]) {
            return ascendingOrder(accounts.map(\.id))
        }
        return Array(accounts.indices)
    }
}
