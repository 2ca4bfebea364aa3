/// Every file a person opens in the morning, rendered from one `NightReport`: the shortlist CSVs,
/// `shortlists.xlsx`, `report.html` and `summary.md`.
public enum Deliverables {
    /// The files besides the CSVs, as `manifest.json` lists them.
    public static let files = ["shortlists.xlsx", "report.html", "summary.md"]

    public static func write(_ night: NightReport, layout: RunLayout, options: OutputOptions) throws {
        var clock = PhaseClock()
        try ShortlistCSV.write(night, layout: layout, bom: options.utf8BOM)
        clock.lap("deliverables: csv")
        try WorkbookWriter.write(night, to: layout.workbook)
        clock.lap("deliverables: workbook")
        try AtomicFile.write(Array(HTMLReport(night: night).render().utf8), to: layout.report)
        clock.lap("deliverables: report")
        try AtomicFile.write(Array(MorningSummary(night: night).render().utf8), to: layout.summary)
        clock.lap("deliverables: summary")
    }
}
