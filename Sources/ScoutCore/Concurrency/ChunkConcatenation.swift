/// Joins the per-chunk arrays a parallel pass produced into one array by moving the elements.
///
/// `Array.append(contentsOf:)` copies: for a value with a dozen strings and arrays that is a dozen atomic
/// retains per element, and the chunks' releases follow. Moving is a plain memory copy; the moved-from slots
/// are refilled with `filler`, a value without heap storage, so freeing each chunk right after costs nothing.
enum ChunkConcatenation {
    /// The elements of `chunks`, in order; `chunks` is left holding empty arrays.
    /// - Complexity: O(n) bytes copied, no reference counting.
    static func moveJoin<T>(_ chunks: inout [[T]], filler: T) -> [T] {
        let total = chunks.reduce(0) { $0 + $1.count }
        return [T](unsafeUninitializedCapacity: total) { buffer, initializedCount in
            var offset = 0
            for index in chunks.indices {
                chunks[index].withUnsafeMutableBufferPointer { source in
                    guard let from = source.baseAddress, let to = buffer.baseAddress else { return }
                    (to + offset).moveInitialize(from: from, count: source.count)
                    from.initialize(repeating: filler, count: source.count)
                    offset += source.count
                }
                chunks[index] = []  // frees the chunk now, so the peak stays near one copy of the elements
            }
            initializedCount = total
        }
    }

    /// Moves the elements of `source` to the end of `target` (no reference counting); `source` is left empty.
    /// - Complexity: O(`source.count`).
    static func moveAppend<T>(_ source: inout [T], to target: inout [T], filler: T) {
        for index in source.indices {
            var element = filler
            swap(&element, &source[index])
            target.append(element)
        }
        source = []
    }

    /// The elements of `range`, moved out of `elements` (no reference counting); their slots are left holding
    /// `filler`, so what the caller frees later is only the moved-from array.
    /// - Complexity: O(`range.count`).
    static func moveOut<T>(_ range: Range<Int>, of elements: inout [T], filler: T) -> [T] {
        var moved: [T] = []
        moved.reserveCapacity(range.count)
        for index in range {
            var element = filler
            swap(&element, &elements[index])
            moved.append(element)
        }
        return moved
    }
}
