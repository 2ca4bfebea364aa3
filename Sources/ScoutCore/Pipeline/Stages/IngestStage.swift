import Dispatch
import Foundation
import Synchronization

/// Stage 1: read creator exports and the briefs file.
public enum IngestStage {
    /// Reads every creator file (folders expanded) and the briefs.
    ///
    /// A creator file that cannot be used at all (no handle or follower column, not a regular file, unreadable, a
    /// broken header line) is set aside with the reason (`FileReport.setAside`, a `file_set_aside` warning) and the
    /// night goes on; with `strict`, or when no creator file is usable, it fails the run instead.
    /// - Parameter threads: the threads that read (default: every core); the output does not depend on it.
    /// - Throws: `ScoutError` for a path that does not exist, a bad brief, a file that cannot be used under `strict`,
    ///   when every creator file was set aside, or when the installation secret cannot be had (docs/privacy.md).
    public static func run(
        creators: [String], briefs: String, reference: ReferenceData, platform: Platform?,
        strict: Bool = false, threads: Int? = nil
    ) throws -> IngestOutput {
        _ = try InstallationSecret.require()  // e-mail addresses are keyed from here on (docs/privacy.md)
        var diagnostics = DiagnosticsCollector()
        let (validBriefs, briefReport) = try BriefReader(taxonomy: reference.taxonomy).read(
            briefs, diagnostics: &diagnostics)
        var output = IngestOutput(rows: [], briefs: validBriefs, quarantine: [], files: [], diagnostics: diagnostics)
        for (file, local) in try readCreators(
            try InputFiles.expand(creators), reference: reference, platform: platform, strict: strict, threads: threads)
        {
            output.diagnostics.merge(local)
            output.rows += file.rows
            output.quarantine += file.quarantine
            output.files.append(file.report)
        }
        try requireAFileRead(output.files)
        output.files.append(briefReport)
        return output
    }

    /// Reads creator exports in parallel, each with its own diagnostics; results are taken in file order, so the
    /// output (and the first error thrown) is what a sequential pass gives. Within a file, one thread tokenises
    /// while the others turn its records into rows (`CreatorExportReader.workers`), so one large export uses
    /// every core too; `threads` 1 reads the files one after another on one thread. A file that cannot be used is
    /// set aside (no rows, `FileReport.setAside`, a `file_set_aside` warning in its diagnostics) unless `strict` —
    /// the same in `scout run` and in a sharded night's ingest shards.
    /// - Throws: `ScoutError` for a file that cannot be used under `strict`, or any other read failure.
    static func readCreators(
        _ paths: [String], reference: ReferenceData, platform: Platform?,
        strict: Bool, threads: Int? = nil
    ) throws -> [(CreatorFileIngest, DiagnosticsCollector)] {
        var configured = CreatorExportReader(reference: reference, platform: platform)
        configured.workers = max(1, threads ?? ProcessInfo.processInfo.activeProcessorCount)
        let reader = configured
        let read = Mutex<[Result<(CreatorFileIngest, DiagnosticsCollector), Error>?]>(
            Array(repeating: nil, count: paths.count))
        let done = Atomic(0)
        @Sendable func readFile(_ index: Int) {
            var local = DiagnosticsCollector()
            let result = Result { (try reader.read(paths[index], diagnostics: &local), local) }
            read.withLock { $0[index] = result }
            TerminalProgress.shared.count(done.add(1, ordering: .relaxed).newValue, of: paths.count, "files read")
        }
        if reader.workers == 1 {
            for index in paths.indices { readFile(index) }
        } else {
            DispatchQueue.concurrentPerform(iterations: paths.count) { readFile($0) }
        }
        return try read.withLock { $0 }.enumerated().map { index, result in
            switch result! {
            case .success(let read): return read
            case .failure(let error):
                guard !strict, let reason = setAsideReason(error) else { throw error }
                var local = DiagnosticsCollector()
                local.warning(.fileSetAside, file: paths[index], "set aside, not read: \(reason)")
                let report = FileReport.setAside(path: paths[index], kind: .creators, reason: reason)
                return (CreatorFileIngest(report: report, info: CSVFileInfo()), local)
            }
        }
    }

    /// Fails a night where every creator file was set aside (with the first one's reason).
    /// - Throws: `ScoutError.unreadableInput` naming the first set-aside file.
    static func requireAFileRead(_ files: [FileReport]) throws {
        let creators = files.filter { $0.kind == .creators }
        guard !creators.isEmpty, creators.allSatisfy({ $0.setAside != nil }), let first = creators.first else { return }
        throw ScoutError.unreadableInput(
            path: first.path, reason: "set aside, and no creator file could be read: \(first.setAside!)")
    }

    /// Why a creator file that failed to read can be set aside (nil: the failure must stop the run).
    static func setAsideReason(_ error: Error) -> String? {
        switch error {
        case ScoutError.missingColumns(_, let missing, let seen, _, let hint):
            let shown = seen.prefix(5).map { "'\(VisibleText.shortened(VisibleText.escaped($0), limit: 40))'" }.joined(
                separator: ", ")
            return
                "no column for required field(s) \(missing.joined(separator: ", ")); headers: \(shown)\(seen.count > 5 ? ", …" : "")"
                + (hint.isEmpty ? "" : "; " + hint)
        case ScoutError.unreadableInput(_, let reason): return reason
        default: return nil
        }
    }

    /// Writes the stage's files under `stages/ingest/`; returns their paths.
    public static func write(_ output: IngestOutput, to layout: RunLayout) throws -> [String] {
        try StageCodecs.writeRows(output.rows, to: layout.ingestRows)
        try BriefCodec.write(output.briefs, to: layout.ingestBriefs)
        try StageCodecs.writeQuarantine(output.quarantine, to: layout.ingestQuarantine)
        try JSONFile.write(output.files, to: layout.ingestFiles)
        try IntermediateTable.writeDiagnostics(output.diagnostics, to: layout.ingestDiagnostics)
        return [
            layout.ingestRows, layout.ingestBriefs, layout.ingestQuarantine, layout.ingestFiles,
            layout.ingestDiagnostics,
        ]
    }
}
