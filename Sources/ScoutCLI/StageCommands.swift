import ArgumentParser
import Foundation
import ScoutCore

/// `scout-ingest` / `scout ingest`: stage 1.
public struct IngestCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "ingest", abstract: "Stage 1: read creator exports and briefs into <dir>/stages/ingest.")

    @OptionGroup var out: OutArguments

    @OptionGroup var input: InputArguments

    public init() {}

    public func run() throws {
        try runMappingErrors {
            let output = try out.runStage(IngestStage.definition, with: input.apply)
            printError("scout ingest: \(output.rows.count) rows, \(output.quarantine.count) quarantined, \(output.briefs.count) briefs -> \(out.out)/stages/ingest")
        }
    }
}

/// `scout-normalize` / `scout normalize`: stage 2.
public struct NormalizeCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "normalize", abstract: "Stage 2: parse values, quarantine bad rows, merge duplicate accounts.")

    @OptionGroup var out: OutArguments

    @OptionGroup var normalize: NormalizeArguments

    public init() {}

    public func run() throws {
        try runMappingErrors {
            let output = try out.runStage(NormalizeStage.definition, with: normalize.apply)
            printError("scout normalize: \(output.accounts.count) accounts, \(output.merges.count) merges, \(output.quarantine.count) quarantined")
        }
    }
}

/// `scout-score` / `scout score`: stage 3.
public struct ScoreCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "score", abstract: "Stage 3: score every account against every brief; keep each brief's top K.")

    @OptionGroup var out: OutArguments

    @OptionGroup var score: ScoreArguments

    public init() {}

    public func run() throws {
        try runMappingErrors {
            let output = try out.runStage(ScoreStage.definition, with: score.apply)
            printError("scout score: \(output.candidates.count) candidates -> \(out.out)/stages/score")
        }
    }
}

/// `scout-shortlist` / `scout shortlist`: stage 4.
public struct ShortlistCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "shortlist",
        abstract: "Stage 4: the final shortlists, quarantine.csv, merges.csv, inauthentic.csv and manifest.json.")

    @OptionGroup var out: OutArguments

    @OptionGroup var shortlist: ShortlistArguments

    public init() {}

    public func run() throws {
        var exit = ScoutExit.success
        try runMappingErrors {
            let output = try out.runStage(ShortlistStage.definition, with: shortlist.apply)
            printError(RunSummary.text(output, directory: out.out))
            exit = shortlist.exitCode(output.manifest)
        }
        if exit != ScoutExit.success { throw ExitCode(exit) }
    }
}
