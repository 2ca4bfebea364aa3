import ArgumentParser
import ScoutCore

/// What a run reads: `--creators`, `--briefs`, `--platform` (`scout run`, `scout nightly`, `scout ingest`).
struct InputArguments: ParsableArguments {
    @Option(name: .customLong("creators"), parsing: .upToNextOption, help: ArgumentHelp("Creator exports: files or folders of CSVs.", valueName: "path"))
    var creators: [String]

    @Option(name: .customLong("briefs"), help: ArgumentHelp("The briefs CSV.", valueName: "file"))
    var briefs: String

    @Option(help: ArgumentHelp("Platform for exports that do not say.", valueName: "platform"))
    var platform: Platform?

    func apply(to options: inout PipelineOptions) {
        options.ingest = IngestOptions(creators: creators, briefs: briefs, platform: platform)
    }
}
