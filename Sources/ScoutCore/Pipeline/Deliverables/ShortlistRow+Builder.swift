extension ShortlistRow {
    /// Builds shortlist rows from scored candidates and their accounts, where the accounts are: the last stage in
    /// one process, each score task for its pools in a sharded night (the merge step then only ranks them), so
    /// both give the same rows. A new column read from the account is added here (and carried by `PoolCodec`).
    struct Builder: Sendable {
        let model: MatchModel
        let briefs: [String: (brief: Brief, prepared: PreparedBrief)]
        let rates: CurrencyRates

        init(briefs: [Brief], reference: ReferenceData) {
            let model = MatchModel(reference: reference)
            var unknownNiches: [String: [String]] = [:]
            self.model = model
            self.briefs = Dictionary(
                briefs.map { ($0.id, ($0, model.prepare($0, unknownNiches: &unknownNiches))) },
                uniquingKeysWith: { a, _ in a })
            rates = reference.currencies
        }

        /// The accounts prepared as the match model prepares them (for price and matched niche), on every core.
        func prepare(_ accounts: [CreatorAccount]) -> [PreparedAccount] {
            let model = self.model
            return OrderedParallelMap.map(accounts.count, minimumChunk: 256) { i in
                var unknown = Set<String>()
                return model.prepare(accounts[i], unknownNiches: &unknown)
            }
        }

        /// The row of candidate `c` for `account` (contact left to the caller); nil when its brief is unknown.
        /// Its canonical profile link, the matched niche and the price are the match model's, so they say what the
        /// score used.
        func row(
            _ c: ScoredCandidate, account: CreatorAccount, prepared: PreparedAccount, otherAccounts: [String],
            tier: String,
            engagementRate: Double?
        ) -> ShortlistRow? {
            guard let (brief, preparedBrief) = briefs[c.briefID] else { return nil }
            var row = ShortlistRow(
                briefID: c.briefID, brand: brief.brand, rank: c.rank, creatorID: c.accountID,
                platform: account.platform, handle: account.handle, followers: account.followers, score: c.score)
            row.platformID = account.platformID
            row.displayName = account.displayName
            row.link = ProfileLink(platform: account.platform, handle: account.handle, platformID: account.platformID)
            row.otherAccounts = otherAccounts
            row.tier = tier
            row.engagementRate = engagementRate
            row.avgViews = account.avgViews
            row.components = c.components
            row.price = prepared.cost.map { ShortlistRow.Price($0, for: brief, rates: rates) }
            row.matchedNiche = model.nicheMatch(preparedBrief, prepared).label
            row.nicheSource = c.nicheSource
            row.authenticityConfidence = c.authenticityConfidence
            row.flags = c.flags
            row.why = c.why
            return row
        }
    }

    /// The briefs whose deliverables carry contact details (`--include-contact`, or the brief's `include_contact`).
    static func contactBriefs(_ briefs: [Brief], options: ShortlistOptions) -> Set<String> {
        Set(briefs.filter { options.includeContact || $0.includeContact }.map(\.id))
    }

    /// Every brief's final shortlist, in brief order, from its rows by rank, with its funnel from scoring.
    static func briefShortlists(
        _ briefs: [Brief], rows: [String: [ShortlistRow]], contactBriefs: Set<String>,
        funnels: [BriefFunnel]
    ) -> [BriefShortlist] {
        let funnelOf = Dictionary(funnels.map { ($0.briefID, $0) }, uniquingKeysWith: { a, _ in a })
        return briefs.map { brief in
            BriefShortlist(
                briefID: brief.id, brand: brief.brand, requested: brief.shortlistSize, rows: rows[brief.id] ?? [],
                budget: brief.budget, currency: ShortlistRow.Price.currency(of: brief) ?? "USD",
                budgetMode: brief.budgetMode,
                includesContact: contactBriefs.contains(brief.id), funnel: funnelOf[brief.id])
        }
    }

    /// Each wanted person's account ids, in account order (`accounts` sorted by id gives them sorted), and the
    /// number of people among `accounts`. Accounts are read in place.
    static func accountsOfPeople(_ people: Set<String>, in accounts: [CreatorAccount]) -> (
        accounts: [String: [String]], people: Int
    ) {
        var all = Set<String>(minimumCapacity: accounts.count)  // no rehashing as it fills
        var accountsOfPerson: [String: [String]] = [:]
        for i in accounts.indices {
            let person = accounts[i].personKey
            all.insert(person)
            if people.contains(person) { accountsOfPerson[person, default: []].append(accounts[i].id) }
        }
        return (accountsOfPerson, all.count)
    }
}
