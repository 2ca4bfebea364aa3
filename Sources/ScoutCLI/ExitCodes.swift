import ArgumentParser
import Foundation
import ScoutCore

/// Exit codes for schedulers (documented in README.md, "Exit codes").
public enum ScoutExit {
    public static let success: Int32 = 0
    /// Unreadable input, an export without handle/follower columns, a broken brief, too many quarantined rows.
    public static let badInput: Int32 = 1
    /// The run finished but quarantined rows, and `--strict` was given.
    public static let quarantinedUnderStrict: Int32 = 3
    /// A bug or an environment failure (disk full, permissions on the output directory).
    public static let internalError: Int32 = 70
    /// `scout nightly`: another run holds `runs/.lock` (after `--wait-lock`); nothing was written. Retry later.
    public static let lockHeld: Int32 = 75

    /// The code a failure maps to.
    public static func code(for error: Error) -> Int32 {
        switch error {
        case is ScoutError: return badInput
        case NightlyError.lockHeld: return lockHeld
        case NightlyError.badRunID: return badInput
        default: return internalError
        }
    }
}

/// Runs `body`, printing a one-line `scout: error: …` and mapping failures to `ScoutExit` codes.
func runMappingErrors(_ body: () throws -> Void) throws {
    do {
        try body()
    } catch let error as ScoutError {
        FileHandle.standardError.write(Data("scout: error: \(error.description)\n".utf8))
        throw ExitCode(ScoutExit.badInput)
    } catch let error as ExitCode {
        throw error
    } catch let error as NightlyError {
        let code = ScoutExit.code(for: error)
        FileHandle.standardError.write(Data("scout: \(code == ScoutExit.internalError ? "internal error" : "error"): \(error.description)\n".utf8))
        throw ExitCode(code)
    } catch {
        FileHandle.standardError.write(Data("scout: internal error: \(error)\n".utf8))
        throw ExitCode(ScoutExit.internalError)
    }
}

/// Prints to standard error.
func printError(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
}

/// Options every stage shares.
struct CommonOptions: ParsableArguments {
    @Option(name: .customLong("out"), help: "The run directory: stage files go in DIR/stages, results in DIR.")
    var out: String

    @Option(name: .customLong("data"), help: "Reference tables folder (default: $SCOUT_DATA, ./data, or the package's data/).")
    var data: String?

    var dataDirectory: String { data ?? ReferenceData.defaultDirectory() }
}

extension Platform: ExpressibleByArgument {
    public init?(argument: String) { self.init(parsing: argument) }
}
