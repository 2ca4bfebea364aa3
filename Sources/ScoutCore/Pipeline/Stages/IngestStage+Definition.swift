extension IngestStage {
    /// Stage 1 as `scout run`, `scout nightly` and `scout-ingest` execute it: reads the exports and briefs the
    /// ingest options name, writes `stages/ingest/`.
    public static let definition = PipelineStage<Void, IngestOutput>(
        name: .ingest, resumable: true,
        inputFiles: { context in
            try InputFiles.expand(context.options.ingest.creators) + [context.options.ingest.briefs]
        },
        options: { $0.ingest },
        readInput: { _ in },
        transition: { _, context in
            let options = context.options.ingest
            return try run(
                creators: options.creators, briefs: options.briefs, reference: context.reference,
                platform: options.platform,
                strict: options.strict, threads: context.options.threads)
        },
        write: { output, context in try write(output, to: context.layout) })
}
