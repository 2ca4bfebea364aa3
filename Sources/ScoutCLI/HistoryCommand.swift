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

/// `scout history prune`: drop old nights and compact the file.
public struct PruneHistoryCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "prune", abstract: "Delete old nights' snapshots and shortlists, then VACUUM.")

    @Option(name: .customLong("runs-dir"), help: "The runs folder whose history.sqlite to prune.")
    var runsDir = "runs"

    @Option(help: "History database (default: RUNS/history.sqlite).")
    var history: String?

    @Option(name: .customLong("keep-runs"), help: "Keep the newest N nights.")
    var keepRuns: Int?

    @Option(name: .customLong("keep-days"), help: "Keep nights recorded in the last N days.")
    var keepDays: Int?

    public init() {}

    public func validate() throws {
        if keepRuns == nil && keepDays == nil { throw ValidationError("give --keep-runs N and/or --keep-days N") }
        if (keepRuns ?? 0) < 0 || (keepDays ?? 0) < 0 { throw ValidationError("--keep-runs and --keep-days must be 0 or more") }
    }

    public func run() throws {
        let path = history ?? RunDirectory.defaultHistory(runsDirectory: runsDir)
        try runMappingErrors {
            guard FileManager.default.fileExists(atPath: path) else { throw ScoutError.unreadableInput(path: path, reason: "no such file") }
            let store = try HistoryStore(path: path)
            if let warning = store.setAsideWarning { printError("scout: warning: " + warning) }
            let cutoff = keepDays.map { RunClock.timestamp(Date().addingTimeInterval(-Double($0) * 86_400)) }
            let removed = try store.prune(keepRuns: keepRuns, recordedBefore: cutoff)
            let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
            printError("scout history prune: removed \(removed) night(s); \(try store.runIDs().count) kept; \(path) is \(size) bytes")
        }
    }
}

/// History and do-not-contact for `scout run --out DIR` (both optional there).
enum RunAnnotation {
    /// Applies `ShortlistAnnotator` to DIR's outputs when `--history` or `--do-not-contact` was given.
    static func apply(directory: String, history: String?, doNotContact: String?, runID: String?, excel: Bool) throws {
        guard history != nil || doNotContact != nil else { return }
        let store = try history.map { try HistoryStore(path: $0) }
        if let warning = store?.setAsideWarning { printError("scout: warning: " + warning) }
        let list = try doNotContact.map { try DoNotContactList.load($0) }
        let annotator = ShortlistAnnotator(doNotContact: list, history: store, runID: runID ?? RunClock.today(), excelBOM: excel)
        _ = try annotator.run(layout: RunLayout(directory: directory), recordedAt: RunClock.timestamp(Date()))
    }
}
