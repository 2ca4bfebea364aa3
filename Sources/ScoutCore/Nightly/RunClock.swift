import Foundation

/// Clock formatting for run records and logs (UTC, ISO 8601); never used in deterministic outputs.
public enum RunClock {
    /// `2026-11-23T02:00:05Z`.
    public static func timestamp(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter.string(from: date)
    }

    /// Today's UTC date, `2026-11-23`: the default run id.
    public static func today(_ date: Date = Date()) -> String { String(timestamp(date).prefix(10)) }
}
