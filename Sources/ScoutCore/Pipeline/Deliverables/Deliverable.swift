/// A file the last stage delivers: written from `FinalShortlist`, listed in `manifest.json` `outputs` in this
/// order.
public enum Deliverable: Sendable, Hashable {
    case shortlists
    /// One brief's shortlist, `shortlists/<brief_id>.csv`.
    case briefShortlist(String)
    /// `shortlists.xlsx`: a Summary sheet and one sheet per brief (`WorkbookWriter`).
    case workbook
    /// `report.html`: the night on one page (`HTMLReport`).
    case report
    /// `summary.md`: a few lines per brief for mail or chat (`MorningSummary`).
    case summary
    case quarantine
    case merges
    case inauthentic
    /// Each brief's funnel: why its list is as long as it is.
    case briefReport
    /// Only when a do-not-contact list was given.
    case excluded
    /// Only with history.
    case dropped
    case diagnostics

    /// Its path in the run directory.
    public var path: String {
        switch self {
        case .shortlists: return "shortlists.csv"
        case .briefShortlist(let id): return "shortlists/\(id).csv"
        case .workbook: return "shortlists.xlsx"
        case .report: return "report.html"
        case .summary: return "summary.md"
        case .quarantine: return "quarantine.csv"
        case .merges: return "merges.csv"
        case .inauthentic: return "inauthentic.csv"
        case .briefReport: return "brief_report.csv"
        case .excluded: return "excluded.csv"
        case .dropped: return "dropped.csv"
        case .diagnostics: return "diagnostics.txt"
        }
    }

    /// What a night delivers for `final`, in order.
    public static func all(for final: FinalShortlist) -> [Deliverable] {
        [.shortlists] + final.briefs.map { .briefShortlist($0.briefID) } + [
            .workbook, .report, .summary, .quarantine, .merges, .inauthentic, .briefReport,
        ]
            + (final.excluded != nil ? [.excluded] : []) + (final.dropped != nil ? [.dropped] : []) + [.diagnostics]
    }
}
