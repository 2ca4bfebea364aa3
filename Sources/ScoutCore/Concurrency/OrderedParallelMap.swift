import Dispatch
import Foundation
import Synchronization

/// Runs pure per-element work on every core in contiguous chunks and returns the results in input order,
/// so the output is exactly what a sequential `map` gives whatever the thread count.
enum OrderedParallelMap {
    /// Chunks for `count` elements: about eight per core (for balance), none smaller than `minimumChunk`.
    static func chunks(_ count: Int, minimumChunk: Int = 1024) -> [Range<Int>] {
        guard count > 0 else { return [] }
        let chunkCount = max(1, min(count / minimumChunk, ProcessInfo.processInfo.activeProcessorCount * 8))
        let size = (count + chunkCount - 1) / chunkCount
        return stride(from: 0, to: count, by: size).map { $0..<min(count, $0 + size) }
    }

    /// `(0..<count).map(transform)`, computed in parallel chunks.
    /// - Complexity: O(n) work split across cores.
    static func map<T: Sendable>(_ count: Int, minimumChunk: Int = 1024, _ transform: @Sendable (Int) -> T) -> [T] {
        let ranges = chunks(count, minimumChunk: minimumChunk)
        if ranges.count <= 1 { return (0..<count).map(transform) }
        let parts = Mutex<[[T]]>(Array(repeating: [], count: ranges.count))
        DispatchQueue.concurrentPerform(iterations: ranges.count) { chunk in
            let result = ranges[chunk].map(transform)
            parts.withLock { $0[chunk] = result }
        }
        var result: [T] = []
        result.reserveCapacity(count)
        // Take the parts out of the lock so each is uniquely referenced and freed once appended.
        var taken = parts.withLock { parts -> [[T]] in
            defer { parts = [] }
            return parts
        }
        for index in taken.indices {
            result += taken[index]
            taken[index] = []
        }
        return result
    }
}
