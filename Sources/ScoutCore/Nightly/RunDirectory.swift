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
    /// plus `option:NAME → value` for each option; a file the night already hashed is not read again (`known`).
    func fingerprints(_ paths: [String], option: [String: String], known: inout FileFingerprints) -> [String: String] {
        var result: [String: String] = [:]
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

    /// Points `latest` at this run: a symlink under a temporary name, renamed over `latest` (atomic).
    public func pointLatest() throws {
        let temporary = (runsDirectory as NSString).appendingPathComponent(".latest.tmp-\(getpid())")
        unlink(temporary)
        guard symlink(runID, temporary) == 0, rename(temporary, latestPath) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw ScoutError.cannotWrite(path: latestPath, reason: "cannot point it at \(runID): " + reason)
        }
    }

    /// The run id `latest` points at, if any.
    public func latestRunID() -> String? { try? FileManager.default.destinationOfSymbolicLink(atPath: latestPath) }

    private func label(_ path: String) -> String {
        let prefix = directory + "/"
        return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
    }
}
