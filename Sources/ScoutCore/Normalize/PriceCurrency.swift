import Foundation

/// Reads the currency a price cell is written in (`$250`, `€180`, `¥30,000`, `110 USD`, `£50`, `3000円`).
public enum PriceCurrency {
    static let symbols: [(String, String)] = [("us$", "USD"), ("$", "USD"), ("€", "EUR"), ("£", "GBP"), ("¥", "JPY"), ("円", "JPY"), ("₩", "KRW"), ("r$", "BRL")]

    /// The ISO 4217 code of `text`'s currency symbol or trailing/leading code, or empty when it names none.
    /// A bare `$` is read as USD.
    public static func code(in text: String) -> String {
        let lowered = text.precomposedStringWithCompatibilityMapping.lowercased().trimmingCharacters(in: .whitespaces)
        for code in ["usd", "eur", "gbp", "jpy", "brl", "mxn", "krw", "cad", "aud"] where lowered.hasPrefix(code) || lowered.hasSuffix(code) {
            return code.uppercased()
        }
        if lowered.hasPrefix("r$") { return "BRL" }
        for (symbol, code) in symbols where lowered.contains(symbol) { return code }
        return ""
    }
}
