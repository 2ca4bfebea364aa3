import Foundation

/// An exclusive lock on a runs folder (`runs/.lock`), so two overlapping nights never write the same run.
///
/// Uses `flock(2)`, which the kernel releases when the holder dies, so a killed night never blocks the next one.
/// The file is opened with `O_NOFOLLOW` and must be a regular file, so a planted link cannot redirect the write.
/// The file also holds the holder's pid and start time: a clean release empties it, so a non-empty file found
/// when the lock is free is the trace of a killed run — reported as stale, then taken over.
package final class RunLock {
    /// Who held a lock file, as written in it.
    package struct Holder: Sendable, Equatable {
        package var pid: Int32
        package var started: String
    }

    /// How acquiring went.
    package enum Outcome: Sendable, Equatable {
        case acquired
        /// The lock was free but its file named a process that did not release it (killed).
        case tookOverStale(Holder)
    }

    package let path: String
    private var descriptor: Int32

    /// Takes the lock at `path`, waiting up to `waitSeconds` (polling every 100 ms).
    /// - Throws: `NightlyError.lockHeld` when another live run still holds it after the wait.
    package init(path: String, waitSeconds: Double, outcome: inout Outcome) throws {
        self.path = path
        let directory = (path as NSString).deletingLastPathComponent
        try AtomicFile.createDirectory(directory)
        // Never through a planted symbolic link (O_NOFOLLOW), and only a regular file: the lock file is truncated.
        descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK, 0o644)
        guard descriptor >= 0 else {
            let reason = errno == ELOOP ? "it is a symbolic link; remove it" : String(cString: strerror(errno))
            throw ScoutError.cannotWrite(path: path, reason: "cannot open the lock: " + reason)
        }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG else {
            close(descriptor)
            throw ScoutError.cannotWrite(path: path, reason: "cannot open the lock: not a regular file; remove it")
        }
        let deadline = Date().addingTimeInterval(max(0, waitSeconds))
        while flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            guard Date() < deadline else {
                let holder = RunLock.readHolder(descriptor)
                close(descriptor)
                throw NightlyError.lockHeld(path: path, pid: holder?.pid, started: holder?.started, waited: waitSeconds)
            }
            usleep(100_000)
        }
        if let stale = RunLock.readHolder(descriptor) { outcome = .tookOverStale(stale) } else { outcome = .acquired }
        let line = "\(getpid()) \(RunClock.timestamp(Date()))\n"
        ftruncate(descriptor, 0)
        _ = Array(line.utf8).withUnsafeBytes { pwrite(descriptor, $0.baseAddress, $0.count, 0) }
        fsync(descriptor)
    }

    /// Empties the file (a clean release) and unlocks.
    package func release() {
        guard descriptor >= 0 else { return }
        ftruncate(descriptor, 0)
        fsync(descriptor)
        flock(descriptor, LOCK_UN)
        close(descriptor)
        descriptor = -1
    }

    deinit { release() }

    /// Whether a process with this pid exists (signal 0).
    package static func isAlive(_ pid: Int32) -> Bool { kill(pid, 0) == 0 || errno == EPERM }

    private static func readHolder(_ descriptor: Int32) -> Holder? {
        var bytes = [UInt8](repeating: 0, count: 256)
        let count = bytes.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, $0.count, 0) }
        guard count > 0 else { return nil }
        let text = String(decoding: bytes.prefix(count), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        let parts = text.split(separator: " ", maxSplits: 1).map(String.init)
        guard let first = parts.first, let pid = Int32(first) else { return nil }
        return Holder(pid: pid, started: parts.count > 1 ? parts[1] : "")
    }
}
