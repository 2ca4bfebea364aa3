import Foundation

/// Runs one night in its own run directory: lock, per-stage resume by SHA-256, `run.json`, `run.log`, history,
/// and the `latest` link, which moves (atomically) only when the night succeeds.
public struct NightlyRunner {
    public var options: NightlyOptions
    /// Messages for standard error (stale lock, skipped stages).
    public var report: (String) -> Void
    /// Called when a stage starts (`index` from 1, of `count`), for a progress line on a terminal.
    public var progress: (_ index: Int, _ count: Int, _ stage: String) -> Void = { _, _, _ in }

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
        runs.removeLatestCopies()
        try runs.keepLatestComplete()
        var log = RunLog(path: runs.logPath)
        if case .tookOverStale(let holder) = outcome {
            let alive =
                RunLock.isAlive(holder.pid)
                ? "a process with that pid exists now, but it does not hold the lock" : "not running"
            let message =
                "stale lock \(runs.lockPath) from pid \(holder.pid) (started \(holder.started); \(alive)): a previous run was killed; taking it over"
            report("scout: warning: " + message)
            log.append(message)
        }
        var record = (try? JSONFile.read(RunRecord.self, from: runs.recordPath)) ?? RunRecord(runID: options.runID)
        let previous = record
        record.status = .running
        record.exitCode = nil
        record.error = nil
        record.finishedAt = nil
        record.attempts += 1
        record.startedAt = RunClock.timestamp(Date())
        record.options = options.run.recorded
        record.options?.force = options.force
        record.history = options.run.shortlist.history
        log.append("run \(options.runID) attempt \(record.attempts) started (pid \(getpid()))")
        var fingerprints = FileFingerprints()
        do {
            let inputs = try options.run.inputFiles()
            fingerprints.hashAhead(inputs)
            record.inputs = try inputs.map { path in
                guard let print = fingerprints.digest(path) else {
                    throw ScoutError.unreadableInput(path: path, reason: "cannot read")
                }
                return RunRecord.Fingerprint(path: path, bytes: print.bytes, sha256: print.sha256)
            }
            try JSONFile.write(record, to: runs.recordPath)
            let result = try runStages(
                runs: runs, record: &record, previous: previous, log: &log, fingerprints: fingerprints)
            record.status = .succeeded
            record.exitCode = successExitCode(result.manifest)
            record.totals = result.manifest.totals
            record.briefs = result.manifest.briefs
            record.finishedAt = RunClock.timestamp(Date())
            try JSONFile.write(record, to: runs.recordPath)
            log.append("run \(options.runID) succeeded (exit \(record.exitCode ?? 0))")
            try runs.pointLatest()
            runs.removeLatestCopies()
            return result
        } catch {
            record.status = .failed
            record.exitCode = failureExitCode(error)
            record.error = String(describing: error)
            record.finishedAt = RunClock.timestamp(Date())
            try? JSONFile.write(record, to: runs.recordPath)
            log.append("run \(options.runID) failed (exit \(record.exitCode ?? 70)): \(record.error ?? "")")
            throw error
        }
    }

    /// The stages through `ScoutPipeline.run` with a `ResumingExecutor`.
    /// - Parameter fingerprints: the files hashed so far (the night's inputs), not to be read again.
    private func runStages(
        runs: RunDirectory, record: inout RunRecord, previous: RunRecord, log: inout RunLog,
        fingerprints: FileFingerprints
    ) throws -> NightlyResult {
        let context = try StageContext(options: options.run)
        var executor = ResumingExecutor(
            runs: runs, record: record, previous: previous, log: log, fingerprints: fingerprints, force: options.force,
            stageDelayMilliseconds: options.stageDelayMilliseconds, report: report, progress: progress)
        defer {
            let hashed = executor.fingerprints
            executor.log.append("fingerprints: \(hashed.filesHashed) files hashed (\(hashed.bytesHashed) bytes)")
            PhaseClock.report(
                "fingerprints", seconds: hashed.seconds,
                detail: "\(hashed.filesHashed) files, \(hashed.bytesHashed >> 20) MiB")
            record = executor.record
            log = executor.log
        }
        let output = try ScoutPipeline.run(context, executor: &executor)
        var result = NightlyResult(
            runDirectory: runs.directory, manifest: output.manifest,
            shortlistSizes: output.final.briefs.map { ($0.briefID, $0.rows.count) },
            followerSpikes: output.final.followerSpikes, stages: executor.record.stages)
        result.hashedFiles = executor.fingerprints.filesHashed
        result.hashedBytes = executor.fingerprints.bytesHashed
        return result
    }
}
