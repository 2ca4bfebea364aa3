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

    /// Whether the stage's work has effects outside the run directory (the shortlist stage records the night in
    /// the history database), so every earlier stage's files must be written before it starts, as in a run
    /// without overlap: a failed write then never leaves a night recorded.
    var joinsEarlierWrites: @Sendable (StageContext) -> Bool = { _ in false }

    /// Runs the stage on `input`, or when that is nil on what `readInput` reads, and writes its files.
    func run(in context: StageContext, input: () throws -> Input?) throws -> (output: Output, files: [String]) {
        let output = try compute(in: context, given: try input())
        var clock = PhaseClock()
        let files = try write(output, context)
        clock.lap((step ?? name.rawValue) + " write")
        return (output, files)
    }

    /// Its output: from `given`, or when that is nil from what `readInput` reads; timed.
    func compute(in context: StageContext, given: Input?) throws -> Output {
        var clock = PhaseClock()
        let label = step ?? name.rawValue
        TerminalProgress.shared.stage(StageName.allCases.firstIndex(of: name)! + 1, of: StageName.allCases.count, label)
        let input = try given ?? readInput(context)
        clock.lap(label + " input")
        let output = try transition(input, context)
        clock.lap(label)
        return output
    }

    /// Starts writing `output`'s files: on a background thread, or here when `inline`; `then` runs on the same
    /// thread right after the files are in place (a night hashes them there, while they are in the page cache).
    func startWrite<Extra: Sendable>(
        _ output: Output, in context: StageContext, inline: Bool,
        then: @escaping @Sendable ([String]) -> Extra = { _ in () }
    ) -> BackgroundWork<StageWrite<Extra>> where Output: Sendable {
        let label = (step ?? name.rawValue) + " write"
        let write = write
        return BackgroundWork(inline: inline) {
            let start = ContinuousClock.now
            var clock = PhaseClock()
            let files = try write(output, context)
            clock.lap(label)
            let seconds = Double((ContinuousClock.now - start) / .milliseconds(1)) / 1000
            return StageWrite(files: files, seconds: seconds, extra: then(files))
        }
    }
}
