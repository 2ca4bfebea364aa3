import ArgumentParser
import ScoutCore

/// `scout`: the runner and every stage as subcommands.
package struct ScoutCommand: ParsableCommand {
    package static let configuration = CommandConfiguration(
        commandName: "scout",
        abstract: "Match brands to nano and micro creators: ingest exports, dedupe, score, shortlist.",
        discussion: ScoutExit.summary,
        version: Manifest.version,
        subcommands: [
            RunCommand.self, NightlyCommand.self, HistoryCommand.self, InspectCommand.self, IngestCommand.self,
            NormalizeCommand.self,
            ScoreCommand.self, ShortlistCommand.self, PlanCommand.self, IdentityCommand.self, StatisticsCommand.self,
            MergeCommand.self,
        ])

    package init() {}
}
