import Foundation

/// Stage 4: the final rows, computed once (see `FinalShortlist`), then the deliverables and the manifest.
public enum ShortlistStage {
    /// Joins each candidate with its account (and the person's other accounts), in brief order; takes the creators
    /// scoring kept off the lists (do-not-contact, statuses: `excluded.csv`) and, with history, flags follower spikes, fills the change column, lists the
    /// creators dropped since the previous night and records tonight in the history database.
    /// - Throws: `ScoutError.badIntermediate` for a candidate whose account is missing (hand-edited stage files),
    ///   `NightlyError.history` when the history database refuses.
    static func finalShortlist(_ input: ShortlistInput, context: StageContext, recordedAt: String) throws
        -> FinalShortlist
    {
        var clock = PhaseClock()
        let (briefs, people) = try rows(input, context: context)
        var final = FinalShortlist(
            briefs: briefs, quarantine: input.quarantine.sorted { ($0.file, $0.line) < ($1.file, $1.line) },
            merges: input.merges, inauthentic: input.inauthentic, diagnostics: input.diagnostics, inputs: input.files,
            creators: input.accounts.count, people: people, authenticity: input.authenticity)
        final.excluded = input.excluded
        defer { clock.lap("shortlist: rows") }
        return try annotate(final, context: context, recordedAt: recordedAt) {
            input.accounts.map(CreatorSnapshot.init)
        }
    }

    /// `final` (its `excluded` already set: scoring, or the merge step, kept those creators off before the lists were
    /// chosen) with history: the spike flags, the change column and the dropped creators, tonight recorded. The same
    /// in one process and in a sharded night's merge step.
    /// - Parameter snapshots: every account's numbers tonight, by id (only read with history).
    static func annotate(
        _ final: FinalShortlist, context: StageContext, recordedAt: String,
        snapshots: () throws -> [CreatorSnapshot]
    ) throws -> FinalShortlist {
        var final = final
        if let path = context.options.shortlist.history {
            let store = try HistoryStore(path: path)
            if let warning = context.historyWarning ?? store.setAsideWarning {
                // Loudly: on standard error now, and in diagnostics.txt.
                FileHandle.standardError.write(Data("scout: warning: \(warning)\n".utf8))
                final.diagnostics +=
                    Diagnostic(.warning, code: .historySetAside, file: path, warning).description + "\n"
            }
            let night = HistoryNight(
                store: store, runID: context.options.shortlist.runID ?? RunClock.today(),
                recordedAt: recordedAt, doNotContact: context.doNotContact, excluded: final.excluded ?? [])
            try night.annotate(&final, snapshots: snapshots)
        }
        return final
    }

    /// Every brief's rows before history, and the number of people among the accounts.
    ///
    /// Only shortlisted accounts and their people are looked up; at a million accounts, indexing all of them
    /// would cost more than writing the shortlists. Accounts are read in place by index. Each row also gets its
    /// canonical profile link, the matched niche and the price as the match model sees them (so they say what the
    /// score used), and, for briefs that opted in, the creator's contact details.
    static func rows(_ input: ShortlistInput, context: StageContext) throws -> (briefs: [BriefShortlist], people: Int) {
        let accounts = input.accounts
        let candidatesPath = context.layout.candidates
        let byID = accounts.firstPositions(of: Set(input.candidates.map(\.candidate.accountID))).mapValues {
            accounts[$0]
        }
        let (accountsOfPerson, people) = ShortlistRow.accountsOfPeople(Set(byID.values.map(\.personKey)), in: accounts)
        let contactBriefs = ShortlistRow.contactBriefs(input.briefs, options: context.options.shortlist)
        let contactAccounts = Set(
            input.candidates.filter { contactBriefs.contains($0.candidate.briefID) }.map(\.candidate.accountID))
        let addresses =
            contactAccounts.isEmpty
            ? [:]
            : try ContactLookup.emails(
                of: contactAccounts.sorted().compactMap { byID[$0] }, aliases: context.reference.aliases)
        let builder = ShortlistRow.Builder(briefs: input.briefs, reference: context.reference)
        let shortlisted = byID.keys.sorted()
        let prepared = Dictionary(
            uniqueKeysWithValues: zip(shortlisted, builder.prepare(shortlisted.map { byID[$0]! })))
        var rowsByBrief: [String: [ShortlistRow]] = [:]
        for entry in input.candidates {
            let c = entry.candidate
            guard let account = byID[c.accountID], let preparedAccount = prepared[account.id] else {
                throw ScoutError.badIntermediate(
                    path: candidatesPath, reason: "creator \(c.accountID) is not in accounts.csv")
            }
            guard
                var row = builder.row(
                    c, account: account, prepared: preparedAccount,
                    otherAccounts: (accountsOfPerson[account.personKey] ?? []).filter { $0 != account.id }.sorted(),
                    tier: entry.tier, engagementRate: entry.engagementRate)
            else {
                throw ScoutError.badIntermediate(
                    path: candidatesPath, reason: "brief \(c.briefID) is not in briefs.csv")
            }
            if contactBriefs.contains(c.briefID) {
                row.contact = ShortlistRow.Contact(email: addresses[account.id] ?? "", website: account.website)
            }
            rowsByBrief[c.briefID, default: []].append(row)
        }
        return (
            ShortlistRow.briefShortlists(
                input.briefs, rows: rowsByBrief, contactBriefs: contactBriefs, funnels: input.funnels), people
        )
    }
}
