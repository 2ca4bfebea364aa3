extension ShortlistRow {
    /// The row of a scored candidate: the account's fields, the person's other accounts, its tier and rate. Built
    /// where the account is: by the last stage in one process, by each score task for its pool in a sharded night.
    init(_ c: ScoredCandidate, brand: String, account: CreatorAccount, otherAccounts: [String], tier: String, engagementRate: Double?) {
        self.init(briefID: c.briefID, brand: brand, rank: c.rank, creatorID: c.accountID, platform: account.platform, handle: account.handle,
                  displayName: account.displayName, profileURL: account.profileURL, otherAccounts: otherAccounts,
                  followers: account.followers, tier: tier, engagementRate: engagementRate, score: c.score,
                  components: c.components, flags: c.flags, why: c.why)
    }

    /// Each wanted person's account ids, in account order (`accounts` sorted by id gives them sorted), and the
    /// number of people among `accounts`. Accounts are read in place.
    static func accountsOfPeople(_ people: Set<String>, in accounts: [CreatorAccount]) -> (accounts: [String: [String]], people: Int) {
        var all = Set<String>()
        var accountsOfPerson: [String: [String]] = [:]
        for i in accounts.indices {
            let person = accounts[i].personKey
            all.insert(person)
            if people.contains(person) { accountsOfPerson[person, default: []].append(accounts[i].id) }
        }
        return (accountsOfPerson, all.count)
    }
}
