/// How the last stage delivers: memory across nights, the do-not-contact list, and the files people open.
public struct ShortlistOptions: Sendable, Codable, Equatable {
    /// Start the CSV deliverables with a UTF-8 BOM so Excel shows non-ASCII names correctly (default; `--no-bom`
    /// for programs). Stage files never have one.
    public var utf8BOM: Bool
    /// Put shortlisted creators' e-mail and website into every brief's deliverables (`--include-contact`); a brief
    /// can also ask for it with its `include_contact` column.
    public var includeContact: Bool
    /// The history database; nil turns history off (no `change` column, `dropped.csv` or spike flags).
    public var history: String?
    /// The night this run is recorded as in `history` (default: today's UTC date); it also names the night in
    /// the workbook, report and summary (default: the run directory's name).
    public var runID: String?
    /// A CSV (`creator,reason`) of creators to remove from every shortlist (listed in `excluded.csv`); nil for none.
    public var doNotContact: String?

    public init(utf8BOM: Bool = true, includeContact: Bool = false, history: String? = nil, runID: String? = nil,
                doNotContact: String? = nil) {
        self.utf8BOM = utf8BOM
        self.includeContact = includeContact
        self.history = history
        self.runID = runID
        self.doNotContact = doNotContact
    }
}
