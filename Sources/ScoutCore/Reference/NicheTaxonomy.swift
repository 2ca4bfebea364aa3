import Foundation

/// A hierarchical niche taxonomy with multilingual synonyms, loaded from `data/niches.csv`.
public struct NicheTaxonomy: Sendable {
    public struct Node: Sendable, Hashable {
        public var id: String
        public var parent: String?
        public var label: String
    }

    public private(set) var nodes: [String: Node] = [:]
    private var bySynonym: [String: String] = [:]
    /// Each node's ancestors, nearest first, computed once (scoring asks for them for every creator-brief pair).
    private var ancestorsByID: [String: [String]] = [:]
    /// Reads niches off creators' own words through the same synonyms.
    public private(set) var inference = NicheInference(synonyms: [])

    public init(nodes: [Node], synonyms: [String: String] = [:]) {
        for node in nodes {
            self.nodes[node.id] = node
            bySynonym[Self.fold(node.id)] = node.id
            bySynonym[Self.fold(node.label)] = node.id
            if let leaf = node.id.split(separator: "/").last, bySynonym[Self.fold(String(leaf))] == nil {
                bySynonym[Self.fold(String(leaf))] = node.id
            }
        }
        for (synonym, id) in synonyms { bySynonym[Self.fold(synonym)] = id }
        for id in self.nodes.keys { ancestorsByID[id] = walkAncestors(of: id) }
        inference = NicheInference(synonyms: bySynonym.map { ($0.key, $0.value) })
    }

    public static func load(_ path: String) throws -> NicheTaxonomy {
        let table = try ReferenceTable.load(path)
        let (i, p, l, s) = try (
            table.index(of: "id"), table.index(of: "parent"), table.index(of: "label"), table.index(of: "synonyms")
        )
        var nodes: [Node] = []
        var synonyms: [String: String] = [:]
        var ids = Set<String>()
        for (_, fields) in table.rows { ids.insert(fields[i]) }
        for (line, fields) in table.rows {
            let parent = fields[p].isEmpty ? nil : fields[p]
            if let parent, !ids.contains(parent) {
                throw ScoutError.badReferenceData(path: path, line: line, reason: "parent '\(parent)' is not an id")
            }
            nodes.append(Node(id: fields[i], parent: parent, label: fields[l]))
            for synonym in fields[s].split(separator: "|") {
                let key = fold(String(synonym))
                if let other = synonyms[key], other != fields[i] {
                    throw ScoutError.badReferenceData(
                        path: path, line: line, reason: "synonym '\(synonym)' also names '\(other)'")
                }
                synonyms[key] = fields[i]
            }
        }
        return NicheTaxonomy(nodes: nodes, synonyms: synonyms)
    }

    /// The node id for a label as written in an export or brief (`Skincare`, `スキンケア`, `beauty/skincare`).
    public func resolve(_ label: String) -> String? {
        let key = Self.fold(label)
        if key.isEmpty { return nil }
        return bySynonym[key]
    }

    /// The ancestors of `id`, nearest first.
    public func ancestors(of id: String) -> [String] {
        ancestorsByID[id] ?? []
    }

    /// Follows parent links from `id` (stopping at a cycle); the body behind `ancestors(of:)`.
    private func walkAncestors(of id: String) -> [String] {
        var result: [String] = []
        var current = nodes[id]?.parent
        while let parent = current, !result.contains(parent) {
            result.append(parent)
            current = nodes[parent]?.parent
        }
        return result
    }

    /// How well a creator niche answers a brief niche, in [0, 1], with the relation's name.
    ///
    /// Exact 1.0; creator more specific than the brief (brief `beauty`, creator `beauty/skincare`) 0.8;
    /// creator broader than the brief 0.5; siblings 0.4; same root further apart 0.25; unrelated 0.
    public func similarity(brief: String, creator: String) -> (score: Double, relation: String) {
        if brief == creator { return (1.0, "exact") }
        let creatorAncestors = ancestors(of: creator)
        if creatorAncestors.contains(brief) { return (0.8, "narrower") }
        let briefAncestors = ancestors(of: brief)
        if briefAncestors.contains(creator) { return (0.5, "broader") }
        if let a = nodes[brief]?.parent, a == nodes[creator]?.parent { return (0.4, "sibling") }
        if let rootA = briefAncestors.last, let rootB = creatorAncestors.last, rootA == rootB {
            return (0.25, "related")
        }
        return (0, "none")
    }

    /// Lower-case, NFKC, single spaces, trimmed; `&`, `_` and `-` read as spaces.
    static func fold(_ text: String) -> String {
        // ASCII text is its own NFKC form.
        let lowered = (text.utf8.allSatisfy { $0 < 0x80 } ? text : text.precomposedStringWithCompatibilityMapping)
            .lowercased()
        var out = ""
        var pendingSpace = false
        for character in lowered {
            if character.isWhitespace || character == "_" || character == "-" {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.append(" ") }
                pendingSpace = false
                out.append(character)
            }
        }
        return out
    }
}
