import Foundation

/// A sharded night's task output folder, written whole or not at all: files go to a temporary sibling
/// (`.NAME.tmp-PID`), and `commit()` renames it into place (the previous attempt's folder, if any, is moved aside
/// and removed). A task that fails or is killed leaves its last complete folder, or none, never a mix of two
/// attempts, so a retried task is harmless.
///
/// On object storage, which has no rename, a task writes its folder on local scratch and uploads it afterwards
/// ([sharding.md](../../../docs/sharding.md)).
public final class TaskFolder {
    /// Where the folder ends up.
    public let path: String
    /// Where its files are written until `commit()`.
    public let temporary: String
    private var committed = false

    /// Starts a new attempt: removes temporaries that earlier attempts left, creates an empty temporary folder.
    /// - Throws: `ScoutError.cannotWrite` when the folders cannot be made.
    public init(_ path: String) throws {
        self.path = path
        let parent = (path as NSString).deletingLastPathComponent
        let name = (path as NSString).lastPathComponent
        try AtomicFile.createDirectory(parent)
        let manager = FileManager.default
        for stale in (try? manager.contentsOfDirectory(atPath: parent)) ?? []
        where stale.hasPrefix(".\(name).tmp-") || stale.hasPrefix(".\(name).old-") {
            try? manager.removeItem(atPath: (parent as NSString).appendingPathComponent(stale))
        }
        temporary = (parent as NSString).appendingPathComponent(".\(name).tmp-\(getpid())")
        try AtomicFile.createDirectory(temporary)
    }

    deinit {
        if !committed { try? FileManager.default.removeItem(atPath: temporary) }
    }

    /// The path to write `name` at (inside the temporary folder).
    public func file(_ name: String) -> String { (temporary as NSString).appendingPathComponent(name) }

    /// Puts the folder in place of the previous attempt's.
    /// - Throws: `ScoutError.cannotWrite` when a rename fails.
    public func commit() throws {
        let parent = (path as NSString).deletingLastPathComponent
        let old = (parent as NSString).appendingPathComponent(
            ".\((path as NSString).lastPathComponent).old-\(getpid())")
        var status = stat()
        let replacing = lstat(path, &status) == 0
        if replacing && rename(path, old) != 0 {
            throw ScoutError.cannotWrite(
                path: path, reason: "cannot move the previous attempt aside: " + String(cString: strerror(errno)))
        }
        guard rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            if replacing { rename(old, path) }
            throw ScoutError.cannotWrite(path: path, reason: reason)
        }
        committed = true
        if replacing { try? FileManager.default.removeItem(atPath: old) }
    }
}
