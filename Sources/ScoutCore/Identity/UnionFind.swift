/// Disjoint sets over `0..<count`: union by size with path halving.
///
/// - Complexity: `find` and `union` are amortised O(α(n)), effectively constant.
public struct UnionFind: Sendable {
    private var parent: [Int]
    private var size: [Int]

    public init(count: Int) {
        parent = Array(0..<count)
        size = Array(repeating: 1, count: count)
    }

    public var count: Int { parent.count }

    /// The representative of `x`'s set.
    public mutating func find(_ x: Int) -> Int {
        var x = x
        while parent[x] != x {
            parent[x] = parent[parent[x]]
            x = parent[x]
        }
        return x
    }

    /// Joins the sets of `a` and `b`; returns the new representative, or `nil` when they were already one set.
    @discardableResult
    public mutating func union(_ a: Int, _ b: Int) -> Int? {
        var ra = find(a)
        var rb = find(b)
        guard ra != rb else { return nil }
        if size[ra] < size[rb] || (size[ra] == size[rb] && rb < ra) { swap(&ra, &rb) }
        parent[rb] = ra
        size[ra] += size[rb]
        return ra
    }

    /// Every set with its members in ascending order, sets ordered by their smallest member.
    public mutating func groups() -> [[Int]] {
        var byRoot: [Int: Int] = [:]
        var result: [[Int]] = []
        for x in 0..<parent.count {
            let root = find(x)
            if let slot = byRoot[root] {
                result[slot].append(x)
            } else {
                byRoot[root] = result.count
                result.append([x])
            }
        }
        return result
    }
}
