import ArgumentParser

/// `scout`: the runner and every stage as subcommands.
public struct ScoutCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "scout",
        abstract: "Match brands to nano and micro creators: ingest exports, dedupe, score, shortlist.",
        discussion: """
            Exit codes: 0 success; 1 bad input (unreadable file, missing columns, broken brief, too many \
            quarantined rows); 3 rows were quarantined and --strict was given; 64 bad command line; 70 internal error; \
            75 (nightly) another run holds the lock.
            """,
        subcommands: [RunCommand.self, NightlyCommand.self, HistoryCommand.self, InspectCommand.self, IngestCommand.self, NormalizeCommand.self,
                      ScoreCommand.self, ShortlistCommand.self])

    public init() {}
}
