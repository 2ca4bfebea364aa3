/// One creator's numbers on one night.
public struct CreatorSnapshot: Sendable, Equatable {
    public var accountID: String
    public var followers: Int
    public var engagementRate: Double?
    /// The account's person tonight (not recorded in the history): do-not-contact reasons of dropped creators name
    /// the person's listed account (`DoNotContactList.reason(for:otherAccounts:)`).
    public var person = ""

    public init(accountID: String, followers: Int, engagementRate: Double?, person: String = "") {
        self.accountID = accountID
        self.followers = followers
        self.engagementRate = engagementRate
        self.person = person
    }
}

extension CreatorSnapshot {
    /// What the history records of `account` tonight.
    init(_ account: CreatorAccount) {
        self.init(
            accountID: account.id, followers: account.followers, engagementRate: account.engagementRate,
            person: account.personKey)
    }
}
