import Foundation
import Dispatch
import Synchronization

/// The output of stage 1: mapped rows from every creator export, validated briefs, and the files' reports.
public struct IngestOutput: Sendable {
    public var rows: [SourceRow]
    public var briefs: [Brief]
    public var quarantine: [QuarantineEntry]
    public var files: [FileReport]
    public var diagnostics: DiagnosticsCollector
}

/// Stage 1: read creator exports and the briefs file.
public enum IngestStage {
    /// Reads every creator file (folders expanded) and the briefs.
    /// - Throws: `ScoutError` for an unreadable file, an export without handle or follower columns, or a bad brief.
    public static func run(creators: [String], briefs: String, reference: ReferenceData, platform: Platform?) throws -> IngestOutput {
        var diagnostics = DiagnosticsCollector()
        let (validBriefs, briefReport) = try BriefReader(taxonomy: reference.taxonomy).read(briefs, diagnostics: &diagnostics)
        var output = IngestOutput(rows: [], briefs: validBriefs, quarantine: [], files: [], diagnostics: diagnostics)
        let reader = CreatorExportReader(reference: reference, platform: platform)
        // Files are read in parallel, each with its own diagnostics; results are taken in file order, so the
        // output (and the first error thrown) is what a sequential pass gives.
        let paths = try InputFiles.expand(creators)
        let read = Mutex<[Result<(CreatorFileIngest, DiagnosticsCollector), Error>?]>(Array(repeating: nil, count: paths.count))
        let done = Atomic(0)
        DispatchQueue.concurrentPerform(iterations: paths.count) { index in
            var local = DiagnosticsCollector()
            let result = Result { (try reader.read(paths[index], diagnostics: &local), local) }
            read.withLock { $0[index] = result }
            TerminalProgress.shared.count(done.add(1, ordering: .relaxed).newValue, of: paths.count, "files read")
        }
        for result in read.withLock({ $0 }) {
            let (file, local) = try result!.get()
            output.diagnostics.merge(local)
            output.rows += file.rows
            output.quarantine += file.quarantine
            output.files.append(file.report)
        }
        output.files.append(briefReport)
        return output
    }

    public static func write(_ output: IngestOutput, to layout: RunLayout) throws {
        try StageCodecs.writeRows(output.rows, to: layout.ingestRows)
        try BriefCodec.write(output.briefs, to: layout.ingestBriefs)
        try StageCodecs.writeQuarantine(output.quarantine, to: layout.ingestQuarantine)
        try IntermediateTable.writeJSON(output.files, to: layout.ingestFiles)
        try RunLayout.writeDiagnostics(output.diagnostics, to: layout.ingestDiagnostics)
    }

    public static func read(from layout: RunLayout, reference: ReferenceData) throws -> IngestOutput {
        IngestOutput(
            rows: try StageCodecs.readRows(layout.ingestRows),
            briefs: try BriefCodec.read(layout.ingestBriefs, taxonomy: reference.taxonomy),
            quarantine: try StageCodecs.readQuarantine(layout.ingestQuarantine),
            files: try IntermediateTable.readJSON([FileReport].self, from: layout.ingestFiles),
            diagnostics: DiagnosticsCollector())
    }
}

/// Stage 2 on files: normalise and deduplicate, then settle every input row's fate in the file reports.
public enum NormalizeFiles {
    /// Runs `NormalizeStage` and returns the accounts, merges, all quarantined rows so far and the settled reports.
    public static func run(_ ingest: IngestOutput, identity: IdentityRules,
                           diagnostics: inout DiagnosticsCollector) -> (NormalizedAccounts, [FileReport]) {
        let normalized = NormalizeStage.run(ingest.rows, identity: identity, diagnostics: &diagnostics)
        let files = ingest.files.map { report -> FileReport in
            guard report.kind == "creators" else { return report }
            var report = report
            let counts = normalized.counts[report.path] ?? (0, 0, 0)
            report.rowsAccepted = counts.accepted
            report.rowsMerged = counts.merged
            report.rowsQuarantined += counts.quarantined
            return report
        }
        return (normalized, files)
    }

    public static func write(_ normalized: NormalizedAccounts, files: [FileReport], diagnostics: DiagnosticsCollector, to layout: RunLayout) throws {
        try AccountCodec.write(normalized.accounts, to: layout.accounts)
        try StageCodecs.writeMerges(normalized.merges, to: layout.normalizeMerges)
        try StageCodecs.writeQuarantine(normalized.quarantine, to: layout.normalizeQuarantine)
        try IntermediateTable.writeJSON(files, to: layout.normalizeFiles)
        try RunLayout.writeDiagnostics(diagnostics, to: layout.normalizeDiagnostics)
    }

    /// Fails when the share of quarantined creator rows exceeds `limit`.
    public static func checkQuarantineRatio(_ files: [FileReport], limit: Double?) throws {
        guard let limit else { return }
        let creators = files.filter { $0.kind == "creators" }
        let read = creators.map(\.rowsRead).reduce(0, +)
        let quarantined = creators.map(\.rowsQuarantined).reduce(0, +)
        if read > 0 && Double(quarantined) / Double(read) > limit {
            throw ScoutError.tooManyQuarantined(quarantined: quarantined, read: read, limit: limit)
        }
    }
}
