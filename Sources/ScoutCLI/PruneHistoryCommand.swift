import ArgumentParser
import Foundation
import ScoutCore

/// `scout history prune`: drop old nights and compact the file.
package struct PruneHistoryCommand: ParsableCommand {
    package static let configuration = CommandConfiguration(
        commandName: "prune", abstract: "Delete old nights' snapshots and shortlists, then VACUUM.")

    @Option(
        name: .customLong("runs-dir"),
        help: ArgumentHelp("The runs folder whose history.sqlite to prune.", valueName: "dir"))
    var runsDir = "runs"

    @Option(help: ArgumentHelp("History database (default: RUNS/history.sqlite).", valueName: "file"))
    var history: String?

    @Option(name: .customLong("keep-runs"), help: ArgumentHelp("Keep the newest N nights.", valueName: "n"))
    var keepRuns: Int?

    @Option(
        name: .customLong("keep-days"), help: ArgumentHelp("Keep nights recorded in the last N days.", valueName: "n"))
    var keepDays: Int?

    package init() {}

    package func validate() throws {
        if keepRuns == nil && keepDays == nil { throw ValidationError("give --keep-runs N and/or --keep-days N") }
        if (keepRuns ?? 0) < 0 || (keepDays ?? 0) < 0 {
            throw ValidationError("--keep-runs and --keep-days must be 0 or more")
        }
    }

    package func run() throws {
        let path = history ?? RunDirectory.defaultHistory(runsDirectory: runsDir)
        try runMappingErrors {
            guard FileManager.default.fileExists(atPath: path) else {
                throw ScoutError.unreadableInput(path: path, reason: "no such file")
            }
            let store = try HistoryStore(path: path)
            if let warning = store.setAsideWarning { printError("scout: warning: " + warning) }
            let cutoff = keepDays.map { RunClock.timestamp(Date().addingTimeInterval(-Double($0) * 86_400)) }
            let removed = try store.prune(keepRuns: keepRuns, recordedBefore: cutoff)
            let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
            printError(
                "scout history prune: removed \(removed) night(s); \(try store.runIDs().count) kept; \(path) is \(size) bytes"
            )
        }
    }
}
