import Foundation

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
    /// `--outcomes` plus the outcome rows the history kept from earlier nights (`Outcomes.merged`); nil for none.
    public var outcomes: Outcomes?
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
        let file = try options.score.outcomes.map { try Outcomes.load($0) }
        var kept: [OutcomeRecord] = []
        // Opened once here so a history that cannot be opened fails the run before anything is written.
        if let path = options.shortlist.history {
            let store = try HistoryStore(path: path)
            historyWarning = store.setAsideWarning
            // The file's outcome rows are kept for later nights; the ones kept before count tonight too.
            try store.record(outcomes: file?.records ?? [], recordedAt: RunClock.timestamp(Date()))
            kept = try store.outcomes()
        }
        outcomes = Outcomes.merged(file, history: kept, today: Self.night(options))
    }
}

extension StageContext {
    /// The night's date the outcome decay counts back from: `--as-of`, else the run id when it is a date, else
    /// today's UTC date (as the outreach statuses' windows).
    static func night(_ options: PipelineOptions) -> String {
        options.score.asOf ?? options.shortlist.runID.flatMap(SnapshotDate.normalise) ?? RunClock.today()
    }
}
