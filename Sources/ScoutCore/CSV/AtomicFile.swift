import Foundation

/// Writes a file under a temporary name beside its destination and renames it into place on `commit()`,
/// so a reader (or the next night) never sees a half-written file. Uncommitted temporaries are removed.
public final class AtomicFile {
    public let path: String
    private let temporaryPath: String
    private var handle: UnsafeMutablePointer<FILE>?

    public init(path: String) throws {
        self.path = path
        let directory = (path as NSString).deletingLastPathComponent
        if !directory.isEmpty {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        }
        temporaryPath = (directory.isEmpty ? "" : directory + "/") + ".\((path as NSString).lastPathComponent).tmp-\(getpid())"
        guard let handle = fopen(temporaryPath, "wb") else {
            throw ScoutError.unreadableInput(path: path, reason: "cannot write: " + String(cString: strerror(errno)))
        }
        self.handle = handle
    }

    deinit {
        if let handle {
            fclose(handle)
            unlink(temporaryPath)
        }
    }

    /// Test seam: `SCOUT_TEST_SLOW_WRITE_MS` pauses before each write so tests can kill a run mid-write.
    private static let slowWriteMicroseconds: UInt32 = {
        let value = ProcessInfo.processInfo.environment["SCOUT_TEST_SLOW_WRITE_MS"].flatMap { UInt32($0) } ?? 0
        return value * 1000
    }()

    /// Appends bytes to the temporary file.
    public func write(_ bytes: [UInt8]) throws {
        guard let handle else { return }
        if Self.slowWriteMicroseconds > 0 {
            fflush(handle)
            usleep(Self.slowWriteMicroseconds)
        }
        let written = bytes.withUnsafeBytes { fwrite($0.baseAddress, 1, $0.count, handle) }
        guard written == bytes.count else {
            throw ScoutError.unreadableInput(path: path, reason: "write failed: " + String(cString: strerror(errno)))
        }
    }

    /// Flushes, syncs and renames the temporary file onto `path`.
    public func commit() throws {
        guard let handle else { return }
        self.handle = nil
        let flushed = fflush(handle) == 0 && fsync(fileno(handle)) == 0
        fclose(handle)
        guard flushed, rename(temporaryPath, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporaryPath)
            throw ScoutError.unreadableInput(path: path, reason: "cannot write: " + reason)
        }
    }

    /// Writes `bytes` to `path` atomically.
    public static func write(_ bytes: [UInt8], to path: String) throws {
        let file = try AtomicFile(path: path)
        try file.write(bytes)
        try file.commit()
    }
}
