import ArgumentParser
import Foundation
import ScoutCore

/// `scout history`: look after the history database.
public struct HistoryCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "history", abstract: "Manage the history database (runs/history.sqlite).",
        subcommands: [PruneHistoryCommand.self])

    public init() {}
}
