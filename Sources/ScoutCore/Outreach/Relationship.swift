/// How a creator is tied to a brand ("start close to home"): the relationships file's `relationship` values.
public enum Relationship: String, Sendable, Hashable, CaseIterable {
    case employee, customer, ambassador, affiliate, roster

    /// The relationship in `why`'s words for `brand`: `Glowlab employee`, `Glowlab customer`, `on Glowlab's roster`.
    public func phrase(_ brand: String) -> String {
        self == .roster ? "on \(brand)'s roster" : "\(brand) \(rawValue)"
    }
}
