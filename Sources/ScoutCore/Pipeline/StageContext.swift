/// What every stage of one run shares: the options, the reference tables, and the side inputs, all read and
/// checked before any stage runs, so a bad reference table, override file or do-not-contact list fails the run
/// before anything is written.
public struct StageContext: Sendable {
    public var options: PipelineOptions
    public var reference: ReferenceData
    /// The reference data's identity rules plus `--merge-overrides`.
    public var identity: IdentityRules
    /// `--do-not-contact`, when given.
    public var doNotContact: DoNotContactList?
    /// `--statuses`, when given.
    public var statuses: OutreachStatuses?
    /// `--relationships`, when given.
    public var relationships: Relationships?
    /// Set when `--history` named a damaged database that was moved aside (reported by the last stage).
    public var historyWarning: String?

    public var layout: RunLayout { options.layout }

    /// Reads the reference tables and the side inputs the options name.
    /// - Throws: `ScoutError` for a table, override file, do-not-contact list, statuses or relationships file that
    ///   cannot be read, `NightlyError.history` for a history database that cannot be opened.
    public init(options: PipelineOptions) throws {
        self.options = options
        reference = try ReferenceData.load(from: options.dataDirectory)
        identity = try IdentityRules(reference: reference, overridesPath: options.normalize.mergeOverrides)
        doNotContact = try options.score.doNotContact.map { try DoNotContactList.load($0) }
        statuses = try options.score.statuses.map { try OutreachStatuses.load($0) }
        relationships = try options.score.relationships.map { try Relationships.load($0) }
        // Opened once here so a history that cannot be opened fails the run before anything is written.
        historyWarning = try options.shortlist.history.flatMap { try HistoryStore(path: $0).setAsideWarning }
    }
}
