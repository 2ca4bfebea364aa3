import Dispatch
import Synchronization

/// Work started on another thread now and joined later: a stage's files written (and hashed) while the next
/// stage computes. With `inline`, the work runs on the caller's thread before `init` returns (`--threads 1`).
package final class BackgroundWork<Value: Sendable>: Sendable {
    private let result = Mutex<Result<Value, any Error>?>(nil)
    private let finished = DispatchSemaphore(value: 0)

    /// Starts `body`: on a background thread, or here when `inline`.
    package init(inline: Bool, _ body: @escaping @Sendable () throws -> Value) {
        if inline {
            complete(Result(catching: body))
            return
        }
        DispatchQueue.global().async { self.complete(Result(catching: body)) }
    }

    private func complete(_ value: Result<Value, any Error>) {
        result.withLock { $0 = value }
        finished.signal()
    }

    /// Waits for the work to end; returns its value or throws its error (the same each time it is asked).
    package func join() throws -> Value {
        finished.wait()
        finished.signal()
        return try result.withLock { $0! }.get()
    }
}
