/// One creator's numbers on one night.
public struct CreatorSnapshot: Sendable, Equatable {
    public var accountID: String
    public var followers: Int
    public var engagementRate: Double?

    public init(accountID: String, followers: Int, engagementRate: Double?) {
        self.accountID = accountID
        self.followers = followers
        self.engagementRate = engagementRate
    }
}

extension CreatorSnapshot {
    /// What the history records of `account` tonight.
    init(_ account: CreatorAccount) {
        self.init(accountID: account.id, followers: account.followers, engagementRate: account.engagementRate)
    }
}
