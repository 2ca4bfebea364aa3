import Foundation

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
        var final = FinalShortlist(
            briefs: briefs, quarantine: input.quarantine.sorted { ($0.file, $0.line) < ($1.file, $1.line) },
            merges: input.merges, inauthentic: input.inauthentic, diagnostics: input.diagnostics, inputs: input.files,
            creators: input.accounts.count, people: people)
        if let list = context.doNotContact { final.excluded = list.remove(from: &final.briefs) }
        if let path = context.options.shortlist.history {
            let store = try HistoryStore(path: path)
            if let warning = context.historyWarning ?? store.setAsideWarning {
                // Loudly: on standard error now, and in diagnostics.txt.
                FileHandle.standardError.write(Data("scout: warning: \(warning)\n".utf8))
                final.diagnostics += Diagnostic(.warning, code: .historySetAside, file: path, warning).description + "\n"
            }
            let night = HistoryNight(store: store, runID: context.options.shortlist.runID ?? RunClock.today(),
                                     recordedAt: recordedAt, doNotContact: context.doNotContact)
            try night.annotate(&final, accounts: input.accounts)
        }
        clock.lap("shortlist: rows")
        return final
    }

    /// Every brief's rows before do-not-contact and history, and the number of people among the accounts.
    ///
    /// Only shortlisted accounts and their people are looked up; at a million accounts, indexing all of them
    /// would cost more than writing the shortlists. Accounts are read in place by index.
    static func rows(_ input: ShortlistInput, candidatesPath: String) throws -> (briefs: [BriefShortlist], people: Int) {
        let accounts = input.accounts
        let byID = accounts.firstPositions(of: Set(input.candidates.map(\.candidate.accountID))).mapValues { accounts[$0] }
        let wantedPeople = Set(byID.values.map(\.personKey))
        var people = Set<String>()
        var accountsOfPerson: [String: [String]] = [:]
        for i in accounts.indices {
            let person = accounts[i].personKey
            people.insert(person)
            if wantedPeople.contains(person) { accountsOfPerson[person, default: []].append(accounts[i].id) }
        }
        let brandOf = Dictionary(input.briefs.map { ($0.id, $0.brand) }, uniquingKeysWith: { a, _ in a })
        var rowsByBrief: [String: [ShortlistRow]] = [:]
        for entry in input.candidates {
            let c = entry.candidate
            guard let account = byID[c.accountID] else {
                throw ScoutError.badIntermediate(path: candidatesPath, reason: "creator \(c.accountID) is not in accounts.csv")
            }
            rowsByBrief[c.briefID, default: []].append(ShortlistRow(
                briefID: c.briefID, brand: brandOf[c.briefID] ?? "", rank: c.rank, creatorID: c.accountID,
                platform: account.platform, handle: account.handle, displayName: account.displayName, profileURL: account.profileURL,
                otherAccounts: (accountsOfPerson[account.personKey] ?? []).filter { $0 != account.id }.sorted(),
                followers: account.followers, tier: entry.tier, engagementRate: entry.engagementRate, score: c.score,
                components: c.components, flags: c.flags, why: c.why))
        }
        let briefs = input.briefs.map {
            BriefShortlist(briefID: $0.id, brand: $0.brand, requested: $0.shortlistSize, rows: rowsByBrief[$0.id] ?? [])
        }
        return (briefs, people.count)
    }
}
