/// What `AccountNormalizer` derived from cell texts that repeat across rows (country, language, niche and
/// brand lists), kept for one chunk of rows: each distinct text is parsed once, and the accounts that carry
/// it share one copy of the result (one array of niches, not one per account).
///
/// Every value is a pure function of the cell text, so a memo hit gives exactly what computing it again
/// would give; the memo only saves the work and the storage.
struct CellMemo: Sendable {
    /// Distinct texts kept per table; past it, values are computed without being remembered.
    static let capacity = 4096

    /// Country cell → `Locales.countryCode` of it (empty for a missing-value marker).
    var countries: [String: String] = [:]
    /// Language cell → `Locales.languageCode` of it (empty for a missing-value marker).
    var languages: [String: String] = [:]
    /// List cell → `AccountNormalizer.list` of it.
    var lists: [String: [String]] = [:]

    init() {}

    /// `table[text]`, computing and remembering it (while the table has room) when absent. Empty texts are
    /// computed every time: they need no hashing to be cheap.
    @inline(__always)
    static func value<Value>(
        _ text: String, in table: inout [String: Value], _ compute: (String) -> Value
    ) -> Value {
        if let known = table[text] { return known }
        let value = compute(text)
        if table.count < capacity { table[text] = value }
        return value
    }
}
