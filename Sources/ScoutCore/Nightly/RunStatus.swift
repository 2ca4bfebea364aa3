/// Where a night stands (`status` in `run.json`).
public enum RunStatus: String, Sendable, Codable, Hashable {
    /// Started and not finished: still running, or killed (the next attempt resumes it).
    case running
    /// Ended with an error (`exit_code` and `error` say which); `latest` did not move.
    case failed
    /// Every stage done; `latest` points at this run.
    case succeeded
}
