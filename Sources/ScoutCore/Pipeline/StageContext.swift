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

    public var layout: RunLayout { options.layout }

    /// Reads the reference tables and the side inputs the options name.
    /// - Throws: `ScoutError` for a table, override file, do-not-contact list or statuses file that cannot be read.
    public init(options: PipelineOptions) throws {
        self.options = options
        reference = try ReferenceData.load(from: options.dataDirectory)
        identity = try IdentityRules(reference: reference, overridesPath: options.normalize.mergeOverrides)
        doNotContact = try options.score.doNotContact.map { try DoNotContactList.load($0) }
        statuses = try options.score.statuses.map { try OutreachStatuses.load($0) }
        relationships = try options.score.relationships.map { try Relationships.load($0) }
    }
}
