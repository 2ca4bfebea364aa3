/// Runs every stage it is given, in this process.
package struct DirectExecutor: StageExecutor {
    package init() {}

    package mutating func execute<Input, Output>(
        _ stage: PipelineStage<Input, Output>, in context: StageContext,
        input: () throws -> Input?
    ) throws -> Output? {
        try stage.run(in: context, input: input).output
    }
}
