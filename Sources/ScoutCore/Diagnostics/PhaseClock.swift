import Foundation

/// Wall-clock time and peak memory per phase of a run, written to standard error when the environment sets `SCOUT_TIMINGS`.
///
/// For benchmarks and for finding what a slow night spent its time on; timings never go into output files,
/// which stay byte-identical from run to run.
struct PhaseClock {
    static let enabled = ProcessInfo.processInfo.environment["SCOUT_TIMINGS"] != nil
    private var last = ContinuousClock.now

    init() {}

    /// Reports the time since the previous lap (or since `init`) as `name`.
    mutating func lap(_ name: String) {
        guard Self.enabled else { return }
        let now = ContinuousClock.now
        let seconds = Double((now - last).components.attoseconds) / 1e18 + Double((now - last).components.seconds)
        let line =
            "scout: timing " + name + " " + String(format: "%.2f s", seconds)
            + (Self.peakMemory().map { ", peak \($0 >> 20) MiB" } ?? "")
        FileHandle.standardError.write(Data((line + "\n").utf8))
        last = now
    }

    /// Reports `seconds` spent on `name` over the whole run (work done in pieces, such as fingerprinting files).
    static func report(_ name: String, seconds: Double, detail: String) {
        guard Self.enabled else { return }
        let line = "scout: timing " + name + " " + String(format: "%.2f s", seconds) + " (" + detail + ")"
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    /// The process's peak resident memory so far (`VmHWM` on Linux), in bytes; `nil` where /proc is missing.
    static func peakMemory() -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
            let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
            let kilobytes = Int(line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first ?? "")
        else { return nil }
        return kilobytes << 10
    }
}
