/// What an engagement rate is divided by: followers (subscribers) or views.
public enum EngagementBasis: String, Sendable, Hashable, CaseIterable {
    case followers
    case views
}

/// The expected engagement rate band for one platform and tier.
public struct EngagementBenchmark: Sendable, Hashable {
    public var platform: String
    public var tier: String
    public var basis: EngagementBasis = .followers
    /// Fractions (0.0263 for 2.63%).
    public var median: Double
    /// Below this, engagement is suspiciously low for the tier (about the 5th percentile).
    public var low: Double
    /// Above this, engagement is implausibly high for the tier.
    public var high: Double
    public var source: String

    public init(
        platform: String, tier: String, basis: EngagementBasis = .followers, median: Double, low: Double, high: Double,
        source: String
    ) {
        self.platform = platform
        self.tier = tier
        self.basis = basis
        self.median = median
        self.low = low
        self.high = high
        self.source = source
    }
}

/// Engagement benchmarks per platform, tier and basis, loaded from `data/engagement_benchmarks.csv`.
public struct EngagementBenchmarks: Sendable {
    /// A row's key; the strings are the caller's own, so a lookup builds nothing (it runs for every account).
    struct Key: Hashable {
        var basis: EngagementBasis
        var platform: String
        var tier: String
    }

    private var table: [Key: EngagementBenchmark] = [:]

    public init(_ benchmarks: [EngagementBenchmark]) {
        for benchmark in benchmarks {
            table[Key(basis: benchmark.basis, platform: benchmark.platform, tier: benchmark.tier)] = benchmark
        }
    }

    /// Reads the table; a `basis` column is optional (without it, or empty, a row is per follower).
    public static func load(_ path: String) throws -> EngagementBenchmarks {
        let table = try ReferenceTable.load(path)
        let columns = try ["platform", "tier", "median_er", "low_er", "high_er", "source"].map(table.index(of:))
        let basisColumn = table.header.firstIndex(of: "basis")
        var benchmarks: [EngagementBenchmark] = []
        for (line, fields) in table.rows {
            guard let median = Double(fields[columns[2]]), let low = Double(fields[columns[3]]),
                let high = Double(fields[columns[4]]), median > 0, low > 0, low <= median, median <= high
            else {
                throw ScoutError.badReferenceData(
                    path: path, line: line, reason: "rates must be numbers with 0 < low_er <= median_er <= high_er")
            }
            var basis = EngagementBasis.followers
            if let basisColumn, !fields[basisColumn].isEmpty {
                guard let parsed = EngagementBasis(rawValue: fields[basisColumn]) else {
                    throw ScoutError.badReferenceData(
                        path: path, line: line, reason: "basis must be 'followers' or 'views'")
                }
                basis = parsed
            }
            benchmarks.append(
                EngagementBenchmark(
                    platform: fields[columns[0]].lowercased(), tier: fields[columns[1]], basis: basis,
                    median: median, low: low, high: high, source: fields[columns[5]]))
        }
        return EngagementBenchmarks(benchmarks)
    }

    /// The benchmark for the platform and tier: the platform's own row, else its `*` tier row, else the `*` platform's.
    public func benchmark(platform: Platform, tier: String, basis: EngagementBasis = .followers) -> EngagementBenchmark?
    {
        table[Key(basis: basis, platform: platform.rawValue, tier: tier)] ?? table[
            Key(basis: basis, platform: platform.rawValue, tier: "*")]
            ?? table[Key(basis: basis, platform: "*", tier: tier)] ?? table[Key(basis: basis, platform: "*", tier: "*")]
    }
}
