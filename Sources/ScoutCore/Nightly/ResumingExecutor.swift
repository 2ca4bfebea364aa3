import Foundation

/// Executes the stages of a night with resume: a stage whose inputs (its `inputFiles`, every reference table and
/// its options group) hash as they did when it last completed, and whose outputs are still on disk with their
/// recorded hashes, is skipped; the others run. Each stage's inputs, outputs and timing go to `run.json`.
struct ResumingExecutor: StageExecutor {
    var runs: RunDirectory
    /// The record being written (`run.json`), and the one the previous attempt left.
    var record: RunRecord
    let previous: RunRecord
    var log: RunLog
    /// The files this night has hashed (`run.json`'s inputs, earlier stages' inputs and outputs), each hashed once.
    var fingerprints: FileFingerprints
    /// Redo every stage.
    var force: Bool
    /// Test hook: sleep this long at the start of every stage.
    var stageDelayMilliseconds: Int
    var report: (String) -> Void
    var progress: (_ index: Int, _ count: Int, _ stage: String) -> Void

    /// The last stage run, while its files may still be being written and hashed: its record entry, the time its
    /// work took, and the write.
    var pending: (entry: RunRecord.Stage, seconds: Double, write: BackgroundWork<StageWrite<FileFingerprints>>)? = nil

    /// A stage that may be skipped (it completed in the previous attempt) is checked as before, once the files of
    /// the stages before it are written. A stage that runs for certain (a fresh night, `--force`, or a stage the
    /// previous attempt did not complete) computes while the stage before it is still writing and hashing its
    /// files; it is recorded as started once that write is joined, its inputs hashed from what the write already
    /// hashed. A night with `--threads 1` writes and hashes each stage's files before the next stage starts.
    mutating func execute<Input, Output: Sendable>(
        _ stage: PipelineStage<Input, Output>, in context: StageContext,
        input: () throws -> Input?
    ) throws -> Output? {
        let name = stage.name.rawValue
        let position = (StageName.allCases.firstIndex(of: stage.name) ?? 0) + 1
        progress(position, StageName.allCases.count, name)
        let given = try input()
        let mayBeSkipped = stage.resumable && !force && previous.stage(name)?.completed == true
        if given == nil || mayBeSkipped || stage.joinsEarlierWrites(context) { try finish() }
        let output: Output
        let entry: RunRecord.Stage
        var seconds = 0.0
        if pending == nil {
            let inputs = try inputFingerprints(stage, in: context)
            if mayBeSkipped, let done = previous.stage(name), done.inputs == inputs,
                runs.outputsMatch(done.outputs, known: &fingerprints)
            {
                var skipped = done
                skipped.skipped = true
                skipped.seconds = 0
                record.set(skipped)
                log.append("stage \(name): skipped (inputs and outputs unchanged)")
                report("scout: \(name): unchanged since the last attempt, skipped")
                try JSONFile.write(record, to: runs.recordPath)
                return nil
            }
            entry = try started(name, inputs: inputs)
            let start = Date()
            if stageDelayMilliseconds > 0 { usleep(UInt32(stageDelayMilliseconds) * 1000) }
            output = try stage.compute(in: context, given: given)
            seconds = Date().timeIntervalSince(start)
        } else {
            let start = Date()
            if stageDelayMilliseconds > 0 { usleep(UInt32(stageDelayMilliseconds) * 1000) }
            do {
                output = try stage.compute(in: context, given: given)
            } catch {
                try finish()
                throw error
            }
            seconds = Date().timeIntervalSince(start)
            try finish()
            entry = try started(name, inputs: try inputFingerprints(stage, in: context))
        }
        let inline = !context.options.overlapsWrites
        pending = (
            entry, seconds,
            stage.startWrite(output, in: context, inline: inline) { files in
                var hashed = FileFingerprints()
                hashed.hashAhead(files, evenOne: true)
                return hashed
            }
        )
        if inline { try finish() }
        return output
    }

    /// Waits for the last stage's files, then records it completed with their fingerprints.
    mutating func finish() throws {
        guard let (entry, seconds, write) = pending else { return }
        pending = nil
        var clock = PhaseClock()
        let written = try write.join()
        clock.lap("waiting for the last stage's files")
        fingerprints.merge(written.extra)
        var done = entry
        done.seconds = ((seconds + written.seconds) * 1000).rounded() / 1000
        done.outputs = runs.fingerprints(written.files, option: [:], known: &fingerprints)
        done.completed = true
        record.set(done)
        try JSONFile.write(record, to: runs.recordPath)
        log.append("stage \(done.name): done in \(done.seconds)s")
    }

    /// The fingerprints of what `stage` reads: its input files, every reference table, its options group.
    private mutating func inputFingerprints<Input, Output>(
        _ stage: PipelineStage<Input, Output>, in context: StageContext
    ) throws -> [String: String] {
        runs.fingerprints(
            try stage.inputFiles(context) + ReferenceData.files(in: context.options.dataDirectory),
            option: ["options": stage.optionsFingerprint(context.options)], known: &fingerprints)
    }

    /// Records `name` as started (in `run.json` and `run.log`) and returns its entry.
    private mutating func started(_ name: String, inputs: [String: String]) throws -> RunRecord.Stage {
        log.append("stage \(name): started")
        let entry = RunRecord.Stage(name: name, inputs: inputs)
        record.set(entry)
        try JSONFile.write(record, to: runs.recordPath)
        return entry
    }
}
