import Foundation

@testable import ScoutCore

/// Paths to the fixture corpus in `Tests/Fixtures` and to the package's `data/`.
enum Fixtures {
    /// `Tests/` (this file is `Tests/ScoutCoreTests/Support/Fixtures.swift`).
    static let testsDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let packageDirectory = testsDirectory.deletingLastPathComponent()

    static func path(_ relative: String) -> String {
        testsDirectory.appendingPathComponent("Fixtures/" + relative).path
    }
    static var dataDirectory: String { packageDirectory.appendingPathComponent("data").path }

    static func files(in folder: String, withExtension ext: String) -> [String] {
        let directory = path(folder)
        return ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? [])
            .filter { $0.hasSuffix("." + ext) }.sorted().map { directory + "/" + $0 }
    }

    static let reference: ReferenceData = try! ReferenceData.load(from: dataDirectory)

    /// Writes `bytes` to a new temporary file and returns its path.
    static func temporaryFile(_ bytes: [UInt8], name: String = "input.csv") -> String {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "scout-tests-" + UUID().uuidString)
        try! FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let url = directory.appendingPathComponent(name)
        try! Data(bytes).write(to: url)
        return url.path
    }

    static func temporaryFile(_ text: String, name: String = "input.csv") -> String {
        temporaryFile(Array(text.utf8), name: name)
    }

    static func temporaryDirectory() -> String {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "scout-tests-" + UUID().uuidString)
        try! FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return directory.path
    }

    /// Every record of a CSV file as raw fields.
    static func records(_ path: String, delimiter: UInt8? = nil) throws -> (
        records: [[String]], unterminated: [CSVMalformedRecord], info: CSVFileInfo
    ) {
        var records: [[String]] = []
        var issues: [CSVMalformedRecord] = []
        let info = try CSVFileReader.read(path: path, delimiter: delimiter) {
            records.append($0.fields)
        } onMalformedRecord: {
            issues.append($0)
        }
        return (records, issues, info)
    }
}
