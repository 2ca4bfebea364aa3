import ArgumentParser
import Foundation
import ScoutCore

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
