import Foundation

/// Output options for the files people open.
public struct OutputOptions: Sendable {
    /// Start CSV deliverables with a UTF-8 BOM so Excel shows non-ASCII names correctly (default; `--no-bom` for
    /// machines). Stage files never have one.
    public var utf8BOM = true
    /// Put shortlisted creators' e-mail and website into every brief's deliverables (`--include-contact`); a brief
    /// can also ask for it with its `include_contact` column.
    public var includeContact = false
    /// The night's name in the workbook, report and summary; `nil` uses the output folder's name.
    public var runName: String?

    public init(utf8BOM: Bool = true, includeContact: Bool = false, runName: String? = nil) {
        self.utf8BOM = utf8BOM
        self.includeContact = includeContact
        self.runName = runName
    }
}

/// Stage 4: the final rows of the night, then every deliverable (`shortlists.csv`, one CSV per brief,
/// `shortlists.xlsx`, `report.html`, `summary.md`, `quarantine.csv`, `merges.csv`, `inauthentic.csv`) and
/// `manifest.json`.
public enum ShortlistStage {
    /// What the last stage produced.
    public struct Output: Sendable {
        public var manifest: Manifest
        /// The night as its deliverables show it.
        public var night: NightReport
        /// What do-not-contact and history did, when an annotator ran.
        public var annotation: ShortlistAnnotator.Result?
    }

    /// The columns of `shortlists.csv` without contact details or history.
    public static var header: [String] { ShortlistCSV.header(ShortlistColumn.columns(contact: false, history: false)) }

    /// Builds the night's rows, applies `annotator` (do-not-contact, history) when given, and writes every final
    /// output atomically; per-brief files of briefs no longer present are removed.
    public static func run(
        briefs: [Brief], candidates: [(candidate: ScoredCandidate, tier: String, engagementRate: Double?)],
        accounts: [CreatorAccount], quarantine: [QuarantineEntry], merges: [MergeRecord], files: [FileReport],
        reference: ReferenceData, options: OutputOptions, layout: RunLayout, annotator: ShortlistAnnotator? = nil,
        recordedAt: String = ""
    ) throws -> Output {
        var clock = PhaseClock()
        let inauthentic = FileManager.default.fileExists(atPath: layout.scoreInauthentic)
            ? try IntermediateTable.read(layout.scoreInauthentic, required: AuthenticityReport.header) : nil
        let inputs = NightReport.Inputs(
            runID: options.runName ?? (layout.directory as NSString).lastPathComponent, briefs: briefs, candidates: candidates,
            accounts: accounts, quarantine: quarantine, files: files,
            needsCheck: NeedsCheckList(header: inauthentic?.header ?? AuthenticityReport.header, rows: inauthentic?.rows ?? []),
            reference: reference, includeContact: options.includeContact)
        var night = try NightReport.build(inputs, candidatesPath: layout.candidates) {
            try ContactLookup.emails(of: $0, rowsPath: layout.ingestRows)
        }
        // The manifest keeps the counts before do-not-contact (documented in docs/outputs.md).
        let requested = night.briefs.map { Manifest.BriefSummary(id: $0.id, requested: $0.asked, shortlisted: $0.returned) }
        clock.lap("shortlist: rows")
        let annotation = try annotator.map { try $0.annotate(&night, accounts: accounts, layout: layout, recordedAt: recordedAt) }
        clock.lap("shortlist: history and do-not-contact")

        let bom = options.utf8BOM
        try Deliverables.write(night, layout: layout, options: options)
        clock.lap("shortlist: write deliverables")
        try StageCodecs.writeQuarantine(night.quarantine, to: layout.quarantine, spreadsheetSafe: true, utf8BOM: bom)
        try StageCodecs.writeMerges(merges, to: layout.merges, spreadsheetSafe: true, utf8BOM: bom)
        try IntermediateTable.write(layout.inauthentic, header: night.needsCheck.header, rows: night.needsCheck.rows,
                                    spreadsheetSafe: true, utf8BOM: bom)
        clock.lap("shortlist: write quarantine, merges, inauthentic")

        var totals = night.totals
        totals.shortlisted = candidates.count
        let manifest = Manifest(
            scoutVersion: Manifest.version, inputs: files, briefs: requested, totals: totals,
            outputs: ["shortlists.csv"] + briefs.map { "shortlists/\($0.id).csv" }
                + Deliverables.files + ["quarantine.csv", "merges.csv", "inauthentic.csv", "diagnostics.txt"])
        try IntermediateTable.writeJSON(manifest, to: layout.manifest)
        clock.lap("shortlist: manifest")
        return Output(manifest: manifest, night: night, annotation: annotation)
    }
}
