/// Accounts the authenticity check kept off every shortlist, as `inauthentic.csv` lists them: its header and rows
/// as text (columns are looked up by name, so the list can grow columns without changing its readers).
public struct NeedsCheckList: Sendable, Hashable {
    public var header: [String]
    public var rows: [[String]]

    public init(header: [String] = AuthenticityReport.header, rows: [[String]] = []) {
        self.header = header
        self.rows = rows
    }

    /// The value of `column` in `row`, empty when the column is absent.
    public func value(_ row: [String], _ column: String) -> String {
        header.firstIndex(of: column).map { $0 < row.count ? row[$0] : "" } ?? ""
    }
}
