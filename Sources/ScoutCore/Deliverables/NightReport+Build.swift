extension NightReport {
    /// What the last stage knows when it builds the night.
    struct Inputs {
        var runID: String
        var briefs: [Brief]
        var candidates: [(candidate: ScoredCandidate, tier: String, engagementRate: Double?)]
        var accounts: [CreatorAccount]
        var quarantine: [QuarantineEntry]
        var files: [FileReport]
        var needsCheck: NeedsCheckList
        var reference: ReferenceData
        /// Contact for every brief (`--include-contact`), on top of briefs that ask for it themselves.
        var includeContact: Bool
    }

    /// The night's rows and figures from the scored candidates, before do-not-contact and history.
    ///
    /// Only shortlisted accounts and their people are looked up; at a million accounts, indexing all of them would
    /// cost more than writing the shortlists. Accounts are read in place by index.
    /// - Parameter emails: the clear e-mail address of each account that needs one (opted-in briefs only).
    /// - Throws: `ScoutError.badIntermediate` when a candidate names an account that `accounts.csv` lacks.
    static func build(_ inputs: Inputs, candidatesPath: String,
                      emails: (_ accounts: [CreatorAccount]) throws -> [String: String]) throws -> NightReport {
        let accounts = inputs.accounts
        let byID = accounts.firstPositions(of: Set(inputs.candidates.map(\.candidate.accountID))).mapValues { accounts[$0] }
        let wantedPeople = Set(byID.values.map(\.personKey))
        var people = Set<String>()
        var accountsOfPerson: [String: [String]] = [:]
        for i in accounts.indices {
            let person = accounts[i].personKey
            people.insert(person)
            if wantedPeople.contains(person) { accountsOfPerson[person, default: []].append(accounts[i].id) }
        }
        let contactBriefs = Set(inputs.briefs.filter { inputs.includeContact || $0.includeContact }.map(\.id))
        let contactAccounts = Set(inputs.candidates.filter { contactBriefs.contains($0.candidate.briefID) }.map(\.candidate.accountID))
        let addresses = contactAccounts.isEmpty ? [:] : try emails(contactAccounts.sorted().compactMap { byID[$0] })

        // The matched niche and the price come from the match model itself, so they say what the score used.
        let model = MatchModel(reference: inputs.reference)
        var unknownNiches: [String: [String]] = [:]
        let briefByID = Dictionary(inputs.briefs.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let preparedBriefs = Dictionary(inputs.briefs.map { ($0.id, model.prepare($0, unknownNiches: &unknownNiches)) },
                                        uniquingKeysWith: { a, _ in a })
        let shortlisted = byID.keys.sorted()
        let preparedList = OrderedParallelMap.map(shortlisted.count, minimumChunk: 256) { i in
            var unknown = Set<String>()
            return model.prepare(byID[shortlisted[i]]!, unknownNiches: &unknown)
        }
        let preparedAccounts = Dictionary(uniqueKeysWithValues: zip(shortlisted, preparedList))
        var rows: [ShortlistRow] = []
        rows.reserveCapacity(inputs.candidates.count)
        for (c, tier, rate) in inputs.candidates {
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
            row.tier = tier
            row.engagementRate = rate
            row.components = c.components
            row.price = prepared.cost.map { Self.price($0, for: brief, rates: inputs.reference.currencies) }
            if contactBriefs.contains(brief.id) {
                row.contact = ShortlistRow.Contact(email: addresses[account.id] ?? "", website: account.website)
            }
            row.matchedNiche = model.nicheMatch(preparedBrief, prepared).label
            row.flags = c.flags
            row.why = c.why
            rows.append(row)
        }

        var totals = Manifest.Totals()
        for file in inputs.files where file.kind == "creators" {
            totals.rowsRead += file.rowsRead
            totals.rowsAccepted += file.rowsAccepted
            totals.rowsMerged += file.rowsMerged
            totals.rowsQuarantined += file.rowsQuarantined
        }
        totals.creators = accounts.count
        totals.people = people.count
        totals.briefs = inputs.briefs.count
        totals.shortlisted = rows.count
        totals.excludedInauthentic = inputs.needsCheck.rows.count

        var night = NightReport(runID: inputs.runID, inputs: inputs.files, totals: totals, briefs: [], rows: rows,
                                quarantine: inputs.quarantine.sorted { ($0.file, $0.line) < ($1.file, $1.line) },
                                needsCheck: inputs.needsCheck)
        night.briefs = inputs.briefs.map { brief in
            var outcome = BriefOutcome(id: brief.id, brand: brief.brand, asked: brief.shortlistSize, returned: 0)
            outcome.budget = brief.budget
            outcome.currency = Self.currency(of: brief) ?? "USD"
            outcome.includesContact = contactBriefs.contains(brief.id)
            return outcome
        }
        night.settleBriefs()
        return night
    }

    /// Recounts each brief's returned rows, estimated cost and why-short text from the rows (after any of them
    /// were removed or renumbered).
    mutating func settleBriefs() {
        let byBrief = rowsByBrief
        for i in briefs.indices {
            let rows = byBrief[briefs[i].id] ?? []
            briefs[i].returned = rows.count
            let priced = rows.compactMap(\.price).filter { $0.currency == briefs[i].currency }
            briefs[i].pricedRows = priced.count
            briefs[i].estimatedCost = priced.map(\.amount).reduce(0, +)
            briefs[i].whyShort = Self.whyShort(briefs[i])
        }
    }

    /// Why a list is short, from what the last stage knows: how many creators passed the brief's filters, and how
    /// many the do-not-contact list removed.
    static func whyShort(_ brief: BriefOutcome) -> String {
        guard brief.returned < brief.asked else { return "" }
        let passed = brief.returned + brief.excluded
        var parts: [String] = []
        if passed < brief.asked {
            parts.append(passed == 0 ? "no creator passed the brief's filters"
                         : "only \(passed) creator\(passed == 1 ? "" : "s") passed the brief's filters")
        }
        if brief.excluded > 0 { parts.append("\(brief.excluded) removed by the do-not-contact list") }
        return parts.joined(separator: "; ")
    }

    /// The currency a brief counts in: its own, else USD when it has a budget; `nil` when it names neither.
    static func currency(of brief: Brief) -> String? {
        if !brief.currency.isEmpty { return brief.currency }
        return brief.budget == nil ? nil : "USD"
    }

    /// `cost` in the brief's currency where the rates allow, else as the export or the estimate gave it.
    static func price(_ cost: PostCost, for brief: Brief, rates: CurrencyRates) -> ShortlistRow.Price {
        if let target = currency(of: brief), !cost.currency.isEmpty,
           let converted = rates.convert(cost.amount, from: cost.currency, to: target) {
            return ShortlistRow.Price(amount: converted, currency: target, estimated: cost.estimated)
        }
        return ShortlistRow.Price(amount: cost.amount, currency: cost.currency, estimated: cost.estimated)
    }
}
