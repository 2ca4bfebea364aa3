extension BriefFunnel {
    /// Adds what another part of the night's accounts counted for the same brief (a sharded night's merge step):
    /// considered, removed per filter, left and the accounts without a country per platform (in platform order, as
    /// `ScoringEngine.describeUnknownCountries` lists them). `shortlisted`, `doNotContact`, `tieBeyondList` and
    /// `unpriced` belong to the chosen list and are left alone.
    mutating func add(_ other: BriefFunnel) {
        considered += other.considered
        for k in removed.indices { removed[k] += other.removed[k] }
        left += other.left
        var counts: [Platform: UnknownCount] = [:]
        for entry in unknownCountry + other.unknownCountry {
            counts[entry.platform, default: UnknownCount(platform: entry.platform, unknown: 0, total: 0)].unknown +=
                entry.unknown
            counts[entry.platform]!.total += entry.total
        }
        unknownCountry = Platform.allCases.compactMap { counts[$0] }
    }
}
