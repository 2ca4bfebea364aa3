import Foundation

/// Where a run's outputs and each stage's intermediate files live inside the output directory.
public struct RunLayout: Sendable {
    public var directory: String

    public init(directory: String) { self.directory = directory }

    func path(_ parts: String...) -> String { ([directory] + parts).joined(separator: "/") }

    /// Where `deliverable` goes (`Deliverable.path` names every final output once).
    public func path(of deliverable: Deliverable) -> String { path(deliverable.path) }

    // Final outputs.
    public var shortlists: String { path(of: .shortlists) }
    public var shortlistFolder: String { path("shortlists") }
    /// Every brief's shortlist as one workbook, with a Summary sheet and charts.
    public var workbook: String { path(of: .workbook) }
    /// The night on one self-contained HTML page.
    public var report: String { path(of: .report) }
    /// A few lines per brief for e-mail or chat (`pipelines/send-summary.sh`).
    public var summary: String { path(of: .summary) }
    public func shortlist(briefID: String) -> String { path(of: .briefShortlist(briefID)) }
    public var quarantine: String { path(of: .quarantine) }
    public var merges: String { path(of: .merges) }
    public var manifest: String { path("manifest.json") }
    public var diagnostics: String { path(of: .diagnostics) }
    /// Creators kept off every shortlist by the authenticity threshold.
    public var inauthentic: String { path(of: .inauthentic) }
    /// Per brief: the funnel (considered, removed by each filter, left) and why a list is short.
    public var briefReport: String { path(of: .briefReport) }
    /// Creators removed from shortlists by the do-not-contact list, with the reason.
    public var excluded: String { path(of: .excluded) }
    /// Creators on a brief's previous shortlist that are not on tonight's.
    public var dropped: String { path(of: .dropped) }

    // Stage 1: ingest.
    public var ingestRows: String { path("stages", "ingest", "rows.csv") }
    public var ingestBriefs: String { path("stages", "ingest", "briefs.csv") }
    public var ingestQuarantine: String { path("stages", "ingest", "quarantine.csv") }
    public var ingestFiles: String { path("stages", "ingest", "files.json") }
    public var ingestDiagnostics: String { path("stages", "ingest", "diagnostics.txt") }

    // Stage 2: normalise + dedupe.
    public var accounts: String { path("stages", "normalize", "accounts.csv") }
    public var normalizeMerges: String { path("stages", "normalize", "merges.csv") }
    public var normalizeQuarantine: String { path("stages", "normalize", "quarantine.csv") }
    public var normalizeFiles: String { path("stages", "normalize", "files.json") }
    public var normalizeDiagnostics: String { path("stages", "normalize", "diagnostics.txt") }

    // Stage 3: score.
    public var candidates: String { path("stages", "score", "candidates.csv") }
    public var scoreDiagnostics: String { path("stages", "score", "diagnostics.txt") }
    public var scoreInauthentic: String { path("stages", "score", "inauthentic.csv") }
    public var scoreFunnels: String { path("stages", "score", "funnels.csv") }
    /// The creators the do-not-contact list or the outreach statuses kept off a list (only when either was given).
    public var scoreExcluded: String { path("stages", "score", "excluded.csv") }
    public var scoreAuthenticity: String { path("stages", "score", "authenticity.json") }
}
