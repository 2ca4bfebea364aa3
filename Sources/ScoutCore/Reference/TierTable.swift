/// Follower-count tiers per platform (`nano`, `micro`, …), loaded from `data/tiers.csv`.
public struct TierTable: Sendable {
    public struct Tier: Sendable, Hashable {
        public var platform: String
        public var name: String
        public var minFollowers: Int
        /// Exclusive; `nil` means unbounded.
        public var maxFollowers: Int?
    }

    public private(set) var tiers: [Tier]
    /// The rows `tier(platform:followers:)` reads for each platform: its own, else the `*` rows (looked up once).
    private let rowsByPlatform: [Platform: [Tier]]

    public init(tiers: [Tier]) {
        self.tiers = tiers
        rowsByPlatform = Dictionary(
            uniqueKeysWithValues: Platform.allCases.map { platform in
                let own = tiers.filter { $0.platform == platform.rawValue }
                return (platform, own.isEmpty ? tiers.filter { $0.platform == "*" } : own)
            })
    }

    public static func load(_ path: String) throws -> TierTable {
        let table = try ReferenceTable.load(path)
        let (p, t, lo, hi) = try (
            table.index(of: "platform"), table.index(of: "tier"),
            table.index(of: "min_followers"), table.index(of: "max_followers")
        )
        var tiers: [Tier] = []
        for (line, fields) in table.rows {
            guard let minimum = Int(fields[lo]) else {
                throw ScoutError.badReferenceData(
                    path: path, line: line, reason: "min_followers '\(fields[lo])' is not a number")
            }
            let maximum = fields[hi].isEmpty ? nil : Int(fields[hi])
            if !fields[hi].isEmpty && maximum == nil {
                throw ScoutError.badReferenceData(
                    path: path, line: line, reason: "max_followers '\(fields[hi])' is not a number")
            }
            tiers.append(
                Tier(platform: fields[p].lowercased(), name: fields[t], minFollowers: minimum, maxFollowers: maximum))
        }
        return TierTable(tiers: tiers)
    }

    /// The tier name for an account, using the platform's own bounds when present, else the `*` rows.
    public func tier(platform: Platform, followers: Int) -> String {
        for tier in rowsByPlatform[platform] ?? []
        where followers >= tier.minFollowers && (tier.maxFollowers.map { followers < $0 } ?? true) {
            return tier.name
        }
        return "unknown"
    }

    /// The follower range of a named tier on a platform, for brief filters like `tier = micro`.
    public func bounds(of name: String, platform: Platform) -> (Int, Int?)? {
        let own = tiers.first { $0.platform == platform.rawValue && $0.name == name }
        guard let tier = own ?? tiers.first(where: { $0.platform == "*" && $0.name == name }) else { return nil }
        return (tier.minFollowers, tier.maxFollowers)
    }
}
