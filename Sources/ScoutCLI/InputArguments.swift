import ArgumentParser
import ScoutCore

/// What a run reads: `--creators`, `--briefs`, `--platform` (`scout run`, `scout nightly`, `scout plan`, `scout ingest`).
///
/// Not required by the parser, so `scout ingest --shard K/N` (which reads them from the plan) can go without them;
/// every command that needs them calls `require()` in its `validate()`.
struct InputArguments: ParsableArguments {
    @Option(
        name: .customLong("creators"), parsing: .upToNextOption,
        help: ArgumentHelp("Creator exports: files or folders of CSVs (required).", valueName: "path"))
    var creators: [String] = []

    @Option(name: .customLong("briefs"), help: ArgumentHelp("The briefs CSV (required).", valueName: "file"))
    var briefs: String?

    @Option(help: ArgumentHelp("Platform for exports that do not say.", valueName: "platform"))
    var platform: Platform?

    /// Fails as a usage error (exit 64) without `--creators` or `--briefs`.
    func require() throws {
        if creators.isEmpty { throw ValidationError("Missing expected argument '--creators <path> ...'") }
        if briefs == nil { throw ValidationError("Missing expected argument '--briefs <file>'") }
    }

    /// Whether any of them was given.
    var isGiven: Bool { !creators.isEmpty || briefs != nil || platform != nil }

    func apply(to options: inout PipelineOptions) {
        options.ingest = IngestOptions(creators: creators, briefs: briefs ?? "", platform: platform)
    }
}
