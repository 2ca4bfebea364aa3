import Foundation

/// The SHA-256 of every file one night has hashed, so that no file is hashed twice in a night: the creator
/// exports are fingerprinted for `run.json` and again as the ingest stage's inputs, the reference tables by every
/// stage, and each stage's outputs (`rows.csv`, `accounts.csv` …) once when written and again as the inputs of
/// the stages after it.
///
/// What is trusted: a remembered digest is reused only while the file still has the identity it had when it was
/// hashed — the same device, inode, size, modification time and status-change time (`stat`), and that identity
/// did not change while the file was being read. A file replaced (new inode), grown or shrunk, or written in
/// place is hashed again; so is a file edited in place whose modification time was set back afterwards, since
/// setting it changes the status-change time, which no user can set. Not seen: a rewrite of the same size within
/// one tick of the file system's clock (a few milliseconds) after the file was hashed, the same window that
/// exists between hashing a file and the stage reading it. Nothing is remembered across nights or attempts: a
/// resumed night hashes every file again.
///
/// `run.log` records how many files and bytes were hashed; `SCOUT_TIMINGS=1` also prints the time.
struct FileFingerprints: Sendable {
    /// A file's `stat` identity.
    struct Identity: Hashable, Sendable {
        var device: UInt64
        var inode: UInt64
        var size: Int64
        var modified: Int64
        var modifiedNanoseconds: Int64
        var changed: Int64
        var changedNanoseconds: Int64

        /// The identity of the file at `path` now, or nil when it cannot be stat'ed.
        init?(path: String) {
            var info = stat()
            guard stat(path, &info) == 0 else { return nil }
            device = UInt64(info.st_dev)
            inode = UInt64(info.st_ino)
            size = Int64(info.st_size)
            modified = Int64(info.st_mtim.tv_sec)
            modifiedNanoseconds = Int64(info.st_mtim.tv_nsec)
            changed = Int64(info.st_ctim.tv_sec)
            changedNanoseconds = Int64(info.st_ctim.tv_nsec)
        }
    }

    /// Digests (SHA-256, size) by the identity the file had while it was read; a file is found by its identity
    /// whatever path names it.
    private var known: [Identity: (sha256: String, bytes: Int)] = [:]
    /// How many files were read and hashed, how many bytes, and the wall time it took (`run.log`, timings).
    private(set) var filesHashed = 0
    private(set) var bytesHashed = 0
    private(set) var seconds = 0.0

    init() {}

    /// Hashes the files of `paths` this night has not hashed yet, on every core (independent files, each read by
    /// one thread), and remembers them as `digest` would; `digest` then finds them without reading them again.
    /// - Parameter evenOne: hash a single unknown file too (a stage's outputs hashed right after being written).
    mutating func hashAhead(_ paths: [String], evenOne: Bool = false) {
        var seen = Set<Identity>()
        let unknown = paths.compactMap { path -> (String, Identity)? in
            guard let identity = Identity(path: path), known[identity] == nil, seen.insert(identity).inserted else {
                return nil
            }
            return (path, identity)
        }
        guard unknown.count > (evenOne ? 0 : 1) else { return }
        let start = ContinuousClock.now
        let hashed = OrderedParallelMap.map(unknown.count, minimumChunk: 1) { SHA256.file(unknown[$0].0) }
        seconds += Double((ContinuousClock.now - start) / .milliseconds(1)) / 1000
        for ((path, before), digest) in zip(unknown, hashed) {
            guard let digest else { continue }
            filesHashed += 1
            bytesHashed += digest.bytes
            if Identity(path: path) == before, Int64(digest.bytes) == before.size { known[before] = digest }
        }
    }

    /// Takes in what `other` hashed (a stage's outputs, hashed on the thread that wrote them), with its counts.
    mutating func merge(_ other: FileFingerprints) {
        known.merge(other.known) { mine, _ in mine }
        filesHashed += other.filesHashed
        bytesHashed += other.bytesHashed
        seconds += other.seconds
    }

    /// The SHA-256 and size of the file at `path`: remembered when the file is unchanged since this night hashed
    /// it, else read and hashed (and remembered when it did not change while being read). Nil when it cannot be read.
    mutating func digest(_ path: String) -> (sha256: String, bytes: Int)? {
        let before = Identity(path: path)
        if let before, let digest = known[before] { return digest }
        let start = ContinuousClock.now
        defer { seconds += Double((ContinuousClock.now - start) / .milliseconds(1)) / 1000 }
        guard let hashed = SHA256.file(path) else { return nil }
        filesHashed += 1
        bytesHashed += hashed.bytes
        if let before, Identity(path: path) == before, Int64(hashed.bytes) == before.size { known[before] = hashed }
        return hashed
    }
}
