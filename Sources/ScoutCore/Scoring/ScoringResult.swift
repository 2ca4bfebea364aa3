/// What scoring a night produces: the shortlists, each brief's funnel, the night's authenticity in numbers, and the
/// accounts the authenticity threshold keeps off every shortlist.
public struct ScoringResult: Sendable {
    /// In brief order, each best first.
    public var shortlists: [[ScoredCandidate]]
    /// `inauthentic.csv` rows (`AuthenticityReport.header`), by creator id.
    public var inauthentic: [[String]]
    /// In brief order.
    public var funnels: [BriefFunnel]
    public var authenticity: AuthenticitySummary
    /// The creators the do-not-contact list or the outreach statuses kept off a list they would have been on, in
    /// brief order and by the rank they would have had (`excluded.csv`).
    public var excluded: [ExcludedCreator] = []
}
