import ArgumentParser
import Foundation
import ScoutCore

/// `scout-shortlist` / `scout shortlist`: stage 4.
package struct ShortlistCommand: ParsableCommand {
    package static let configuration = CommandConfiguration(
        commandName: "shortlist",
        abstract:
            "Stage 4: the final shortlists (CSVs, shortlists.xlsx, report.html, summary.md), quarantine.csv, merges.csv, inauthentic.csv and manifest.json."
    )

    @OptionGroup var out: OutArguments

    @OptionGroup var shortlist: ShortlistArguments

    package init() {}

    package func run() throws {
        var exit = ScoutExit.success
        try runMappingErrors {
            TerminalProgress.shared.enableIfTerminal()
            let output = try out.runStage(ShortlistStage.definition, with: shortlist.apply)
            TerminalProgress.shared.clear()
            printError(RunSummary.text(output, directory: out.out))
            exit = shortlist.exitCode(output.manifest)
        }
        if exit != ScoutExit.success { throw ExitCode(exit) }
    }
}
