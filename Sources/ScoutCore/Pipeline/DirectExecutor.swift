/// Runs every stage it is given, in this process. Unless the run has one thread, a stage's files are written on
/// a background thread while the next stage computes (docs/performance.md, "Stage writes overlap"); a write is
/// joined before the next stage's files are written, before a stage reads files or records history, before a
/// failing stage's error is thrown (an earlier write's error wins, as it would without overlap), and in `finish`.
package struct DirectExecutor: StageExecutor {
    /// The last stage's write, when it may still be running.
    private var pending: BackgroundWork<StageWrite<Void>>?

    package init() {}

    package mutating func execute<Input, Output: Sendable>(
        _ stage: PipelineStage<Input, Output>, in context: StageContext,
        input: () throws -> Input?
    ) throws -> Output? {
        let given = try input()
        if given == nil || stage.joinsEarlierWrites(context) { try finish() }
        let output: Output
        do {
            output = try stage.compute(in: context, given: given)
        } catch {
            try finish()
            throw error
        }
        try finish()
        pending = stage.startWrite(
            output, in: context, inline: !context.options.overlapsWrites)
        return output
    }

    package mutating func finish() throws {
        guard let write = pending else { return }
        pending = nil
        var clock = PhaseClock()
        _ = try write.join()
        clock.lap("waiting for the last stage's files")
    }
}
