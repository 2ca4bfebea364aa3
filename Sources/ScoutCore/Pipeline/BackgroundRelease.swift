import Dispatch

/// Lets go of a large value on a background queue, so the caller does not wait for it to be freed.
///
/// Freeing a million `CreatorAccount`s releases tens of millions of strings and takes seconds; at the end of a
/// run nothing needs that time, and a command-line process exits without waiting for the background queue.
enum BackgroundRelease {
    static func release<Value: Sendable>(_ value: consuming Value) {
        let box = value
        DispatchQueue.global(qos: .utility).async { withExtendedLifetime(box) {} }
    }
}
