import Foundation

/// The runs folder and one night's directory in it: `runs/<run-id>/`, `runs/latest`, `runs/.lock`, `runs/history.sqlite`.
public struct RunDirectory: Sendable {
    public var runsDirectory: String
    public var runID: String

    public init(runsDirectory: String, runID: String) {
        self.runsDirectory = runsDirectory
        self.runID = runID
    }

    public var directory: String { (runsDirectory as NSString).appendingPathComponent(runID) }
    public var recordPath: String { (directory as NSString).appendingPathComponent("run.json") }
    public var logPath: String { (directory as NSString).appendingPathComponent("run.log") }
    public var lockPath: String { (runsDirectory as NSString).appendingPathComponent(".lock") }
    public var latestPath: String { (runsDirectory as NSString).appendingPathComponent("latest") }
    public static func defaultHistory(runsDirectory: String) -> String {
        (runsDirectory as NSString).appendingPathComponent("history.sqlite")
    }

    /// Run ids are plain folder names: letters, digits, `-`, `_`, `.`, not starting with `.`, not `latest`.
    public static func isValidRunID(_ id: String) -> Bool {
        !id.isEmpty && !id.hasPrefix(".") && id != "latest" && id.count <= 100
            && id.unicodeScalars.allSatisfy {
                CharacterSet.alphanumerics.contains($0) && $0.isASCII || "-_.".unicodeScalars.contains($0)
            }
    }

    /// `label → SHA-256` for each path (relative to the run directory when inside it; `missing` when absent),
    /// plus `option:NAME → value` for each option; a file the night already hashed is not read again (`known`).
    func fingerprints(_ paths: [String], option: [String: String], known: inout FileFingerprints) -> [String: String] {
        var result: [String: String] = [:]
        known.hashAhead(paths)
        for path in paths { result[label(path)] = known.digest(path)?.sha256 ?? "missing" }
        for (name, value) in option { result["option:" + name] = value }
        return result
    }

    /// True when every recorded output exists with its recorded hash.
    func outputsMatch(_ outputs: [String: String], known: inout FileFingerprints) -> Bool {
        guard !outputs.isEmpty else { return false }
        for (label, hash) in outputs {
            let path = label.hasPrefix("/") ? label : (directory as NSString).appendingPathComponent(label)
            guard hash != "missing", known.digest(path)?.sha256 == hash else { return false }
        }
        return true
    }

    /// Points `latest` at this run (or at `target`, a name in the runs folder): a symlink under a temporary name,
    /// renamed over `latest` (atomic).
    public func pointLatest(to target: String? = nil) throws {
        let target = target ?? runID
        let temporary = (runsDirectory as NSString).appendingPathComponent(
            ".latest.tmp-\(getpid())-\(UInt64.random(in: 0...UInt64.max))")
        guard symlink(target, temporary) == 0, rename(temporary, latestPath) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw ScoutError.cannotWrite(path: latestPath, reason: "cannot point it at \(target): " + reason)
        }
        AtomicFile.syncDirectory(of: latestPath)
    }

    /// The names of the copies that keep `latest` on a complete night while that night is run again.
    static let latestCopyPrefix = ".latest-"

    /// Before this night runs: when `latest` points at this very run id (the last good night, run again), `latest`
    /// is first moved to a hard-linked copy of the run directory (`.latest-<run-id>-<pid>`). The run replaces files
    /// by renaming new ones into place, which leaves the copy's files untouched, so until this night succeeds
    /// `latest` shows the previous complete set, whatever happens to the run (docs/nightly.md).
    public func keepLatestComplete() throws {
        guard latestRunID() == runID else { return }
        let name = Self.latestCopyPrefix + runID + "-\(getpid())"
        let copy = (runsDirectory as NSString).appendingPathComponent(name)
        try? FileManager.default.removeItem(atPath: copy)
        try Self.linkTree(from: directory, to: copy)
        try pointLatest(to: name)
    }

    /// Removes the copies made by `keepLatestComplete` that `latest` no longer points at.
    public func removeLatestCopies() {
        let target = latestRunID()
        for name in (try? FileManager.default.contentsOfDirectory(atPath: runsDirectory)) ?? []
        where name.hasPrefix(Self.latestCopyPrefix) && name != target {
            try? FileManager.default.removeItem(atPath: (runsDirectory as NSString).appendingPathComponent(name))
        }
    }

    /// A copy of the tree at `source` whose files are hard links (no data copied; temporaries left out).
    static func linkTree(from source: String, to destination: String) throws {
        try AtomicFile.createDirectory(destination)
        let walker = FileManager.default.enumerator(atPath: source)
        while let relative = walker?.nextObject() as? String {
            let from = (source as NSString).appendingPathComponent(relative)
            let to = (destination as NSString).appendingPathComponent(relative)
            var status = stat()
            guard lstat(from, &status) == 0 else { continue }
            switch status.st_mode & S_IFMT {
            case S_IFDIR:
                if (relative as NSString).lastPathComponent.contains(".tmp-") {
                    walker?.skipDescendants()
                    continue
                }
                try AtomicFile.createDirectory(to)
            case S_IFREG where !(relative as NSString).lastPathComponent.contains(".tmp-"):
                guard link(from, to) == 0 else {
                    throw ScoutError.cannotWrite(path: to, reason: String(cString: strerror(errno)))
                }
            default:
                continue
            }
        }
        AtomicFile.syncDirectory(of: destination + "/x")
    }

    /// The run id `latest` points at, if any.
    public func latestRunID() -> String? { try? FileManager.default.destinationOfSymbolicLink(atPath: latestPath) }

    private func label(_ path: String) -> String {
        let prefix = directory + "/"
        return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
    }
}
