/// Typical price of one sponsored post per platform and tier, in USD, loaded from `data/cost_estimates.csv`.
public struct CostEstimates: Sendable {
    private var table: [String: Double] = [:]

    public init(_ rows: [(platform: String, tier: String, usd: Double)] = []) {
        for row in rows { table[row.platform + "/" + row.tier] = row.usd }
    }

    public static func load(_ path: String) throws -> CostEstimates {
        let table = try ReferenceTable.load(path)
        let (p, t, c) = try (table.index(of: "platform"), table.index(of: "tier"), table.index(of: "cost_usd"))
        var rows: [(String, String, Double)] = []
        for (line, fields) in table.rows {
            guard let usd = Double(fields[c]), usd > 0 else {
                throw ScoutError.badReferenceData(path: path, line: line, reason: "cost_usd '\(fields[c])' is not a positive number")
            }
            rows.append((fields[p].lowercased(), fields[t], usd))
        }
        return CostEstimates(rows)
    }

    /// The estimate for the platform and tier, falling back to the `*` platform.
    public func estimate(platform: Platform, tier: String) -> Double? {
        table[platform.rawValue + "/" + tier] ?? table["*/" + tier]
    }
}
