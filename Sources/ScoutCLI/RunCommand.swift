import ArgumentParser
import Foundation
import ScoutCore

/// `scout run`: every stage in one process.
package struct RunCommand: ParsableCommand {
    package static let configuration = CommandConfiguration(
        commandName: "run", abstract: "Run ingest, normalise+dedupe, score and shortlist in one process.")

    @OptionGroup var out: OutArguments

    @OptionGroup var pipeline: PipelineArguments

    package init() {}

    package func validate() throws { try pipeline.input.require() }

    package func run() throws {
        var exit = ScoutExit.success
        try runMappingErrors {
            var options = out.options
            pipeline.apply(to: &options)
            TerminalProgress.shared.enableIfTerminal()
            let output = try ScoutPipeline.run(options)
            TerminalProgress.shared.clear()
            printError(RunSummary.text(output, directory: out.out))
            exit = pipeline.shortlist.exitCode(output.manifest)
        }
        if exit != ScoutExit.success { throw ExitCode(exit) }
    }
}
