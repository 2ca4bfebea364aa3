/// Each brief's seed creators (`seed_creators`) resolved to the night's seed accounts, once per night.
struct BriefSeeds: Sendable {
    /// Per brief: the facts of the accounts its seeds name, in the order written (a bare `@handle` names that handle
    /// on every platform, in creator-id order); empty for briefs without seeds.
    var facts: [[SeedFacts]]
    /// Per brief: the seeds as written that name no account of the night.
    var unknown: [[String]]
    /// Seed account id → position (creator-id order) among the accounts scored, so no seed is compared with itself.
    var positions: [String: Int32]

    var isEmpty: Bool { facts.allSatisfy(\.isEmpty) }

    /// Resolves each brief's seeds among `named` (every account some brief's seeds name, night-wide, ascending by id:
    /// `named(by:in:model:)` or a sharded night's published statistics) and finds the seeds among `accounts`.
    /// - Complexity: O(N) set look-ups over the accounts when some brief has seeds; nothing otherwise.
    init(briefs: [Brief], named: [SeedFacts], accounts: [CreatorAccount], order: [Int]) {
        facts = briefs.map { _ in [] }
        unknown = briefs.map { _ in [] }
        positions = [:]
        guard briefs.contains(where: { !$0.seedCreators.isEmpty }) else { return }
        for (b, brief) in briefs.enumerated() {
            for text in brief.seedCreators {
                guard let reference = CreatorReference(text) else { continue }
                let found = named.filter { reference.matches($0.accountID) }
                if found.isEmpty { unknown[b].append(text) }
                for seed in found where !facts[b].contains(seed) { facts[b].append(seed) }
            }
        }
        let ids = Set(named.map(\.accountID))
        for position in order.indices where ids.contains(accounts[order[position]].id) {
            if positions[accounts[order[position]].id] == nil {
                positions[accounts[order[position]].id] = Int32(position)
            }
        }
    }

    /// The facts of every account in `accounts` that some brief's seeds name, ascending by id (the first of an id).
    /// - Complexity: O(N) set look-ups, then one preparation per seed account; nothing without seeds.
    static func named(by briefs: [Brief], in accounts: [CreatorAccount], model: MatchModel) -> [SeedFacts] {
        let references = briefs.flatMap(\.seedCreators).compactMap(CreatorReference.init)
        guard !references.isEmpty else { return [] }
        let ids = Set(references.compactMap(\.accountID))
        let handles = Set(references.filter { $0.accountID == nil }.map(\.handle))
        var found: [String: SeedFacts] = [:]
        for account in accounts where ids.contains(account.id) || handles.contains(account.handle) {
            if found[account.id] == nil {
                var unknownNiches = Set<String>()
                found[account.id] = SeedFacts(model.prepare(account, unknownNiches: &unknownNiches), model: model)
            }
        }
        return found.keys.sorted().map { found[$0]! }
    }

    /// Warns about each seed that names no account of the night (`unknown_seed`).
    func diagnose(_ briefs: [Brief], diagnostics: inout DiagnosticsCollector) {
        for (b, seeds) in unknown.enumerated() {
            for seed in seeds {
                diagnostics.warning(
                    .unknownSeed, line: briefs[b].line,
                    "brief \(briefs[b].id): seed creator '\(seed)' is in no export tonight; scored with its other seeds"
                )
            }
        }
    }
}
