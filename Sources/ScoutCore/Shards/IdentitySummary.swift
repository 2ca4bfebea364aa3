/// `identity.json`: the night's accounts and people after identity resolution (`manifest.json` totals).
struct IdentitySummary: Codable, Sendable, Equatable {
    var creators: Int
    var people: Int
}
