/// The night as its deliverables show it: the final shortlist rows and the figures around them (inputs, where
/// every row went, one outcome per brief, quarantined rows, accounts that need a check). `Deliverables` renders it
/// as CSVs, `shortlists.xlsx`, `report.html` and `summary.md`; no writer computes anything the others would need.
public struct NightReport: Sendable {
    /// The run's name: `scout nightly`'s run id, `scout run --run-id`, else the output folder's name.
    public var runID: String
    public var inputs: [FileReport]
    public var totals: Manifest.Totals
    /// In brief order.
    public var briefs: [BriefOutcome]
    /// In brief order, then rank.
    public var rows: [ShortlistRow]
    public var quarantine: [QuarantineEntry]
    /// Accounts the authenticity check kept off every shortlist (`inauthentic.csv`).
    public var needsCheck: NeedsCheckList
    /// True when history was on (the `change` column and dropped creators are known).
    public var hasHistory = false
    /// True when history held an earlier night's shortlists to compare with (not on the first night).
    public var hasPreviousNight = false

    public init(
        runID: String, inputs: [FileReport], totals: Manifest.Totals, briefs: [BriefOutcome], rows: [ShortlistRow],
        quarantine: [QuarantineEntry], needsCheck: NeedsCheckList
    ) {
        self.runID = runID
        self.inputs = inputs
        self.totals = totals
        self.briefs = briefs
        self.rows = rows
        self.quarantine = quarantine
        self.needsCheck = needsCheck
    }

    /// The run id when it is a date (`2026-11-25`), for titles.
    public var date: String? {
        let parts = runID.split(separator: "-")
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            parts.allSatisfy({ $0.allSatisfy(\.isASCII) && Int($0) != nil })
        else { return nil }
        return runID
    }

    /// Rows grouped by brief id.
    public var rowsByBrief: [String: [ShortlistRow]] { Dictionary(grouping: rows, by: \.briefID) }

    /// True when any brief's deliverables carry contact details.
    public var includesContact: Bool { briefs.contains(where: \.includesContact) }

    /// `199 accounts need a check (3 kept off every shortlist)`: the accounts whose authenticity signals ask a person
    /// to look (most stay on the shortlists, flagged in their rows), and those kept off on several strong signals.
    public var needsCheckText: String {
        let keptOff = DisplayText.grouped(needsCheck.rows.count)
        guard let authenticity = totals.authenticity else {
            return "\(keptOff) accounts kept off every shortlist for a check"
        }
        return
            "\(DisplayText.grouped(authenticity.needsCheck)) accounts need a check (\(keptOff) kept off every shortlist)"
    }

    /// The creator-file rows only (the briefs file is an input too, but not a source of creators).
    public var creatorInputs: [FileReport] { inputs.filter { $0.kind == .creators } }
}
