import ArgumentParser
import Foundation
import ScoutCore

/// `scout history`: look after the history database.
package struct HistoryCommand: ParsableCommand {
    package static let configuration = CommandConfiguration(
        commandName: "history", abstract: "Manage the history database (runs/history.sqlite).",
        subcommands: [PruneHistoryCommand.self])

    package init() {}
}
