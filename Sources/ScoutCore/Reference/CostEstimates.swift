/// What one sponsored post is worth per platform and tier, loaded from `data/cost_estimates.csv`: a CPM range (USD per
/// 1,000 views) and how many views a post gets per follower when the export gives no average views.
public struct CostEstimates: Sendable {
    /// One row of the table.
    public struct Rate: Sendable, Hashable {
        /// USD per 1,000 views, low and high end of the platform's range.
        public var cpmLow: Double
        public var cpmHigh: Double
        /// Expected views of a post per follower (reach rate), for accounts without average views or engagement.
        public var viewsPerFollower: Double

        public init(cpmLow: Double, cpmHigh: Double, viewsPerFollower: Double) {
            self.cpmLow = cpmLow
            self.cpmHigh = cpmHigh
            self.viewsPerFollower = viewsPerFollower
        }

        /// The point estimate's CPM: the middle of the range.
        public var cpmPoint: Double { (cpmLow + cpmHigh) / 2 }
    }

    private var table: [String: Rate] = [:]

    public init(_ rows: [(platform: String, tier: String, rate: Rate)] = []) {
        for row in rows { table[row.platform + "/" + row.tier] = row.rate }
    }

    /// Reads the table strictly: every rate a positive number, `cpm_low_usd <= cpm_high_usd`.
    public static func load(_ path: String) throws -> CostEstimates {
        let table = try ReferenceTable.load(path)
        let columns = try ["platform", "tier", "cpm_low_usd", "cpm_high_usd", "views_per_follower"].map(
            table.index(of:))
        var rows: [(String, String, Rate)] = []
        for (line, fields) in table.rows {
            guard let low = Double(fields[columns[2]]), let high = Double(fields[columns[3]]),
                let views = Double(fields[columns[4]]),
                low > 0, low <= high, views > 0
            else {
                throw ScoutError.badReferenceData(
                    path: path, line: line,
                    reason: "cpm_low_usd, cpm_high_usd and views_per_follower must be positive numbers with low <= high"
                )
            }
            rows.append(
                (
                    fields[columns[0]].lowercased(), fields[columns[1]],
                    Rate(cpmLow: low, cpmHigh: high, viewsPerFollower: views)
                ))
        }
        return CostEstimates(rows)
    }

    /// The rates for the platform and tier, falling back to the `*` platform.
    public func rate(platform: Platform, tier: String) -> Rate? {
        table[platform.rawValue + "/" + tier] ?? table["*/" + tier]
    }
}
