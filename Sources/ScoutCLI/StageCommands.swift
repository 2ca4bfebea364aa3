import ArgumentParser
import Foundation
import ScoutCore

/// `scout-ingest` / `scout ingest`: stage 1.
public struct IngestCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "ingest", abstract: "Stage 1: read creator exports and briefs into DIR/stages/ingest.")

    @OptionGroup var input: InputOptions

    @OptionGroup var common: CommonOptions

    @Flag(help: "Fail when a creator file cannot be used (no handle or follower column…) instead of setting it aside.")
    var strict = false

    public init() {}

    public func run() throws {
        try runMappingErrors {
            let reference = try ReferenceData.load(from: common.dataDirectory)
            let output = try IngestStage.run(creators: input.creators, briefs: input.briefs, reference: reference, platform: input.platform,
                                             strict: strict)
            try IngestStage.write(output, to: RunLayout(directory: common.out))
            printError("scout ingest: \(output.rows.count) rows, \(output.quarantine.count) quarantined, \(output.briefs.count) briefs -> \(common.out)/stages/ingest")
        }
    }
}

/// `scout-normalize` / `scout normalize`: stage 2.
public struct NormalizeCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "normalize", abstract: "Stage 2: parse values, quarantine bad rows, merge duplicate accounts.")

    @OptionGroup var common: CommonOptions

    @Option(help: "Fail when more than this share of creator rows is quarantined (0–1).")
    var maxQuarantineRatio: Double?

    @Option(help: "Extra never_merge/always_merge overrides (action,a,b,note CSV), on top of DATA/merge_overrides.csv.")
    var mergeOverrides: String?

    public init() {}

    public func run() throws {
        try runMappingErrors {
            let layout = RunLayout(directory: common.out)
            let reference = try ReferenceData.load(from: common.dataDirectory)
            let ingest = try IngestStage.read(from: layout, reference: reference)
            var diagnostics = DiagnosticsCollector()
            let identity = try IdentityRules(reference: reference, overridesPath: mergeOverrides)
            let (normalized, files) = NormalizeFiles.run(ingest, identity: identity, diagnostics: &diagnostics)
            try NormalizeFiles.write(normalized, files: files, diagnostics: diagnostics, to: layout)
            try NormalizeFiles.checkQuarantineRatio(files, limit: maxQuarantineRatio)
            printError("scout normalize: \(normalized.accounts.count) accounts, \(normalized.merges.count) merges, \(normalized.quarantine.count) quarantined")
        }
    }
}

/// `scout-score` / `scout score`: stage 3.
public struct ScoreCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "score", abstract: "Stage 3: score every account against every brief; keep each brief's top K.")

    @OptionGroup var common: CommonOptions

    @Option(help: "Scoring threads (default: every core). Results do not depend on it.")
    var threads: Int?

    @Option(help: "Exclude creators whose authenticity score (0–1) is below this; 0 keeps everyone.")
    var minAuthenticity: Double = MatchModel.defaultMinAuthenticity

    public init() {}

    public func validate() throws {
        if !(0...1).contains(minAuthenticity) { throw ValidationError("--min-authenticity must be between 0 and 1") }
    }

    public func run() throws {
        try runMappingErrors {
            let layout = RunLayout(directory: common.out)
            let reference = try ReferenceData.load(from: common.dataDirectory)
            let briefs = try BriefCodec.read(layout.ingestBriefs, taxonomy: reference.taxonomy)
            let accounts = try AccountCodec.read(layout.accounts)
            var diagnostics = DiagnosticsCollector()
            let shortlists = ScoreStage.run(briefs: briefs, accounts: accounts, reference: reference, threads: threads,
                                            minAuthenticity: minAuthenticity, diagnostics: &diagnostics)
            try ScoreStage.write(shortlists, accounts: accounts, reference: reference, minAuthenticity: minAuthenticity,
                                 diagnostics: diagnostics, to: layout)
            printError("scout score: \(shortlists.map(\.count).reduce(0, +)) candidates for \(briefs.count) briefs")
        }
    }
}

/// `scout-shortlist` / `scout shortlist`: stage 4.
public struct ShortlistCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "shortlist", abstract: "Stage 4: write shortlists.csv, per-brief CSVs, quarantine.csv and manifest.json.")

    @OptionGroup var common: CommonOptions

    @Flag(help: "Exit with code 3 when any row was quarantined.")
    var strict = false

    @Flag(help: "Start output CSVs with a UTF-8 BOM for Excel.")
    var excel = false

    public init() {}

    public func run() throws {
        var quarantined = 0
        try runMappingErrors {
            let reference = try ReferenceData.load(from: common.dataDirectory)
            let manifest = try ScoutPipeline.shortlistFromFiles(
                layout: RunLayout(directory: common.out), reference: reference, output: OutputOptions(excelBOM: excel))
            printError(RunSummary.text(manifest, directory: common.out))
            quarantined = manifest.totals.rowsQuarantined
        }
        if strict && quarantined > 0 { throw ExitCode(ScoutExit.quarantinedUnderStrict) }
    }
}
