extension Array where Element == CreatorAccount {
    /// The position of the first account with each of `ids` that is present.
    ///
    /// Accounts are read in place by index (copying a `CreatorAccount` retains every string in it), and an id is
    /// only built for accounts whose handle belongs to one of `ids`, so looking up a shortlist's few thousand
    /// accounts among a million costs one pass of handle lookups.
    /// - Complexity: O(n) for n accounts, plus O(k) ids built for the k accounts with a wanted handle.
    func firstPositions(of ids: Set<String>) -> [String: Int] {
        // An id is `platform:handle`; the handle is everything after the first colon.
        let handles = Set(ids.map { $0.split(separator: ":", maxSplits: 1).last.map(String.init) ?? $0 })
        var positions: [String: Int] = [:]
        for i in indices where handles.contains(self[i].handle) {
            let id = self[i].id
            if ids.contains(id) && positions[id] == nil { positions[id] = i }
        }
        return positions
    }
}
