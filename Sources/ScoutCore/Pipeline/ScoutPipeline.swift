/// The four stages composed, in one place: `scout run`, `scout nightly` and the stage executables all go through
/// the stage definitions (`IngestStage.definition` …) chained here or run one at a time.
public enum ScoutPipeline {
    /// Runs the stages in order through `executor`. A stage gets its input in memory when the stages before it
    /// ran in this process, else reads it from their files (a night resumed after some stages were skipped).
    /// Every stage's files are written when it returns (`StageExecutor.finish`).
    /// - Returns: the last stage's output (its rows and the manifest).
    /// - Throws: `ScoutError` for bad input or an output that cannot be written; what the executor throws.
    public static func run(_ context: StageContext, executor: inout some StageExecutor) throws -> ShortlistOutput {
        var ingest = try executor.execute(IngestStage.definition, in: context) { () }
        // The rows move to stage 2, which frees them as it normalises them: not needed after that.
        let handoff = ingest.map { RowHandoff($0.rows) }
        ingest?.rows = []
        let normalized = try executor.execute(NormalizeStage.definition, in: context) {
            ingest.map { NormalizeInput(handoff: handoff!, files: $0.files) }
        }
        if let handoff { BackgroundRelease.release(handoff.take()) }  // when stage 2 did not run here
        let scored = try executor.execute(ScoreStage.definition, in: context) {
            guard let ingest, let normalized else { return nil }
            return ScoreInput(briefs: ingest.briefs, accounts: normalized.accounts)
        }
        let shortlisted = try executor.execute(ShortlistStage.definition, in: context) {
            guard let ingest, let normalized, let scored else { return nil }
            return ShortlistInput(ingest: ingest, normalized: normalized, scored: scored)
        }
        try executor.finish()
        BackgroundRelease.release(normalized)
        BackgroundRelease.release(ingest)
        guard let shortlisted else {
            throw ScoutError.badIntermediate(path: context.layout.manifest, reason: "the shortlist stage did not run")
        }
        return shortlisted
    }

    /// Every stage in this process, writing each stage's files as it goes (`scout run`).
    public static func run(_ options: PipelineOptions) throws -> ShortlistOutput {
        AtomicFile.removeStaleTemporaries(in: options.layout.directory)  // of a killed run (docs/reliability.md)
        var executor = DirectExecutor()
        return try run(StageContext(options: options), executor: &executor)
    }

    /// One stage alone, on the files the stages before it wrote in `options.layout` (a stage executable).
    public static func runStage<Input, Output>(_ stage: PipelineStage<Input, Output>, options: PipelineOptions) throws
        -> Output
    {
        try stage.run(in: StageContext(options: options), input: { nil }).output
    }

    /// One step of a sharded night (`scout ingest --shard K/N`, `scout identity` …) on the run directory
    /// `directory`, with the options the night was planned with (`ShardPlan`).
    /// - Parameters:
    ///   - shard: the step's shard, checked against the plan; nil for a global step.
    ///   - dataDirectory: the reference tables (default: the plan's folder); they must be the plan's.
    /// - Throws: `ScoutError` for a missing plan or input, another shard count or other reference tables.
    package static func runShardStep<Input, Output>(
        _ stage: PipelineStage<Input, Output>, run directory: String, shard: Shard?,
        dataDirectory: String?, threads: Int?
    ) throws -> Output {
        let plan = try ShardPlan.read(run: directory)
        var options = plan.pipelineOptions(directory: directory, dataDirectory: dataDirectory)
        options.threads = threads
        try plan.check(shard: shard, dataDirectory: options.dataDirectory)
        return try runStage(stage, options: options)
    }
}
