/// Finds an account's position by its id.
///
/// Deduplicated accounts arrive sorted by id; then a binary search over the ids answers without building a
/// million-entry dictionary. Otherwise (unsorted or repeated ids) a dictionary keeps each id's first position.
struct AccountIndex {
    private let ids: [String]
    private let sorted: Bool
    private let positions: [String: Int]

    /// - Complexity: O(n) comparisons to check the order; O(n) hashing only when the ids are not sorted.
    init(_ ids: [String]) {
        self.ids = ids
        sorted = zip(ids, ids.dropFirst()).allSatisfy { $0 < $1 }
        var positions: [String: Int] = [:]
        if !sorted {
            positions.reserveCapacity(ids.count)
            for (node, id) in ids.enumerated() where positions[id] == nil { positions[id] = node }
        }
        self.positions = positions
    }

    /// The position of the first account with this id.
    /// - Complexity: O(log n) when the ids are sorted, else O(1) on average.
    subscript(id: String) -> Int? {
        guard sorted else { return positions[id] }
        var (low, high) = (0, ids.count)
        while low < high {
            let middle = (low + high) / 2
            if ids[middle] < id { low = middle + 1 } else { high = middle }
        }
        return low < ids.count && ids[low] == id ? low : nil
    }
}
