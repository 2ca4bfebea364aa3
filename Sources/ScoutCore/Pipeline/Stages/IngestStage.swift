import Foundation
import Dispatch
import Synchronization

/// Stage 1: read creator exports and the briefs file.
public enum IngestStage {
    /// Reads every creator file (folders expanded) and the briefs.
    /// - Throws: `ScoutError` for an unreadable file, an export without handle or follower columns, or a bad brief.
    public static func run(creators: [String], briefs: String, reference: ReferenceData, platform: Platform?) throws -> IngestOutput {
        var diagnostics = DiagnosticsCollector()
        let (validBriefs, briefReport) = try BriefReader(taxonomy: reference.taxonomy).read(briefs, diagnostics: &diagnostics)
        var output = IngestOutput(rows: [], briefs: validBriefs, quarantine: [], files: [], diagnostics: diagnostics)
        for (file, local) in try readCreators(try InputFiles.expand(creators), reference: reference, platform: platform) {
            output.diagnostics.merge(local)
            output.rows += file.rows
            output.quarantine += file.quarantine
            output.files.append(file.report)
        }
        output.files.append(briefReport)
        return output
    }

    /// Reads creator exports in parallel, each with its own diagnostics; results are taken in file order, so the
    /// output (and the first error thrown) is what a sequential pass gives.
    /// - Throws: `ScoutError` for an unreadable file or an export without handle or follower columns.
    static func readCreators(_ paths: [String], reference: ReferenceData, platform: Platform?) throws -> [(CreatorFileIngest, DiagnosticsCollector)] {
        let reader = CreatorExportReader(reference: reference, platform: platform)
        let read = Mutex<[Result<(CreatorFileIngest, DiagnosticsCollector), Error>?]>(Array(repeating: nil, count: paths.count))
        let done = Atomic(0)
        DispatchQueue.concurrentPerform(iterations: paths.count) { index in
            var local = DiagnosticsCollector()
            let result = Result { (try reader.read(paths[index], diagnostics: &local), local) }
            read.withLock { $0[index] = result }
            TerminalProgress.shared.count(done.add(1, ordering: .relaxed).newValue, of: paths.count, "files read")
        }
        return try read.withLock { $0 }.map { try $0!.get() }
    }

    /// Writes the stage's files under `stages/ingest/`; returns their paths.
    public static func write(_ output: IngestOutput, to layout: RunLayout) throws -> [String] {
        try StageCodecs.writeRows(output.rows, to: layout.ingestRows)
        try BriefCodec.write(output.briefs, to: layout.ingestBriefs)
        try StageCodecs.writeQuarantine(output.quarantine, to: layout.ingestQuarantine)
        try JSONFile.write(output.files, to: layout.ingestFiles)
        try IntermediateTable.writeDiagnostics(output.diagnostics, to: layout.ingestDiagnostics)
        return [layout.ingestRows, layout.ingestBriefs, layout.ingestQuarantine, layout.ingestFiles, layout.ingestDiagnostics]
    }
}
