/// Reorders a large array of values by a sorted permutation of indices, moving elements in place.
///
/// Sorting whole `CreatorAccount` values (dozens of strings each) copies and retains every field at every
/// step; sorting `Int` indices by a precomputed key and applying the permutation once moves each value at
/// most once, without reference counting or a second array.
enum InPlacePermutation {
    /// Keeps the elements whose `keep` flag is set, ordered by `keys` ascending (equal keys in index order,
    /// as a stable sort of the kept elements would give), and drops the others.
    /// - Complexity: O(n log n) comparisons of keys plus O(n) moves.
    /// - Returns: the keys of the kept elements, in their new order.
    @discardableResult
    static func keepSorted<T>(_ elements: inout [T], keep: [Bool], by keys: [String]) -> [String] {
        precondition(keep.count == elements.count && keys.count == elements.count)
        let order = sortedIndices(elements.indices.filter { keep[$0] }, by: keys)
        return keepOrdered(&elements, order: order, keep: keep, keys: keys)
    }

    /// `keepSorted(elements, keep:by:)` with the kept indices already sorted by `(keys[i], i)` (`order`).
    @discardableResult
    static func keepOrdered<T>(_ elements: inout [T], order: [Int], keep: [Bool], keys: [String]) -> [String] {
        var order = order
        let kept = order.count
        let sortedKeys = order.map { keys[$0] }
        order += elements.indices.filter { !keep[$0] }
        apply(order, to: &elements)
        elements.removeLast(elements.count - kept)
        return sortedKeys
    }

    /// `indices` sorted by `(keys[i], i)`: halves sorted on separate cores, then merged.
    /// - Complexity: O(n log n) comparisons, about half of them on each of two cores.
    static func sortedIndices(_ indices: [Int], by keys: [String]) -> [Int] {
        @Sendable func before(_ a: Int, _ b: Int) -> Bool { keys[a] < keys[b] || (keys[a] == keys[b] && a < b) }
        guard indices.count >= 1 << 14 else { return indices.sorted(by: before) }
        let middle = indices.count / 2
        let halves = OrderedParallelMap.map(2, minimumChunk: 1) { half in
            (half == 0 ? indices[..<middle] : indices[middle...]).sorted(by: before)
        }
        return merge(halves[0], halves[1], by: before)
    }

    /// The kept indices sorted by `(keys[i], i)`, from `rowOrder` (every index sorted by `(rowKeys[i], i)`, keys
    /// that differ from `keys` only at `changed`): the dropped and changed indices are taken out, which leaves the
    /// others in order, and the kept changed ones are sorted alone and merged in.
    /// - Complexity: O(n) plus O(c log c) for the c changed indices.
    static func resorted(_ rowOrder: [Int], keep: [Bool], changed: [Int], keys: [String]) -> [Int] {
        func before(_ a: Int, _ b: Int) -> Bool { keys[a] < keys[b] || (keys[a] == keys[b] && a < b) }
        var isChanged = [Bool](repeating: false, count: keep.count)
        for index in changed { isChanged[index] = true }
        let unchanged = rowOrder.filter { keep[$0] && !isChanged[$0] }
        return merge(unchanged, changed.filter { keep[$0] }.sorted(by: before), by: before)
    }

    /// Two sorted index lists merged (`left` first among equals).
    private static func merge(_ left: [Int], _ right: [Int], by before: (Int, Int) -> Bool) -> [Int] {
        var merged: [Int] = []
        merged.reserveCapacity(left.count + right.count)
        var (i, j) = (0, 0)
        while i < left.count && j < right.count {
            if before(right[j], left[i]) {
                merged.append(right[j])
                j += 1
            } else {
                merged.append(left[i])
                i += 1
            }
        }
        merged += left[i...]
        merged += right[j...]
        return merged
    }

    /// Rearranges `elements` so that the new element at `i` is the old element at `order[i]`.
    /// - Precondition: `order` is a permutation of `elements.indices`.
    static func apply<T>(_ order: [Int], to elements: inout [T]) {
        precondition(order.count == elements.count)
        var placed = [Bool](repeating: false, count: order.count)
        elements.withUnsafeMutableBufferPointer { buffer in
            for start in buffer.indices where !placed[start] {
                var index = start
                placed[index] = true
                while order[index] != start {
                    let next = order[index]
                    buffer.swapAt(index, next)
                    index = next
                    placed[index] = true
                }
            }
        }
    }
}
