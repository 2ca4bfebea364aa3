/// `identity.json`: the night's accounts and people after identity resolution (`manifest.json` totals).
package struct IdentitySummary: Codable, Sendable, Equatable {
    package var creators: Int
    package var people: Int
}
