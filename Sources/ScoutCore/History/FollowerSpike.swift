/// Flags sudden follower growth, a common sign of bought followers.
///
/// Growth between consecutive snapshots is `(now − before) / before`. Tonight's growth is a spike when either
/// - it exceeds `jump` (50%) while the growth before it (if any) was below `calm` (10%): a sudden jump, not a
///   steadily growing account; or
/// - there are at least `minimumHistory` (3) earlier growths and tonight's exceeds both `floor` (20%) and
///   `factor` (3) × their median: far above the account's usual pace.
/// At least one earlier snapshot is needed; accounts seen for the first time are never flagged.
public struct FollowerSpike: Sendable {
    public var jump = 0.5
    public var calm = 0.1
    public var factor = 3.0
    public var floor = 0.2
    public var minimumHistory = 3

    public static let flag = "follower_spike"

    public init() {}

    /// Whether `tonight` is a spike given earlier follower counts (oldest first).
    public func isSpike(history: [Int], tonight: Int) -> Bool {
        let series = history + [tonight]
        guard series.count >= 2 else { return false }
        var growths: [Double] = []
        for i in 1..<series.count where series[i - 1] > 0 {
            growths.append(Double(series[i] - series[i - 1]) / Double(series[i - 1]))
        }
        guard series[series.count - 2] > 0, let latest = growths.last else { return false }
        let earlier = Array(growths.dropLast())
        if latest > jump && (earlier.last.map { $0 < calm } ?? true) { return true }
        if earlier.count >= minimumHistory {
            let sorted = earlier.sorted()
            let median =
                sorted.count % 2 == 1
                ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
            return latest > floor && latest > factor * max(median, 0)
        }
        return false
    }
}
