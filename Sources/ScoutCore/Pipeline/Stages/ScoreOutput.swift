/// The output of stage 3: each brief's top candidates with their tier and engagement rate (in brief order, by
/// rank), and the accounts the authenticity threshold kept off every shortlist.
public struct ScoreOutput: Sendable {
    public var candidates: [ShortlistCandidate]
    /// `inauthentic.csv` rows (`AuthenticityReport.header`), sorted by creator id.
    public var inauthentic: [[String]]
    public var diagnostics: DiagnosticsCollector
}
