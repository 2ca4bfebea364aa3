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

    mutating func execute<Input, Output>(
        _ stage: PipelineStage<Input, Output>, in context: StageContext,
        input: () throws -> Input?
    ) throws -> Output? {
        let name = stage.name.rawValue
        let position = (StageName.allCases.firstIndex(of: stage.name) ?? 0) + 1
        progress(position, StageName.allCases.count, name)
        let inputs = runs.fingerprints(
            try stage.inputFiles(context) + ReferenceData.files(in: context.options.dataDirectory),
            option: ["options": stage.optionsFingerprint(context.options)], known: &fingerprints)
        if stage.resumable && !force, let done = previous.stage(name), done.completed, done.inputs == inputs,
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
        log.append("stage \(name): started")
        var entry = RunRecord.Stage(name: name, inputs: inputs)
        record.set(entry)
        try JSONFile.write(record, to: runs.recordPath)
        let start = Date()
        if stageDelayMilliseconds > 0 { usleep(UInt32(stageDelayMilliseconds) * 1000) }
        let (output, files) = try stage.run(in: context, input: input)
        entry.seconds = (Date().timeIntervalSince(start) * 1000).rounded() / 1000
        entry.outputs = runs.fingerprints(files, option: [:], known: &fingerprints)
        entry.completed = true
        record.set(entry)
        try JSONFile.write(record, to: runs.recordPath)
        log.append("stage \(name): done in \(entry.seconds)s")
        return output
    }
}
