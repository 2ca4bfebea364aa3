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
