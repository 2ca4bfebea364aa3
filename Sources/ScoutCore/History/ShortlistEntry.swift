/// One row of a brief's final shortlist, as remembered.
public struct ShortlistEntry: Sendable, Equatable {
    public var briefID: String
    public var rank: Int
    public var accountID: String
    public var score: Double

    public init(briefID: String, rank: Int, accountID: String, score: Double) {
        self.briefID = briefID
        self.rank = rank
        self.accountID = accountID
        self.score = score
    }
}
