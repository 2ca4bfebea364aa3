import Foundation

/// Writes a file under a temporary name beside its destination and renames it into place on `commit()`,
/// so a reader (or the next night) never sees a half-written file. Uncommitted temporaries are removed.
///
/// The temporary is created by `mkstemp` (`.NAME.tmp-<pid>-XXXXXX`: exclusive, never through a planted symbolic
/// link, not guessable); after the rename the directory is synced so the new name survives a power cut. The pid in
/// the name lets `removeStaleTemporaries` clean up after a killed run without touching a live writer's files.
public final class AtomicFile {
    public let path: String
    private let temporaryPath: String
    private var descriptor: Int32
    private var failed = false

    public init(path: String) throws {
        self.path = path
        let directory = (path as NSString).deletingLastPathComponent
        try Self.createDirectory(directory)
        var template = Array(
            ((directory.isEmpty ? "" : directory + "/") + AtomicFile.temporaryPrefix(for: path) + "XXXXXX").utf8CString)
        descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else { throw Self.error(path, errno) }
        temporaryPath = template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
        _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC)
        // mkstemp creates the file 0600; outputs get the usual mode (0666 less the umask).
        fchmod(descriptor, 0o666 & ~AtomicFile.umask)
    }

    deinit {
        if descriptor >= 0 {
            close(descriptor)
            unlink(temporaryPath)
        }
    }

    /// `.NAME.tmp-<pid>-`: the start of every temporary name for `path` written by this process.
    static func temporaryPrefix(for path: String) -> String {
        "." + (path as NSString).lastPathComponent + ".tmp-\(getpid())-"
    }

    /// The process's file-creation mask, read without changing it (`/proc/self/status`; 022 when unknown).
    static let umask: mode_t = {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
            let line = status.split(separator: "\n").first(where: { $0.hasPrefix("Umask:") }),
            let mask = mode_t(line.dropFirst("Umask:".count).trimmingCharacters(in: .whitespaces), radix: 8)
        else { return 0o022 }
        return mask
    }()

    /// Test seam: `SCOUT_TEST_SLOW_WRITE_MS` pauses before each write so tests can kill a run mid-write.
    private static let slowWriteMicroseconds: UInt32 = {
        let value = ProcessInfo.processInfo.environment["SCOUT_TEST_SLOW_WRITE_MS"].flatMap { UInt32($0) } ?? 0
        return value * 1000
    }()

    /// Appends bytes to the temporary file.
    public func write(_ bytes: [UInt8]) throws {
        guard descriptor >= 0 else { return }
        if Self.slowWriteMicroseconds > 0 { usleep(Self.slowWriteMicroseconds) }
        if let injected = WriteFaults.next() { try fail(injected) }
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { posixWrite(descriptor, $0.baseAddress! + offset, $0.count - offset) }
            if written < 0 {
                if errno == EINTR { continue }
                try fail(errno)
            }
            offset += written
        }
    }

    /// Syncs the temporary file, renames it onto `path` and syncs the directory.
    public func commit() throws {
        guard descriptor >= 0 else { return }
        if let injected = WriteFaults.next() { try fail(injected) }
        guard fsync(descriptor) == 0 else { try fail(errno) }
        close(descriptor)
        descriptor = -1
        guard rename(temporaryPath, path) == 0 else {
            let code = errno
            unlink(temporaryPath)
            throw Self.error(path, code)
        }
        Self.syncDirectory(of: path)
    }

    /// Gives up: the temporary is removed and the error thrown.
    private func fail(_ code: Int32) throws -> Never {
        close(descriptor)
        descriptor = -1
        unlink(temporaryPath)
        throw Self.error(path, code)
    }

    static func error(_ path: String, _ code: Int32) -> ScoutError {
        .cannotWrite(path: path, reason: String(cString: strerror(code)))
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
            guard
                mkdir(partial, 0o755) == 0
                    || errno == EEXIST && stat(partial, &status) == 0 && status.st_mode & S_IFMT == S_IFDIR
            else {
                let reason = errno == EEXIST ? "a file is in the way of the folder" : String(cString: strerror(errno))
                throw ScoutError.cannotWrite(
                    path: String(partial.hasPrefix("./") ? partial.dropFirst(2) : Substring(partial)), reason: reason)
            }
        }
    }

    /// Makes a rename in `path`'s directory durable.
    static func syncDirectory(of path: String) {
        let directory = (path as NSString).deletingLastPathComponent
        let handle = open(directory.isEmpty ? "." : directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard handle >= 0 else { return }
        fsync(handle)
        close(handle)
    }

    /// Writes `bytes` to `path` atomically.
    public static func write(_ bytes: [UInt8], to path: String) throws {
        let file = try AtomicFile(path: path)
        try file.write(bytes)
        try file.commit()
    }

    /// Removes temporaries (`.NAME.tmp-<pid>-XXXXXX`) in `directory` and its subdirectories left by writers that
    /// no longer run (a killed run); a live process's temporaries are left alone.
    /// - Returns: the paths removed.
    @discardableResult
    public static func removeStaleTemporaries(in directory: String, recursive: Bool = true) -> [String] {
        var removed: [String] = []
        guard let walker = FileManager.default.enumerator(atPath: directory) else { return [] }
        while let relative = walker.nextObject() as? String {
            if !recursive { walker.skipDescendants() }
            let name = (relative as NSString).lastPathComponent
            guard name.hasPrefix("."), let marker = name.range(of: ".tmp-", options: .backwards) else { continue }
            let rest = name[marker.upperBound...].split(separator: "-")
            guard rest.count == 2, let pid = Int32(rest[0]), !RunLock.isAlive(pid) else { continue }
            let path = (directory as NSString).appendingPathComponent(relative)
            var status = stat()
            let isFolder = lstat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFDIR
            if isFolder { walker.skipDescendants() }  // a staging folder (`DeliverableSet`): removed whole
            if isFolder ? (try? FileManager.default.removeItem(atPath: path)) != nil : unlink(path) == 0 {
                removed.append(path)
            }
        }
        return removed.sorted()
    }
}

/// `write(2)` (inside `AtomicFile` the name means its own method).
private func posixWrite(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
    write(descriptor, bytes, count)
}
