import Foundation

/// Puts a night's deliverables in place as one set (docs/reliability.md "Files on disk").
///
/// Every deliverable and the manifest are first written, complete and synced, into a staging folder inside the run
/// directory (`.deliverables.tmp-<pid>-XXXXXX`); a write that fails there (a full disk) leaves the run directory as
/// it was. Only then is the old `manifest.json` removed, each file renamed into place, the files of an earlier
/// night that this one does not deliver removed, and the new manifest renamed in last. So a directory holding a
/// `manifest.json` holds exactly the files it lists, and a failure can never leave new deliverables beside an old
/// manifest. (`runs/latest` additionally only ever points at a complete night: `RunDirectory`.)
enum DeliverableSet {
    /// A fresh staging layout inside `layout`'s directory.
    static func staging(in layout: RunLayout) throws -> RunLayout {
        try AtomicFile.createDirectory(layout.directory)
        var template = Array((layout.directory + "/.deliverables.tmp-\(getpid())-XXXXXX").utf8CString)
        guard template.withUnsafeMutableBufferPointer({ mkdtemp($0.baseAddress!) }) != nil else {
            throw ScoutError.cannotWrite(path: layout.directory, reason: String(cString: strerror(errno)))
        }
        return RunLayout(directory: template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) })
    }

    /// `error` naming the deliverable's place in the run directory rather than in the staging folder.
    static func naming(_ error: any Error, staging: RunLayout, layout: RunLayout) -> any Error {
        guard case ScoutError.cannotWrite(let path, let reason) = error, path.hasPrefix(staging.directory) else {
            return error
        }
        return ScoutError.cannotWrite(path: layout.directory + path.dropFirst(staging.directory.count), reason: reason)
    }

    /// Moves `deliverables` and the manifest from `staging` into `layout`, manifest last; removes `staging`.
    static func publish(_ deliverables: [Deliverable], from staging: RunLayout, to layout: RunLayout) throws {
        defer { try? FileManager.default.removeItem(atPath: staging.directory) }
        func move(_ from: String, _ to: String) throws {
            guard rename(from, to) == 0 else {
                throw ScoutError.cannotWrite(path: to, reason: String(cString: strerror(errno)))
            }
        }
        if unlink(layout.manifest) != 0 && errno != ENOENT {
            throw ScoutError.cannotWrite(path: layout.manifest, reason: String(cString: strerror(errno)))
        }
        try AtomicFile.createDirectory(layout.shortlistFolder)
        for deliverable in deliverables { try move(staging.path(of: deliverable), layout.path(of: deliverable)) }
        CSVDeliverables.removeStale(keeping: deliverables, in: layout)
        AtomicFile.syncDirectory(of: layout.shortlists)
        AtomicFile.syncDirectory(of: layout.shortlist(briefID: "x"))
        try move(staging.manifest, layout.manifest)
        AtomicFile.syncDirectory(of: layout.manifest)
    }
}
