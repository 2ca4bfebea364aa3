import ArgumentParser
import ScoutCore

/// What a run reads: `--creators`, `--briefs`, `--platform` (`scout run`, `scout nightly`, `scout ingest`).
struct InputArguments: ParsableArguments {
    @Option(name: .customLong("creators"), parsing: .upToNextOption, help: "Creator exports: files or folders of CSVs.")
    var creators: [String]

    @Option(name: .customLong("briefs"), help: "The briefs CSV.")
    var briefs: String

    @Option(help: "Platform for exports that do not say (instagram, tiktok, youtube, …).")
    var platform: Platform?

    func apply(to options: inout PipelineOptions) {
        options.ingest = IngestOptions(creators: creators, briefs: briefs, platform: platform)
    }
}
