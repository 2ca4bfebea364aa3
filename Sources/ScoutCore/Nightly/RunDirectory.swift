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
    public static func defaultHistory(runsDirectory: String) -> String { (runsDirectory as NSString).appendingPathComponent("history.sqlite") }

    /// Run ids are plain folder names: letters, digits, `-`, `_`, `.`, not starting with `.`, not `latest`.
    public static func isValidRunID(_ id: String) -> Bool {
        !id.isEmpty && !id.hasPrefix(".") && id != "latest" && id.count <= 100
            && id.unicodeScalars.allSatisfy { CharacterSet.alphanumerics.contains($0) && $0.isASCII || "-_.".unicodeScalars.contains($0) }
    }

    /// `label → SHA-256` for each path (relative to the run directory when inside it; `missing` when absent),
    /// plus `option:NAME → value` for each option.
    public func fingerprints(_ paths: [String], option: [String: String]) -> [String: String] {
        var result: [String: String] = [:]
        for path in paths { result[label(path)] = SHA256.file(path)?.sha256 ?? "missing" }
        for (name, value) in option { result["option:" + name] = value }
        return result
    }

    /// True when every recorded output exists with its recorded hash.
    public func outputsMatch(_ outputs: [String: String]) -> Bool {
        !outputs.isEmpty && outputs.allSatisfy { label, hash in
            hash != "missing" && SHA256.file(label.hasPrefix("/") ? label : (directory as NSString).appendingPathComponent(label))?.sha256 == hash
        }
    }

    /// Points `latest` at this run: a symlink under a temporary name, renamed over `latest` (atomic).
    public func pointLatest() throws {
        let temporary = (runsDirectory as NSString).appendingPathComponent(".latest.tmp-\(getpid())-\(UInt64.random(in: 0...UInt64.max))")
        guard symlink(runID, temporary) == 0, rename(temporary, latestPath) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw ScoutError.cannotWrite(path: latestPath, reason: "cannot point it at \(runID): " + reason)
        }
        AtomicFile.syncDirectory(of: latestPath)
    }

    /// The run id `latest` points at, if any.
    public func latestRunID() -> String? { try? FileManager.default.destinationOfSymbolicLink(atPath: latestPath) }

    private func label(_ path: String) -> String {
        let prefix = directory + "/"
        return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
    }
}
