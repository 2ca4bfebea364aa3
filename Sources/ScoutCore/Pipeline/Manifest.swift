/// `manifest.json`: what the run read, where every row went, and what it produced. Deterministic: no clock times.
public struct Manifest: Codable, Sendable {
    public struct Totals: Codable, Sendable {
        public var rowsRead = 0
        public var rowsAccepted = 0
        public var rowsMerged = 0
        public var rowsQuarantined = 0
        public var creators = 0
        /// Distinct people after linking accounts across platforms.
        public var people = 0
        public var briefs = 0
        public var shortlisted = 0
        /// Accounts kept off every shortlist by the authenticity threshold (listed in `inauthentic.csv`).
        public var excludedInauthentic = 0
        /// How many accounts need an authenticity check, on which signals (absent when scoring left no numbers).
        public var authenticity: AuthenticitySummary?

        enum CodingKeys: String, CodingKey {
            case creators, people, briefs, shortlisted, authenticity
            case rowsRead = "rows_read"
            case rowsAccepted = "rows_accepted"
            case rowsMerged = "rows_merged"
            case rowsQuarantined = "rows_quarantined"
            case excludedInauthentic = "excluded_inauthentic"
        }
    }

    public struct BriefSummary: Codable, Sendable {
        public var id: String
        public var requested: Int
        public var shortlisted: Int
        /// Why the list is as long as it is (`brief_report.csv` has the same numbers).
        public var funnel: Funnel?
    }

    /// A brief's funnel: creators considered, removed by each hard filter (in the order they are checked), left.
    public struct Funnel: Codable, Sendable {
        public var considered: Int
        /// Filter (`ExclusionReason` raw value) → creators it removed; filters that removed nobody are left out.
        public var removed: [String: Int]
        public var left: Int
        public var note: String

        public init(_ funnel: BriefFunnel, note: String) {
            considered = funnel.considered
            removed = [:]
            for (k, reason) in ExclusionReason.allCases.enumerated() where funnel.removed[k] > 0 { removed[reason.rawValue] = funnel.removed[k] }
            left = funnel.left
            self.note = note
        }
    }

    public var scoutVersion: String
    public var inputs: [FileReport]
    public var briefs: [BriefSummary]
    public var totals: Totals
    public var outputs: [String]

    enum CodingKeys: String, CodingKey {
        case inputs, briefs, totals, outputs
        case scoutVersion = "scout_version"
    }

    public static let version = "0.1.0"
}
