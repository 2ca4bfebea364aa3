/// Runs every stage it is given, in this process.
public struct DirectExecutor: StageExecutor {
    public init() {}

    public mutating func execute<Input, Output>(_ stage: PipelineStage<Input, Output>, in context: StageContext,
                                                input: () throws -> Input?) throws -> Output? {
        try stage.run(in: context, input: input).output
    }
}
