import Foundation

/// One stage of the pipeline, defined once: the files and options its result depends on, how it reads its input
/// from the files of the stages before it, the work, and the files it writes.
///
/// `scout run`, `scout nightly` and the stage executables all execute these definitions, composed in one place
/// (`ScoutPipeline.run`), so what a resumed night fingerprints is exactly what the stage reads. The shape follows
/// swift-openapi-generator's `GeneratorPipelineStage<Input, Output>`: typed stages chained in one function.
public struct PipelineStage<Input, Output>: Sendable {
    public let name: StageName
    /// Whether a finished stage whose inputs and outputs are unchanged may be skipped when a night is resumed
    /// (the last stage is always redone: it is cheap and depends on the history database).
    public let resumable: Bool
    /// The files it reads besides the reference tables (every stage reads and fingerprints all of
    /// `ReferenceData.tables`).
    let inputFiles: @Sendable (StageContext) throws -> [String]
    /// The options that change its result: its own group of `PipelineOptions`, fingerprinted as JSON, so a new
    /// option in that group is fingerprinted without another change.
    let options: @Sendable (PipelineOptions) -> any Encodable
    /// Its input, read from the files of the stages before it (a stage executable, or a resumed night).
    let readInput: @Sendable (StageContext) throws -> Input
    /// The work.
    let transition: @Sendable (Input, StageContext) throws -> Output
    /// Writes its files and returns their paths; may fail afterwards on a run-level check (too many quarantined
    /// rows), so what was set aside can still be read.
    let write: @Sendable (Output, StageContext) throws -> [String]
    /// The step's name when it is one step of a sharded night (`plan`, `ingest 2/4`, `identity` …), for timings;
    /// nil for the stage itself.
    var step: String? = nil

    /// The JSON (sorted keys) of the stage's options group in `options`: what a resumed night compares.
    func optionsFingerprint(_ options: PipelineOptions) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let group = self.options(options)
        return (try? encoder.encode(group)).map { String(decoding: $0, as: UTF8.self) } ?? "\(group)"
    }

    /// Runs the stage on `input`, or when that is nil on what `readInput` reads, and writes its files.
    func run(in context: StageContext, input: () throws -> Input?) throws -> (output: Output, files: [String]) {
        var clock = PhaseClock()
        let label = step ?? name.rawValue
        TerminalProgress.shared.stage(StageName.allCases.firstIndex(of: name)! + 1, of: StageName.allCases.count, label)
        let given = try input() ?? readInput(context)
        clock.lap(label + " input")
        let output = try transition(given, context)
        clock.lap(label)
        let files = try write(output, context)
        clock.lap(label + " write")
        return (output, files)
    }
}
