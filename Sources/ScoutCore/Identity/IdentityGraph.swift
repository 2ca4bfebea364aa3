/// Union-find over account nodes that refuses any join which would put a `never_merge` pair in one set.
///
/// Each set remembers which of its labels take part in a `never_merge` pair, so a join checks only those
/// (overrides are few): the cost stays near-linear in the number of nodes and edges.
struct IdentityGraph {
    /// Why a join did not happen.
    enum Outcome: Equatable {
        case joined
        case alreadyLinked
        /// The join would have put the two labels, which a `never_merge` override keeps apart, in one set.
        case blocked(String, String)
    }

    private(set) var sets: UnionFind
    /// The account id of each node.
    let labels: [String]
    private let never: [String: Set<String>]
    /// Set representative → the labels in that set that appear in a `never_merge` pair.
    private var guarded: [Int: Set<String>] = [:]

    init(labels: [String], never: [String: Set<String>]) {
        self.labels = labels
        self.never = never
        sets = UnionFind(count: labels.count)
        if !never.isEmpty {
            for (node, label) in labels.enumerated() where never[label] != nil {
                guarded[node, default: []].insert(label)
            }
        }
    }

    mutating func find(_ x: Int) -> Int { sets.find(x) }

    /// Joins the sets of `a` and `b` unless a `never_merge` pair would end up together.
    mutating func link(_ a: Int, _ b: Int) -> Outcome {
        let ra = sets.find(a)
        let rb = sets.find(b)
        if ra == rb { return .alreadyLinked }
        let ga = guarded[ra] ?? []
        let gb = guarded[rb] ?? []
        let (small, large) = ga.count <= gb.count ? (ga, gb) : (gb, ga)
        for label in small.sorted() {
            if let partner = never[label]?.intersection(large).min() {
                return ga.contains(label) ? .blocked(label, partner) : .blocked(partner, label)
            }
        }
        guard let root = sets.union(ra, rb) else { return .alreadyLinked }
        let merged = ga.union(gb)
        guarded[ra] = nil
        guarded[rb] = nil
        if !merged.isEmpty { guarded[root] = merged }
        return .joined
    }
}
