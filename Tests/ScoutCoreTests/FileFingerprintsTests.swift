import Foundation
import Testing

@testable import ScoutCore

/// A night hashes each file once (`FileFingerprints`), and still sees every change it claims to see.
@Suite(.serialized) struct FileFingerprintsTests {
    /// Writes `text` over the bytes of `path` without truncating or replacing it (same inode, same size).
    static func overwriteInPlace(_ path: String, with text: String) throws {
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.write(contentsOf: Data(text.utf8))
        try handle.close()
    }

    /// The file's modification time as `stat` reports it.
    static func modified(_ path: String) -> timespec {
        var info = stat()
        _ = stat(path, &info)
        return info.st_mtim
    }

    /// `known.digest(path)` (the `#require` macro cannot call a mutating method itself).
    static func digest(_ known: inout FileFingerprints, _ path: String) -> (sha256: String, bytes: Int)? {
        known.digest(path)
    }

    /// Sleeps past the file system clock's tick, so the next write gets a later time stamp.
    static func nextTick() { usleep(30_000) }

    /// Files hashed ahead on every core are remembered: `digest` reads none of them again, and gives what one
    /// file at a time gives.
    @Test func filesHashedAheadAreNotReadAgain() throws {
        let texts = (0..<6).map { "file \($0)\n" + String(repeating: "x", count: $0 * 1000) }
        let paths = texts.enumerated().map { Fixtures.temporaryFile($0.element, name: "ahead-\($0.offset).csv") }
        let folder = (paths[0] as NSString).deletingLastPathComponent
        var known = FileFingerprints()
        known.hashAhead(paths + [folder + "/./ahead-0.csv", folder + "/missing.csv"])
        #expect(known.filesHashed == texts.count)
        #expect(known.bytesHashed == texts.map(\.utf8.count).reduce(0, +))
        for (path, text) in zip(paths, texts) {
            let digest = try #require(Self.digest(&known, path))
            #expect(digest.sha256 == SHA256.hex(Array(text.utf8)))
        }
        #expect(known.filesHashed == texts.count)
        #expect(Self.digest(&known, folder + "/missing.csv") == nil)
    }

    @Test func anUnchangedFileIsHashedOnceWhateverPathNamesIt() throws {
        let path = Fixtures.temporaryFile("first version\n", name: "a.csv")
        var known = FileFingerprints()
        let first = try #require(Self.digest(&known, path))
        #expect(first.sha256 == SHA256.hex(Array("first version\n".utf8)))
        #expect(first.bytes == 14)
        let folder = (path as NSString).deletingLastPathComponent
        let again = try #require(Self.digest(&known, folder + "/./a.csv"))
        #expect(again.sha256 == first.sha256)
        #expect(known.filesHashed == 1)
        #expect(known.bytesHashed == 14)
    }

    @Test func anEditInPlaceWithTheModificationTimeSetBackIsHashedAgain() throws {
        let path = Fixtures.temporaryFile("followers,1000\n", name: "b.csv")
        var known = FileFingerprints()
        let before = try #require(Self.digest(&known, path))
        let stamp = Self.modified(path)
        Self.nextTick()
        try Self.overwriteInPlace(path, with: "followers,9000\n")
        var times = [stamp, stamp]  // access and modification time
        #expect(utimensat(AT_FDCWD, path, &times, 0) == 0)
        // Same inode, same size, same modification time: only the status-change time tells.
        let now = Self.modified(path)
        #expect(now.tv_sec == stamp.tv_sec && now.tv_nsec == stamp.tv_nsec)
        let after = try #require(Self.digest(&known, path))
        #expect(after.sha256 == SHA256.hex(Array("followers,9000\n".utf8)))
        #expect(after.sha256 != before.sha256)
        #expect(known.filesHashed == 2)
    }

    @Test func aReplacedOrResizedFileIsHashedAgain() throws {
        let path = Fixtures.temporaryFile("one\n", name: "c.csv")
        var known = FileFingerprints()
        _ = try #require(Self.digest(&known, path))
        Self.nextTick()
        try "two\n".write(toFile: path, atomically: true, encoding: .utf8)  // a new file renamed over it
        #expect(known.digest(path)?.sha256 == SHA256.hex(Array("two\n".utf8)))
        try Self.overwriteInPlace(path, with: "three\n")  // grown in place
        #expect(known.digest(path)?.sha256 == SHA256.hex(Array("three\n".utf8)))
        #expect(known.filesHashed == 3)
        try FileManager.default.removeItem(atPath: path)
        #expect(known.digest(path) == nil)
    }

    /// A fresh night reads every file it fingerprints once: the bytes hashed are the sizes of the distinct files
    /// `run.json` names (the night's inputs, every stage's inputs and outputs).
    @Test func aNightHashesEveryFileOnce() throws {
        let runs = Fixtures.temporaryDirectory()
        let night = try NightlySupport.night("once", runs: runs, doNotContact: NightlySupport.doNotContact)
        let record = try #require(try JSONFile.read(RunRecord.self, from: night.runDirectory + "/run.json"))
        var paths = Set(record.inputs.map { URL(fileURLWithPath: $0.path).standardizedFileURL.path })
        for stage in record.stages {
            for label in Array(stage.inputs.keys) + Array(stage.outputs.keys) where !label.hasPrefix("option:") {
                let path = label.hasPrefix("/") ? label : night.runDirectory + "/" + label
                paths.insert(URL(fileURLWithPath: path).standardizedFileURL.path)
            }
        }
        let sizes = try paths.map { try #require(FileManager.default.attributesOfItem(atPath: $0)[.size] as? Int) }
        #expect(night.hashedFiles == paths.count)
        #expect(night.hashedBytes == sizes.reduce(0, +))
        let log = try String(contentsOfFile: night.runDirectory + "/run.log", encoding: .utf8)
        #expect(log.contains("fingerprints: \(paths.count) files hashed (\(sizes.reduce(0, +)) bytes)"))
    }
}
