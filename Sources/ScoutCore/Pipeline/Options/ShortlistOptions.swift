/// How the last stage delivers: memory across nights and the files people open (the do-not-contact list and the
/// outreach statuses act in scoring, `ScoreOptions`, so lists refill).
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

    public init(utf8BOM: Bool = true, includeContact: Bool = false, history: String? = nil, runID: String? = nil) {
        self.utf8BOM = utf8BOM
        self.includeContact = includeContact
        self.history = history
        self.runID = runID
    }
}
