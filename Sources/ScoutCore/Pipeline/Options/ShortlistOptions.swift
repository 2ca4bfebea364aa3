/// How the last stage delivers: memory across nights, the do-not-contact list, and the files people open.
public struct ShortlistOptions: Sendable, Codable, Equatable {
    /// Start CSV outputs with a UTF-8 BOM so Excel shows non-ASCII names correctly.
    public var excelBOM: Bool
    /// The history database; nil turns history off (no `change` column, `dropped.csv` or spike flags).
    public var history: String?
    /// The night this run is recorded as in `history` (default: today's UTC date).
    public var runID: String?
    /// A CSV (`creator,reason`) of creators to remove from every shortlist (listed in `excluded.csv`); nil for none.
    public var doNotContact: String?

    public init(excelBOM: Bool = false, history: String? = nil, runID: String? = nil, doNotContact: String? = nil) {
        self.excelBOM = excelBOM
        self.history = history
        self.runID = runID
        self.doNotContact = doNotContact
    }
}
