/// The expected engagement rate band for one platform and tier.
public struct EngagementBenchmark: Sendable, Hashable {
    public var platform: String
    public var tier: String
    /// Fractions (0.0263 for 2.63%).
    public var median: Double
    /// Below this, engagement is suspiciously low for the tier.
    public var low: Double
    /// Above this, engagement is implausibly high for the tier.
    public var high: Double
    public var source: String
}

/// Engagement benchmarks per platform and tier, loaded from `data/engagement_benchmarks.csv`.
public struct EngagementBenchmarks: Sendable {
    private var table: [String: EngagementBenchmark] = [:]

    public init(_ benchmarks: [EngagementBenchmark]) {
        for benchmark in benchmarks { table[benchmark.platform + "/" + benchmark.tier] = benchmark }
    }

    public static func load(_ path: String) throws -> EngagementBenchmarks {
        let table = try ReferenceTable.load(path)
        let columns = try ["platform", "tier", "median_er", "low_er", "high_er", "source"].map(table.index(of:))
        var benchmarks: [EngagementBenchmark] = []
        for (line, fields) in table.rows {
            guard let median = Double(fields[columns[2]]), let low = Double(fields[columns[3]]),
                let high = Double(fields[columns[4]]), median > 0, low <= median, median <= high
            else {
                throw ScoutError.badReferenceData(path: path, line: line, reason: "rates must be numbers with low_er <= median_er <= high_er")
            }
            benchmarks.append(EngagementBenchmark(
                platform: fields[columns[0]].lowercased(), tier: fields[columns[1]],
                median: median, low: low, high: high, source: fields[columns[5]]))
        }
        return EngagementBenchmarks(benchmarks)
    }

    /// The benchmark for the platform and tier, falling back to the `*` platform.
    public func benchmark(platform: Platform, tier: String) -> EngagementBenchmark? {
        table[platform.rawValue + "/" + tier] ?? table["*/" + tier]
    }
}
