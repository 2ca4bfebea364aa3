/// What a past campaign returned, one outcomes-file column each; every measure gives a cost metric (cost per unit,
/// lower is better) except `revenue`, whose metric is the return on the cost (higher is better).
public enum OutcomeMeasure: String, Sendable, Hashable, CaseIterable, Comparable {
    case views, engagements, clicks, conversions, revenue

    /// The metric's name in `why`: `CPM`, `CPE`, `CPC`, `CPA`, `ROAS`.
    public var metric: String {
        switch self {
        case .views: "CPM"
        case .engagements: "CPE"
        case .clicks: "CPC"
        case .conversions: "CPA"
        case .revenue: "ROAS"
        }
    }

    /// Deeper in the funnel ranks higher (`revenue` > `conversions` > `clicks` > `engagements` > `views`): the
    /// metric `why` reports when a creator's rows support several equally well.
    var depth: Int { Self.allCases.firstIndex(of: self)! }

    public static func < (a: OutcomeMeasure, b: OutcomeMeasure) -> Bool { a.depth < b.depth }
}
