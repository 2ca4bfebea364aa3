import Foundation

/// Number formatting shared by every output: locale-neutral, shortest round-tripping form.
package enum NumberText {
    package static func format(_ value: Double?) -> String {
        guard let value else { return "" }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return "\(value)"
    }

    /// Fixed decimals for display columns (scores, rates).
    package static func fixed(_ value: Double, _ digits: Int) -> String {
        String(format: "%.\(digits)f", value)
    }
}
