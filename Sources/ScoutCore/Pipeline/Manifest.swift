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

        enum CodingKeys: String, CodingKey {
            case creators, people, briefs, shortlisted
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
