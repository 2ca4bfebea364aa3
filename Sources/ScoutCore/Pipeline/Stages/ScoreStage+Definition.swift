extension ScoreStage {
    /// Stage 3 as `scout run`, `scout nightly` and `scout-score` execute it: every account against every brief,
    /// writes `stages/score/`.
    public static let definition = PipelineStage<ScoreInput, ScoreOutput>(
        name: .score, resumable: true,
        inputFiles: { context in
            [context.layout.ingestBriefs, context.layout.accounts]
                + [
                    context.options.score.doNotContact, context.options.score.statuses,
                    context.options.score.relationships, context.options.score.outcomes,
                ].compactMap { $0 }
        },
        options: { $0.score },
        readInput: { context in
            ScoreInput(
                briefs: try BriefCodec.read(context.layout.ingestBriefs, taxonomy: context.reference.taxonomy),
                accounts: try AccountCodec.read(context.layout.accounts))
        },
        transition: { input, context in
            output(
                input, reference: context.reference, threads: context.options.threads, options: context.options.score,
                outreach: OutreachRules(context), relationships: context.relationships,
                outcomes: context.outcomes)
        },
        write: { output, context in try write(output, to: context.layout) })
}
