/// Stage 4: the final rows, computed once (see `FinalShortlist`), then the deliverables and the manifest.
public enum ShortlistStage {
    /// Joins each candidate with its account (and the person's other accounts), in brief order; takes the creators
    /// scoring kept off the lists (do-not-contact, statuses: `excluded.csv`) and, with history, flags follower spikes, fills the change column, lists the
    /// creators dropped since the previous night and records tonight in the history database.
    /// - Throws: `ScoutError.badIntermediate` for a candidate whose account is missing (hand-edited stage files),
    ///   `NightlyError.history` when the history database refuses.
    static func finalShortlist(_ input: ShortlistInput, context: StageContext, recordedAt: String) throws -> FinalShortlist {
        var clock = PhaseClock()
        let (briefs, people) = try rows(input, context: context)
        var final = FinalShortlist(
            briefs: briefs, quarantine: input.quarantine.sorted { ($0.file, $0.line) < ($1.file, $1.line) },
            merges: input.merges, inauthentic: input.inauthentic, diagnostics: input.diagnostics, inputs: input.files,
            creators: input.accounts.count, people: people, authenticity: input.authenticity)
        final.excluded = input.excluded
        if let path = context.options.shortlist.history {
            let night = HistoryNight(store: try HistoryStore(path: path), runID: context.options.shortlist.runID ?? RunClock.today(),
                                     recordedAt: recordedAt, doNotContact: context.doNotContact, excluded: input.excluded ?? [])
            try night.annotate(&final, accounts: input.accounts)
        }
        clock.lap("shortlist: rows")
        return final
    }

    /// Every brief's rows before history, and the number of people among the accounts.
    ///
    /// Only shortlisted accounts and their people are looked up; at a million accounts, indexing all of them
    /// would cost more than writing the shortlists. Accounts are read in place by index. Each row also gets its
    /// canonical profile link, the matched niche and the price as the match model sees them (so they say what the
    /// score used), and, for briefs that opted in, the creator's contact details.
    static func rows(_ input: ShortlistInput, context: StageContext) throws -> (briefs: [BriefShortlist], people: Int) {
        let accounts = input.accounts, candidatesPath = context.layout.candidates
        let byID = accounts.firstPositions(of: Set(input.candidates.map(\.candidate.accountID))).mapValues { accounts[$0] }
        let wantedPeople = Set(byID.values.map(\.personKey))
        var people = Set<String>()
        var accountsOfPerson: [String: [String]] = [:]
        for i in accounts.indices {
            let person = accounts[i].personKey
            people.insert(person)
            if wantedPeople.contains(person) { accountsOfPerson[person, default: []].append(accounts[i].id) }
        }
        let contactBriefs = Set(input.briefs.filter { context.options.shortlist.includeContact || $0.includeContact }.map(\.id))
        let contactAccounts = Set(input.candidates.filter { contactBriefs.contains($0.candidate.briefID) }.map(\.candidate.accountID))
        let addresses = contactAccounts.isEmpty ? [:]
            : try ContactLookup.emails(of: contactAccounts.sorted().compactMap { byID[$0] }, rowsPath: context.layout.ingestRows)

        let model = MatchModel(reference: context.reference)
        var unknownNiches: [String: [String]] = [:]
        let briefByID = Dictionary(input.briefs.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let preparedBriefs = Dictionary(input.briefs.map { ($0.id, model.prepare($0, unknownNiches: &unknownNiches)) },
                                        uniquingKeysWith: { a, _ in a })
        let shortlisted = byID.keys.sorted()
        let preparedList = OrderedParallelMap.map(shortlisted.count, minimumChunk: 256) { i in
            var unknown = Set<String>()
            return model.prepare(byID[shortlisted[i]]!, unknownNiches: &unknown)
        }
        let preparedAccounts = Dictionary(uniqueKeysWithValues: zip(shortlisted, preparedList))
        var rowsByBrief: [String: [ShortlistRow]] = [:]
        for entry in input.candidates {
            let c = entry.candidate
            guard let account = byID[c.accountID], let prepared = preparedAccounts[account.id] else {
                throw ScoutError.badIntermediate(path: candidatesPath, reason: "creator \(c.accountID) is not in accounts.csv")
            }
            guard let brief = briefByID[c.briefID], let preparedBrief = preparedBriefs[brief.id] else {
                throw ScoutError.badIntermediate(path: candidatesPath, reason: "brief \(c.briefID) is not in briefs.csv")
            }
            var row = ShortlistRow(briefID: c.briefID, brand: brief.brand, rank: c.rank, creatorID: c.accountID,
                                   platform: account.platform, handle: account.handle, followers: account.followers, score: c.score)
            row.platformID = account.platformID
            row.displayName = account.displayName
            row.link = ProfileLink(platform: account.platform, handle: account.handle, platformID: account.platformID)
            row.otherAccounts = (accountsOfPerson[account.personKey] ?? []).filter { $0 != account.id }.sorted()
            row.tier = entry.tier
            row.engagementRate = entry.engagementRate
            row.components = c.components
            row.price = prepared.cost.map { ShortlistRow.Price($0, for: brief, rates: context.reference.currencies) }
            if contactBriefs.contains(brief.id) {
                row.contact = ShortlistRow.Contact(email: addresses[account.id] ?? "", website: account.website)
            }
            row.matchedNiche = model.nicheMatch(preparedBrief, prepared).label
            row.nicheSource = c.nicheSource
            row.authenticityConfidence = c.authenticityConfidence
            row.flags = c.flags
            row.why = c.why
            rowsByBrief[c.briefID, default: []].append(row)
        }
        let funnelOf = Dictionary(input.funnels.map { ($0.briefID, $0) }, uniquingKeysWith: { a, _ in a })
        let briefs = input.briefs.map { brief in
            BriefShortlist(briefID: brief.id, brand: brief.brand, requested: brief.shortlistSize, rows: rowsByBrief[brief.id] ?? [],
                           budget: brief.budget, currency: ShortlistRow.Price.currency(of: brief) ?? "USD",
                           includesContact: contactBriefs.contains(brief.id), funnel: funnelOf[brief.id])
        }
        return (briefs, people.count)
    }
}
