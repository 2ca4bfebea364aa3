import Foundation

/// Numbers and money as people read them in the report and the summary: locale-independent, so the bytes do not
/// depend on the machine (`12,345`, `9.2%`, `15,000 USD est.`).
enum DisplayText {
    /// `12345` → `12,345`.
    static func grouped(_ value: Int) -> String {
        let digits = String(abs(value))
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(c)
        }
        return (value < 0 ? "-" : "") + out
    }

    /// A fraction as a percentage with one decimal (`0.0918` → `9.2%`).
    static func percent(_ fraction: Double) -> String { String(format: "%.1f%%", fraction * 100) }

    /// A score in [0, 1] on the 0–100 scale, whole (`0.8934` → `89`).
    static func score(_ value: Double) -> String { String(Int((value * 100).rounded())) }

    /// An amount with its currency code (`15,000 USD`), `est.` for estimates.
    static func money(_ amount: Double, _ currency: String, estimated: Bool = false) -> String {
        grouped(Int(amount.rounded())) + (currency.isEmpty ? "" : " " + currency) + (estimated ? " est." : "")
    }
}
