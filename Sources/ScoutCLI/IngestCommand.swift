import ArgumentParser
import Foundation
import ScoutCore

/// `scout-ingest` / `scout ingest`: stage 1.
public struct IngestCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "ingest", abstract: "Stage 1: read creator exports and briefs into <dir>/stages/ingest.")

    @OptionGroup var out: OutArguments

    @OptionGroup var input: InputArguments

    @Flag(help: "Fail when a creator file cannot be used (no handle or follower column…) instead of setting it aside.")
    var strict = false

    public init() {}

    public func run() throws {
        try runMappingErrors {
            let output = try out.runStage(IngestStage.definition) { options in
                input.apply(to: &options)
                options.ingest.strict = strict
            }
            printError("scout ingest: \(output.rows.count) rows, \(output.quarantine.count) quarantined, \(output.briefs.count) briefs -> \(out.out)/stages/ingest")
        }
    }
}
