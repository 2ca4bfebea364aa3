/// What stage 3 reads: the briefs (stage 1) and the accounts (stage 2).
public struct ScoreInput: Sendable {
    public var briefs: [Brief]
    public var accounts: [CreatorAccount]

    public init(briefs: [Brief], accounts: [CreatorAccount]) {
        self.briefs = briefs
        self.accounts = accounts
    }
}
