import Foundation
import Synchronization

/// Test-only fault injection for output writes, as SQLite's I/O-error tests do: with `SCOUT_TEST_FAIL_WRITE=N`
/// in the environment, the N-th write operation of the process (each `AtomicFile.write` and each `commit`,
/// counted from 1) fails as if the disk were full (`ENOSPC`); with `N+` every operation from the N-th on fails.
/// Unset (always, outside tests), nothing is counted and nothing fails.
enum WriteFaults {
    /// The first failing operation and whether every later one fails too, from the environment.
    static let plan: (first: Int, sticky: Bool)? = {
        guard var text = ProcessInfo.processInfo.environment["SCOUT_TEST_FAIL_WRITE"], !text.isEmpty else { return nil }
        let sticky = text.hasSuffix("+")
        if sticky { text.removeLast() }
        return Int(text).map { ($0, sticky) }
    }()

    private static let counter = Atomic<Int>(0)

    /// Counts one write operation; returns the error to fail it with, or nil.
    static func next() -> Int32? {
        guard let plan else { return nil }
        let n = counter.add(1, ordering: .relaxed).newValue
        return n == plan.first || (plan.sticky && n > plan.first) ? ENOSPC : nil
    }
}
