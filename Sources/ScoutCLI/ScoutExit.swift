import ArgumentParser
import Foundation
import ScoutCore

/// Exit codes for schedulers: the one table of them (README.md, "Exit codes", shows the same codes).
package enum ScoutExit {
    package static let success: Int32 = 0
    /// Bad input: unreadable input, an export without handle/follower columns, a broken brief or reference table,
    /// too many quarantined rows, a bad do-not-contact or override file. Fix the input; retrying will not help.
    package static let badInput: Int32 = 1
    /// The run finished but quarantined rows, and `--strict` was given.
    package static let quarantinedUnderStrict: Int32 = 3
    /// A bad command line (an unknown or invalid option), as ArgumentParser reports it (`EX_USAGE`).
    package static let usage: Int32 = 64
    /// An output could not be written (disk full, permissions, a name too long, a folder in the way of `latest`),
    /// or a bug. Look at the message; retry once the machine is fixed.
    package static let internalError: Int32 = 70
    /// `scout nightly`: another run holds `runs/.lock` (after `--wait-lock`); nothing was written. Retry later.
    package static let lockHeld: Int32 = 75

    /// Every code, in order.
    package static let all = [success, badInput, quarantinedUnderStrict, usage, internalError, lockHeld]

    /// The codes in one paragraph, for `scout --help` and `scout nightly --help`.
    static let summary = """
        Exit codes: 0 success; 1 bad input (unreadable file, missing columns, broken brief or reference table, too \
        many quarantined rows); 3 rows were quarantined and --strict was given (the outputs are written; nightly \
        still moves latest); 64 bad command line; 70 an output cannot be written (disk full, permissions, a name \
        too long), or a bug; 75 (nightly) another run holds the lock.
        """

    /// The code a failure maps to.
    package static func code(for error: any Error) -> Int32 {
        switch error {
        case ScoutError.cannotWrite: return internalError
        case is ScoutError: return badInput
        case NightlyError.lockHeld: return lockHeld
        case NightlyError.badRunID: return badInput
        case let exit as ExitCode: return exit.rawValue
        default: return internalError
        }
    }

    /// The one line printed on standard error for a failure: `scout: error: …`, or `scout: internal error: …`
    /// for what is not the user's input or machine.
    static func message(for error: any Error) -> String {
        switch error {
        case let error as ScoutError: return "scout: error: \(error.description)"
        case let error as NightlyError:
            return "scout: \(code(for: error) == internalError ? "internal error" : "error"): \(error.description)"
        default: return "scout: internal error: \(error)"
        }
    }
}

/// Runs `body`, printing a one-line message and mapping failures to `ScoutExit` codes.
func runMappingErrors(_ body: () throws -> Void) throws {
    do {
        try body()
    } catch let error as ExitCode {
        throw error
    } catch {
        printError(ScoutExit.message(for: error))
        throw ExitCode(ScoutExit.code(for: error))
    }
}

/// Prints to standard error.
func printError(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
}
