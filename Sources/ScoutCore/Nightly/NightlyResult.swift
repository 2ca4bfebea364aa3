/// How a night ended, for the summary and the exit code.
public struct NightlyResult: Sendable {
    public var runDirectory: String
    public var manifest: Manifest
    /// Each brief's shortlist size, in brief order.
    public var shortlistSizes: [(briefID: String, size: Int)]
    /// Shortlist rows flagged `follower_spike` tonight.
    public var followerSpikes: Int
    public var stages: [RunRecord.Stage]
}
