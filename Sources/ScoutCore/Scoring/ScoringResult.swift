/// What scoring a night produces: the shortlists, and the accounts the authenticity threshold keeps off all of them.
public struct ScoringResult: Sendable {
    /// In brief order, each best first.
    public var shortlists: [[ScoredCandidate]]
    /// `inauthentic.csv` rows (`AuthenticityReport.header`), by creator id.
    public var inauthentic: [[String]]
}
