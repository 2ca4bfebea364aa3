import Foundation
import Synchronization

/// The one progress line Scout draws on standard error while a long phase runs (`scout: [3/4] score — 420 of
/// 1,000 briefs`), redrawn in place at most ten times a second.
///
/// Off unless a command turns it on because standard error is a terminal (`enableIfTerminal()`), so cron and
/// systemd logs get only the end-of-run summary. Stages report through `shared`; nothing here touches outputs.
public final class TerminalProgress: Sendable {
    public static let shared = TerminalProgress()

    private struct State {
        var enabled = false
        var stage = ""
        var lastDraw: ContinuousClock.Instant?
        var drawn = false
    }

    private let state = Mutex(State())

    init() {}

    /// Turns the line on when standard error is a terminal; returns whether it is on.
    @discardableResult
    public func enableIfTerminal() -> Bool {
        let terminal = isatty(STDERR_FILENO) == 1
        state.withLock { $0.enabled = terminal }
        return terminal
    }

    /// Starts stage `index` of `count` (`[2/4] normalize`), drawn at once.
    public func stage(_ index: Int, of count: Int, _ name: String) {
        state.withLock { $0.stage = "[\(index)/\(count)] \(name)" }
        draw("", force: true)
    }

    /// What the current stage is doing (`parsing values`), drawn at once.
    public func phase(_ text: String) { draw(text, force: true) }

    /// `done` of `total` `unit` (`420 of 1,000 briefs`), drawn when a tenth of a second has passed or at the end.
    public func count(_ done: Int, of total: Int, _ unit: String) {
        draw("\(DisplayText.grouped(done)) of \(DisplayText.grouped(total)) \(unit)", force: done == total)
    }

    /// A running count without a known total (`250,000 rows read`).
    public func running(_ done: Int, _ unit: String) { draw("\(DisplayText.grouped(done)) \(unit)", force: false) }

    /// Erases the line (before the summary is printed).
    public func clear() {
        state.withLock { state in
            guard state.enabled, state.drawn else { return }
            FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
            state.drawn = false
            state.stage = ""
        }
    }

    private func draw(_ text: String, force: Bool) {
        state.withLock { state in
            guard state.enabled else { return }
            let now = ContinuousClock.now
            if !force, let last = state.lastDraw, now - last < .milliseconds(100) { return }
            state.lastDraw = now
            let parts = [state.stage, text].filter { !$0.isEmpty }
            FileHandle.standardError.write(Data(("\rscout: " + parts.joined(separator: " — ") + "…\u{1B}[K").utf8))
            state.drawn = true
        }
    }
}
