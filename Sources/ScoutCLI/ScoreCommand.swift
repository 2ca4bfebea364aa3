import ArgumentParser
import Foundation
import ScoutCore

/// `scout-score` / `scout score`: stage 3.
public struct ScoreCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "score", abstract: "Stage 3: score every account against every brief; keep each brief's top K.")

    @OptionGroup var out: OutArguments

    @OptionGroup var score: ScoreArguments

    public init() {}

    public func run() throws {
        try runMappingErrors {
            let output = try out.runStage(ScoreStage.definition, with: { score.apply(to: &$0) })
            printError("scout score: \(output.candidates.count) candidates -> \(out.out)/stages/score")
        }
    }
}
