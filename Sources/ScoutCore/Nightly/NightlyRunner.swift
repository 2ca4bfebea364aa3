import Foundation

/// How a night ended, for the summary and the exit code.
public struct NightlyResult: Sendable {
    public var runDirectory: String
    public var manifest: Manifest
    public var annotation: ShortlistAnnotator.Result
    public var stages: [RunRecord.Stage]
}

/// Runs one night in its own run directory: lock, per-stage resume by SHA-256, `run.json`, `run.log`, history,
/// and the `latest` link, which moves (atomically) only when the night succeeds.
public struct NightlyRunner {
    public var options: NightlyOptions
    /// Messages for standard error (stale lock, skipped stages).
    public var report: (String) -> Void
    /// Called when a stage starts (`index` from 1, of `count`), for a progress line on a terminal.
    public var progress: (_ index: Int, _ count: Int, _ stage: String) -> Void = { _, _, _ in }

    public static let stageNames = ["ingest", "normalize", "score", "shortlist"]

    public init(options: NightlyOptions, report: @escaping (String) -> Void) {
        self.options = options
        self.report = report
    }

    /// Runs the night. - Throws: `NightlyError.lockHeld`, `ScoutError` for bad input, anything else as internal.
    /// - Parameter exitCode: the code the night will end with when it succeeds (0, or 3 under --strict); recorded in run.json.
    public func run(successExitCode: (Manifest) -> Int32, failureExitCode: (Error) -> Int32) throws -> NightlyResult {
        guard RunDirectory.isValidRunID(options.runID) else { throw NightlyError.badRunID(options.runID) }
        let runs = RunDirectory(runsDirectory: options.runsDirectory, runID: options.runID)
        var outcome = RunLock.Outcome.acquired
        let lock = try RunLock(path: runs.lockPath, waitSeconds: options.waitLock, outcome: &outcome)
        defer { lock.release() }
        // Temporaries of a killed night (the lock is ours now, so none is being written).
        AtomicFile.removeStaleTemporaries(in: runs.directory)
        AtomicFile.removeStaleTemporaries(in: runs.runsDirectory, recursive: false)
        var log = RunLog(path: runs.logPath)
        if case .tookOverStale(let holder) = outcome {
            let alive = RunLock.isAlive(holder.pid) ? "a process with that pid exists now, but it does not hold the lock" : "not running"
            let message = "stale lock \(runs.lockPath) from pid \(holder.pid) (started \(holder.started); \(alive)): a previous run was killed; taking it over"
            report("scout: warning: " + message)
            log.append(message)
        }
        var record = (try? IntermediateTable.readJSON(RunRecord.self, from: runs.recordPath)) ?? RunRecord(runID: options.runID)
        let previous = record
        record.status = "running"
        record.exitCode = nil
        record.error = nil
        record.finishedAt = nil
        record.attempts += 1
        record.startedAt = RunClock.timestamp(Date())
        record.options = options.recorded
        record.history = options.history
        log.append("run \(options.runID) attempt \(record.attempts) started (pid \(getpid()))")
        do {
            let files = try InputFiles.expand(options.run.creators) + [options.run.briefs] + (options.doNotContact.map { [$0] } ?? [])
            record.inputs = try files.map { path in
                guard let print = SHA256.file(path) else { throw ScoutError.unreadableInput(path: path, reason: "cannot read") }
                return RunRecord.Fingerprint(path: path, bytes: print.bytes, sha256: print.sha256)
            }
            try IntermediateTable.writeJSON(record, to: runs.recordPath)
            let result = try runStages(runs: runs, record: &record, previous: previous, log: &log)
            record.status = "succeeded"
            record.exitCode = successExitCode(result.manifest)
            record.totals = result.manifest.totals
            record.briefs = result.manifest.briefs
            record.finishedAt = RunClock.timestamp(Date())
            try IntermediateTable.writeJSON(record, to: runs.recordPath)
            log.append("run \(options.runID) succeeded (exit \(record.exitCode ?? 0))")
            try runs.pointLatest()
            return result
        } catch {
            record.status = "failed"
            record.exitCode = failureExitCode(error)
            record.error = String(describing: error)
            record.finishedAt = RunClock.timestamp(Date())
            try? IntermediateTable.writeJSON(record, to: runs.recordPath)
            log.append("run \(options.runID) failed (exit \(record.exitCode ?? 70)): \(record.error ?? "")")
            throw error
        }
    }

