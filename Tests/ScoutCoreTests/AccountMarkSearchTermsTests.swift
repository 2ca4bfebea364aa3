import Testing

@testable import ScoutCore

/// Compiling marks accounts from interned term ids (`AccountMarkSearch.mark(handle:text:…)`); the prepared path
/// (`mark(_:at:in:)`, token sets) is the reference, and the document terms must be the model's `TokenDocument`.
@Suite struct AccountMarkSearchTermsTests {
    typealias Night = ScoringEngineTests

    /// A night whose briefs exclude, name and tag what accounts carry only in joined hashtags, brand mentions,
    /// `@name` words or the document, so every route of the token set and the tagged keys is taken.
    static func night(seed: UInt64) -> ([Brief], [CreatorAccount]) {
        var (briefs, accounts) = Night.night(creators: 1500, briefs: 70, seed: seed)
        var r = Night.SeededRandom(state: seed &+ 99)
        let words = ["home workout", "slow fashion", "brand 3", "sunveil", "日焼け止め", "café", "glow lab", "spf 50"]
        for i in accounts.indices {
            if r.chance(0.3) {
                accounts[i].hashtags.append(
                    "#" + r.pick(["HomeWorkout", "Home_Workout", "slowfashion", "日焼け止め", "GlowLab", "spf50"]))
            }
            if r.chance(0.2) { accounts[i].brandMentions.append(r.pick(["Glow Lab", "Sunveil", "brand 3", "café"])) }
            if r.chance(0.2) {
                accounts[i].bio += " " + r.pick(["@glowlab.jp", "#SPF50", "glow lab", "home  workout"])
            }
            if r.chance(0.1) { accounts[i].displayName = r.pick(words) }
        }
        for b in briefs.indices {
            if r.chance(0.4) { briefs[b].exclude.append(r.pick(words)) }
            if r.chance(0.3) { briefs[b].keywords.append(r.pick(words)) }
            if r.chance(0.3) { briefs[b].brand = r.pick(["Glow Lab", "Sunveil", "spf 50", "Brand 3"]) }
            if r.chance(0.3) { briefs[b].campaignHashtags = [r.pick(["#GlowLab", "homeworkout", "#spf50", "#ブランド"])] }
        }
        return (briefs, accounts)
    }

    @Test(arguments: [UInt64(3), 41, 977])
    func compiledMarksEqualThePreparedOnes(seed: UInt64) {
        let (briefs, accounts) = Self.night(seed: seed)
        let model = MatchModel(reference: Fixtures.reference)
        var unknownLabels: [String: [String]] = [:]
        let prepared = briefs.map { model.prepare($0, unknownNiches: &unknownLabels) }
        let search = AccountMarkSearch(prepared)
        let order = Array(accounts.indices)
        var unknown = Set<String>()
        let reference = accounts.map { model.prepare($0, unknownNiches: &unknown) }
        var expected = AccountMarks(search)
        for (position, account) in reference.enumerated() { search.mark(account, at: Int32(position), in: &expected) }
        let nonEmpty = [
            expected.handles, expected.exclusions, expected.keywords, expected.hashtags,
            expected.brands.map { $0.map(\.position) },
        ].map { $0.filter { !$0.isEmpty }.count }
        #expect(nonEmpty.allSatisfy { $0 > 0 }, "marks per kind: \(nonEmpty)")
        for workers in [1, 3] {
            let (compiled, labels) = CompiledAccounts.build(
                accounts, order: order, model: model, search: search, workers: workers)
            #expect(labels == unknown)
            #expect(compiled.marks.handles == expected.handles)
            #expect(compiled.marks.exclusions == expected.exclusions)
            #expect(compiled.marks.keywords == expected.keywords)
            #expect(compiled.marks.hashtags == expected.hashtags)
            #expect(
                compiled.marks.brands.map { $0.map(\.position) } == expected.brands.map { $0.map(\.position) }
                    && compiled.marks.brands.map { $0.map(\.affinity) } == expected.brands.map { $0.map(\.affinity) })
            // Each document: the model's counts, term by term, and its length.
            for (position, account) in reference.enumerated() {
                let row = compiled.rows[position]
                var counts: [String: Int] = [:]
                for term in compiled.terms[Int(row.termStart)..<Int(row.termEnd)] {
                    counts[compiled.vocabulary.strings[Int(term >> 32)]] = Int(term & 0xFFFF_FFFF)
                }
                #expect(counts == account.document.counts && Int(row.documentLength) == account.document.length)
            }
        }
    }
}
