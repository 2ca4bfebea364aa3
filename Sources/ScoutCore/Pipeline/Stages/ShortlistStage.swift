/// Stage 4: the final rows, computed once (see `FinalShortlist`), then the deliverables and the manifest.
public enum ShortlistStage {
    /// Joins each candidate with its account (and the person's other accounts), in brief order; then removes the
    /// do-not-contact creators and, with history, flags follower spikes, fills the change column, lists the
    /// creators dropped since the previous night and records tonight in the history database.
    /// - Throws: `ScoutError.badIntermediate` for a candidate whose account is missing (hand-edited stage files),
    ///   `NightlyError.history` when the history database refuses.
    static func finalShortlist(_ input: ShortlistInput, context: StageContext, recordedAt: String) throws -> FinalShortlist {
        var clock = PhaseClock()
        let (briefs, people) = try rows(input, candidatesPath: context.layout.candidates)
        let final = FinalShortlist(
            briefs: briefs, quarantine: input.quarantine.sorted { ($0.file, $0.line) < ($1.file, $1.line) },
            merges: input.merges, inauthentic: input.inauthentic, diagnostics: input.diagnostics, inputs: input.files,
            creators: input.accounts.count, people: people)
        defer { clock.lap("shortlist: rows") }
        return try annotate(final, context: context, recordedAt: recordedAt) { input.accounts.map(CreatorSnapshot.init) }
    }

    /// `final` after the do-not-contact list and, with history, the spike flags, the change column and the dropped
    /// creators, tonight recorded: the same in one process and in a sharded night's merge step.
    /// - Parameter snapshots: every account's numbers tonight, by id (only read with history).
    static func annotate(_ final: FinalShortlist, context: StageContext, recordedAt: String,
                         snapshots: () throws -> [CreatorSnapshot]) throws -> FinalShortlist {
        var final = final
        if let list = context.doNotContact { final.excluded = list.remove(from: &final.briefs) }
        if let path = context.options.shortlist.history {
            let night = HistoryNight(store: try HistoryStore(path: path), runID: context.options.shortlist.runID ?? RunClock.today(),
                                     recordedAt: recordedAt, doNotContact: context.doNotContact)
            try night.annotate(&final, snapshots: snapshots)
        }
        return final
    }

    /// Every brief's rows before do-not-contact and history, and the number of people among the accounts.
    ///
    /// Only shortlisted accounts and their people are looked up; at a million accounts, indexing all of them
    /// would cost more than writing the shortlists. Accounts are read in place by index.
    static func rows(_ input: ShortlistInput, candidatesPath: String) throws -> (briefs: [BriefShortlist], people: Int) {
        let accounts = input.accounts
        let byID = accounts.firstPositions(of: Set(input.candidates.map(\.candidate.accountID))).mapValues { accounts[$0] }
        let (accountsOfPerson, people) = ShortlistRow.accountsOfPeople(Set(byID.values.map(\.personKey)), in: accounts)
        let brandOf = Dictionary(input.briefs.map { ($0.id, $0.brand) }, uniquingKeysWith: { a, _ in a })
        var rowsByBrief: [String: [ShortlistRow]] = [:]
        for entry in input.candidates {
            let c = entry.candidate
            guard let account = byID[c.accountID] else {
                throw ScoutError.badIntermediate(path: candidatesPath, reason: "creator \(c.accountID) is not in accounts.csv")
            }
            rowsByBrief[c.briefID, default: []].append(ShortlistRow(
                c, brand: brandOf[c.briefID] ?? "", account: account,
                otherAccounts: (accountsOfPerson[account.personKey] ?? []).filter { $0 != account.id }.sorted(),
                tier: entry.tier, engagementRate: entry.engagementRate))
        }
        let briefs = input.briefs.map {
            BriefShortlist(briefID: $0.id, brand: $0.brand, requested: $0.shortlistSize, rows: rowsByBrief[$0.id] ?? [])
        }
        return (briefs, people)
    }
}
