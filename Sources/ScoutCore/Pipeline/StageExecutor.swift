/// How the stages of a run are executed: one after the other (`DirectExecutor`: `scout run`, the stage
/// executables), or with resume (`scout nightly`'s `ResumingExecutor`).
public protocol StageExecutor {
    /// Runs `stage`, or skips it (returning nil) when this executor may and nothing it depends on changed.
    /// The stage's files may still be being written when it returns (`finish` waits for them).
    /// - Parameter input: the stage's input from the stages before it when they ran in this process; nil (or a
    ///   nil result) reads it from their files.
    mutating func execute<Input, Output: Sendable>(
        _ stage: PipelineStage<Input, Output>, in context: StageContext,
        input: () throws -> Input?
    ) throws -> Output?

    /// Waits until every file of the stages run so far is written.
    /// - Throws: the first write error (or run-level check) of those stages, as a run without overlap would.
    mutating func finish() throws
}
