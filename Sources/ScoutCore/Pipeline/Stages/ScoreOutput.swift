/// The output of stage 3: each brief's top candidates with their tier and engagement rate (in brief order, by
/// rank), and the accounts the authenticity threshold kept off every shortlist.
public struct ScoreOutput: Sendable {
    public var candidates: [ShortlistCandidate]
    /// `inauthentic.csv` rows (`AuthenticityReport.header`), sorted by creator id.
    public var inauthentic: [[String]]
    /// Each brief's funnel (considered, removed by each filter, left), in brief order.
    public var funnels: [BriefFunnel]
    /// The night's authenticity in numbers.
    public var authenticity: AuthenticitySummary
    /// The creators the do-not-contact list or the outreach statuses kept off a list; nil when neither was given.
    public var excluded: [ExcludedCreator]?
    public var diagnostics: DiagnosticsCollector
}
