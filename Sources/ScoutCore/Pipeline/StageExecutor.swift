/// How the stages of a run are executed: one after the other (`DirectExecutor`: `scout run`, the stage
/// executables), or with resume (`scout nightly`'s `ResumingExecutor`).
public protocol StageExecutor {
    /// Runs `stage`, or skips it (returning nil) when this executor may and nothing it depends on changed.
    /// - Parameter input: the stage's input from the stages before it when they ran in this process; nil (or a
    ///   nil result) reads it from their files.
    mutating func execute<Input, Output>(
        _ stage: PipelineStage<Input, Output>, in context: StageContext,
        input: () throws -> Input?
    ) throws -> Output?
}
