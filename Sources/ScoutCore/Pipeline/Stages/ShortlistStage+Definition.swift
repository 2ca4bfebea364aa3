import Foundation

extension ShortlistStage {
    /// Stage 4 as `scout run`, `scout nightly` and `scout-shortlist` execute it: the final rows computed once
    /// (`finalShortlist`), every deliverable written from them, then `manifest.json`, built from the same rows
    /// and the list of files written. Never skipped on resume: it is cheap and depends on the history database.
    public static let definition = PipelineStage<ShortlistInput, ShortlistOutput>(
        name: .shortlist, resumable: false,
        inputFiles: { context in
            let layout = context.layout
            return [
                layout.ingestBriefs, layout.ingestQuarantine, layout.ingestDiagnostics, layout.accounts,
                layout.normalizeMerges,
                layout.normalizeQuarantine, layout.normalizeFiles, layout.normalizeDiagnostics, layout.candidates,
                layout.scoreFunnels, layout.scoreAuthenticity, layout.scoreInauthentic, layout.scoreDiagnostics,
            ]
                + (FileManager.default.fileExists(atPath: layout.scoreExcluded) ? [layout.scoreExcluded] : [])
        },
        options: { $0.shortlist },
        readInput: { context in try ShortlistInput(reading: context.layout, reference: context.reference) },
        transition: { input, context in
            output(try finalShortlist(input, context: context, recordedAt: RunClock.timestamp(Date())))
        },
        write: { output, context in try deliver(output, context: context) },
        joinsEarlierWrites: { $0.options.shortlist.history != nil })

    /// The deliverables of `final` and the manifest built from the same rows.
    static func output(_ final: FinalShortlist) -> ShortlistOutput {
        let deliverables = Deliverable.all(for: final)
        return ShortlistOutput(
            final: final, manifest: Manifest(final, outputs: deliverables), deliverables: deliverables)
    }

    /// Writes every deliverable, then `manifest.json`, complete into a staging folder first, then puts them in place
    /// as one set (`DeliverableSet`); returns their paths (`scout run`, and a sharded night's merge). The workbook
    /// is written on another thread while the CSV files, the report and the summary are written here (not with
    /// `--threads 1`); an error is the one a run writing them in that order would report first.
    static func deliver(_ output: ShortlistOutput, context: StageContext) throws -> [String] {
        let layout = context.layout
        let staging = try DeliverableSet.staging(in: layout)
        do {
            // The same rows for the people who open a workbook, a page or a message rather than a CSV.
            let night = NightReport(
                output.final, runID: context.options.shortlist.runID ?? (layout.directory as NSString).lastPathComponent
            )
            let workbookPath = staging.path(of: .workbook)
            let workbook = BackgroundWork(inline: !context.options.overlapsWrites) {
                var clock = PhaseClock()
                try WorkbookWriter.write(night, to: workbookPath)
                clock.lap("shortlist: workbook")
            }
            do {
                try CSVDeliverables.write(
                    output.final, output.deliverables, to: staging, utf8BOM: context.options.shortlist.utf8BOM)
            } catch {
                _ = try? workbook.join()
                throw error
            }
            do {
                var clock = PhaseClock()
                try AtomicFile.write(Array(HTMLReport(night: night).render().utf8), to: staging.path(of: .report))
                try AtomicFile.write(Array(MorningSummary(night: night).render().utf8), to: staging.path(of: .summary))
                clock.lap("shortlist: report and summary")
            } catch {
                try workbook.join()
                throw error
            }
            try workbook.join()
            try JSONFile.write(output.manifest, to: staging.manifest)
        } catch {
            try? FileManager.default.removeItem(atPath: staging.directory)
            throw DeliverableSet.naming(error, staging: staging, layout: layout)
        }
        try DeliverableSet.publish(output.deliverables, from: staging, to: layout)
        return output.deliverables.map(layout.path(of:)) + [layout.manifest]
    }
}
