import Foundation

@testable import ScoutCore

/// Helpers for the nightly and history tests: per-night creator files and one-call nights.
enum NightlySupport {
    static let briefs = Fixtures.path("nightly/briefs.csv")
    static let creators = Fixtures.path("nightly/creators.csv")
    static let doNotContact = Fixtures.path("nightly/do_not_contact.csv")

    /// A copy of the fixture creators with some follower counts replaced (handle → followers) and handles removed.
    static func creatorsFile(
        followers: [String: Int] = [:], removing: Set<String> = [], in directory: String, night: String
    ) throws -> String {
        let lines = try String(contentsOfFile: creators, encoding: .utf8).split(separator: "\n").map(String.init)
        var out = [lines[0]]
        for line in lines.dropFirst() {
            var fields = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            if removing.contains(fields[1]) { continue }
            if let value = followers[fields[1]] { fields[4] = String(value) }
            out.append(fields.joined(separator: ","))
        }
        let folder = directory + "/exports-" + night
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let path = folder + "/creators.csv"
        try (out.joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    /// Runs one night in-process.
    @discardableResult
    /// - Parameter adjust: changes to the options before the night runs.
    static func night(
        _ runID: String, runs: String, creators: String = creators, history: Bool = true,
        doNotContact: String? = nil, force: Bool = false, data: String = Fixtures.dataDirectory,
        adjust: (inout PipelineOptions) -> Void = { _ in }
    ) throws -> NightlyResult {
        var options = NightlyOptions(
            creators: [creators], briefs: briefs, runsDirectory: runs, runID: runID, dataDirectory: data)
        options.run.shortlist.history = history ? RunDirectory.defaultHistory(runsDirectory: runs) : nil
        options.run.score.doNotContact = doNotContact
        options.force = force
        adjust(&options.run)
        return try NightlyRunner(options: options, report: { _ in })
            .run(successExitCode: { _ in 0 }, failureExitCode: { _ in 1 })
    }

    /// Rows of a CSV output as dictionaries keyed by header.
    static func rows(_ path: String) throws -> [[String: String]] {
        let table = try IntermediateTable.read(path, required: [])
        return table.rows.map { row in Dictionary(uniqueKeysWithValues: zip(table.header, row)) }
    }

    static func bytes(_ path: String) -> Data? { FileManager.default.contents(atPath: path) }
}
