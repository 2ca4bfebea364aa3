/// Failures specific to nightly runs (the pipeline's own failures stay `ScoutError`).
public enum NightlyError: Error, Sendable, CustomStringConvertible, Equatable {
    /// Another run holds `runs/.lock` (exit code 75 in the CLI: try again later).
    case lockHeld(path: String, pid: Int32?, started: String?, waited: Double)
    /// The history database refused an operation.
    case history(path: String, message: String)
    /// A `--run-id` that is not a plain folder name.
    case badRunID(String)

    public var description: String {
        switch self {
        case .lockHeld(let path, let pid, let started, let waited):
            let who = pid.map { "pid \($0)" + (started.map { ", started \($0)" } ?? "") } ?? "another process"
            return "\(path): another run holds the lock (\(who)); waited \(waited)s (see --wait-lock)"
        case .history(let path, let message):
            return "\(path): history database: \(message)"
        case .badRunID(let id):
            return "bad run id '\(id)': use letters, digits, '-', '_' or '.' (not starting with '.')"
        }
    }
}
