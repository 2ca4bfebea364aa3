/// Approximate exchange rates (USD per unit), loaded from `data/currency_rates.csv`, for comparing costs with budgets.
public struct CurrencyRates: Sendable {
    private var usdPerUnit: [String: Double] = [:]

    public init(_ rates: [String: Double] = [:]) { usdPerUnit = rates }

    public static func load(_ path: String) throws -> CurrencyRates {
        let table = try ReferenceTable.load(path)
        let (c, r) = try (table.index(of: "currency"), table.index(of: "usd_per_unit"))
        var rates: [String: Double] = [:]
        for (line, fields) in table.rows {
            guard let rate = Double(fields[r]), rate > 0 else {
                throw ScoutError.badReferenceData(
                    path: path, line: line, reason: "usd_per_unit '\(fields[r])' is not a positive number")
            }
            rates[fields[c].uppercased()] = rate
        }
        return CurrencyRates(rates)
    }

    /// USD per unit of `code`, or `nil` when the table does not list it.
    public func usdPerUnit(_ code: String) -> Double? { usdPerUnit[code] }

    /// `amount` in `from` expressed in `to`; `nil` when either currency is unknown (same code always converts).
    public func convert(_ amount: Double, from: String, to: String) -> Double? {
        if from == to { return amount }
        guard let a = usdPerUnit[from], let b = usdPerUnit[to] else { return nil }
        return amount * a / b
    }
}
