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
        try Self.createDirectory(directory)
        temporaryPath = (directory.isEmpty ? "" : directory + "/") + ".\((path as NSString).lastPathComponent).tmp-\(getpid())"
        guard let handle = fopen(temporaryPath, "wb") else {
            throw ScoutError.cannotWrite(path: path, reason: String(cString: strerror(errno)))
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
            throw ScoutError.cannotWrite(path: path, reason: String(cString: strerror(errno)))
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
            throw ScoutError.cannotWrite(path: path, reason: reason)
        }
    }

    /// Creates `path` and the folders above it (`mkdir -p`); an empty path is the current folder.
    /// - Throws: `ScoutError.cannotWrite` naming the first folder that cannot be made (e.g. a file in the way).
    public static func createDirectory(_ path: String) throws {
        guard !path.isEmpty else { return }
        var partial = path.hasPrefix("/") ? "" : "."
        for component in path.split(separator: "/") {
            partial += "/" + component
            var status = stat()
            if stat(partial, &status) == 0, status.st_mode & S_IFMT == S_IFDIR { continue }
            guard mkdir(partial, 0o755) == 0 || errno == EEXIST && stat(partial, &status) == 0 && status.st_mode & S_IFMT == S_IFDIR else {
                let reason = errno == EEXIST ? "a file is in the way of the folder" : String(cString: strerror(errno))
                throw ScoutError.cannotWrite(path: String(partial.hasPrefix("./") ? partial.dropFirst(2) : Substring(partial)), reason: reason)
            }
        }
    }

    /// Writes `bytes` to `path` atomically.
    public static func write(_ bytes: [UInt8], to path: String) throws {
        let file = try AtomicFile(path: path)
        try file.write(bytes)
        try file.commit()
    }
}