    private func runStages(runs: RunDirectory, record: inout RunRecord, previous: RunRecord, log: inout RunLog) throws -> NightlyResult {
        let layout = RunLayout(directory: runs.directory)
        let reference = try ReferenceData.load(from: options.run.dataDirectory)
        let tables = ["header_aliases.csv", "niches.csv", "tiers.csv", "engagement_benchmarks.csv", "cost_estimates.csv", "currency_rates.csv",
                      "link_services.csv", "merge_overrides.csv"]
            .map { (options.run.dataDirectory as NSString).appendingPathComponent($0) }
        let ingestOutputs = [layout.ingestRows, layout.ingestBriefs, layout.ingestQuarantine, layout.ingestFiles, layout.ingestDiagnostics]
        let normalizeOutputs = [layout.accounts, layout.normalizeMerges, layout.normalizeQuarantine, layout.normalizeFiles, layout.normalizeDiagnostics]
        let scoreOutputs = [layout.candidates, layout.scoreInauthentic, layout.scoreDiagnostics]
        let o = options
        var manifest: Manifest?
        var annotation = ShortlistAnnotator.Result()
        var warnings: [String] = []
        let plan: [(name: String, inputs: () throws -> [String: String], outputs: () -> [String], resumable: Bool, work: () throws -> Void)] = [
            ("ingest", { runs.fingerprints(try InputFiles.expand(o.run.creators) + [o.run.briefs] + tables,
                                           option: ["platform": o.run.platform?.rawValue ?? "", "strict": "\(o.run.strict)"]) },
             { ingestOutputs }, true, {
                let output = try IngestStage.run(creators: o.run.creators, briefs: o.run.briefs, reference: reference, platform: o.run.platform,
                                                 strict: o.run.strict)
                try IngestStage.write(output, to: layout)
            }),
            ("normalize", { runs.fingerprints(ingestOutputs + tables + (o.run.mergeOverrides.map { [$0] } ?? []),
                                              option: ["max_quarantine_ratio": o.run.maxQuarantineRatio.map { "\($0)" } ?? ""]) },
             { normalizeOutputs }, true, {
                let ingest = try IngestStage.read(from: layout, reference: reference)
                var diagnostics = DiagnosticsCollector()
                let identity = try IdentityRules(reference: reference, overridesPath: o.run.mergeOverrides)
                let (normalized, files) = NormalizeFiles.run(ingest, identity: identity, diagnostics: &diagnostics)
                try NormalizeFiles.write(normalized, files: files, diagnostics: diagnostics, to: layout)
                try NormalizeFiles.checkQuarantineRatio(files, limit: o.run.maxQuarantineRatio)
            }),
            ("score", { runs.fingerprints([layout.ingestBriefs, layout.accounts] + tables, option: ["min_authenticity": "\(o.run.minAuthenticity)"]) },
             { scoreOutputs }, true, {
                let briefs = try BriefCodec.read(layout.ingestBriefs, taxonomy: reference.taxonomy)
                let accounts = try AccountCodec.read(layout.accounts)
                var diagnostics = DiagnosticsCollector()
                let shortlists = ScoreStage.run(briefs: briefs, accounts: accounts, reference: reference, threads: o.run.threads,
                                                minAuthenticity: o.run.minAuthenticity, diagnostics: &diagnostics)
                try ScoreStage.write(shortlists, accounts: accounts, reference: reference, minAuthenticity: o.run.minAuthenticity,
                                     diagnostics: diagnostics, to: layout)
            }),
            // Always redone: cheap, and it depends on the history database and the do-not-contact list.
            ("shortlist", { [:] }, { runs.finalOutputs(layout) }, false, {
                let made = try ScoutPipeline.shortlistFromFiles(layout: layout, reference: reference, output: o.run.output)
                let history = try o.history.map { try HistoryStore(path: $0) }
                if let warning = history?.setAsideWarning {
                    report("scout: warning: " + warning)
                    warnings.append(warning)
                }
                let list = try o.doNotContact.map { try DoNotContactList.load($0) }
                let annotator = ShortlistAnnotator(doNotContact: list, history: history, runID: o.runID, excelBOM: o.run.output.excelBOM)
                annotation = try annotator.run(layout: layout, recordedAt: RunClock.timestamp(Date()))
                manifest = made
            }),
        ]
        for (index, step) in plan.enumerated() {
            progress(index + 1, plan.count, step.name)
            let inputs = try step.inputs()
            var stage = RunRecord.Stage(name: step.name, inputs: inputs)
            if step.resumable && !o.force, let done = previous.stage(step.name), done.completed,
               done.inputs == inputs, runs.outputsMatch(done.outputs) {
                stage = done
                stage.skipped = true
                stage.seconds = 0
                record.set(stage)
                log.append("stage \(step.name): skipped (inputs and outputs unchanged)")
                report("scout: \(step.name): unchanged since the last attempt, skipped")
                try IntermediateTable.writeJSON(record, to: runs.recordPath)
                continue
            }
            log.append("stage \(step.name): started")
            record.set(stage)
            try IntermediateTable.writeJSON(record, to: runs.recordPath)
            let start = Date()
            if o.stageDelayMilliseconds > 0 { usleep(UInt32(o.stageDelayMilliseconds) * 1000) }
            try step.work()
            for warning in warnings { log.append("warning: " + warning) }
            warnings = []
            stage.seconds = (Date().timeIntervalSince(start) * 1000).rounded() / 1000
            stage.outputs = runs.fingerprints(step.outputs(), option: [:])
            stage.completed = true
            record.set(stage)
            try IntermediateTable.writeJSON(record, to: runs.recordPath)
            log.append("stage \(step.name): done in \(stage.seconds)s")
        }
        guard let manifest else { throw ScoutError.badIntermediate(path: layout.manifest, reason: "shortlist stage did not run") }
        return NightlyResult(runDirectory: runs.directory, manifest: manifest, annotation: annotation, stages: record.stages)
    }
}
