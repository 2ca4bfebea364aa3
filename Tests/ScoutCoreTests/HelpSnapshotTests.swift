import Foundation
import Testing

/// Every command's full `--help` against a reviewed text in `Tests/Fixtures/help/` (80 columns).
///
/// A changed option or text shows here as a diff. To accept one, run with `SCOUT_UPDATE_HELP=1` (the test then
/// rewrites the files and fails), review `git diff Tests/Fixtures/help`, and commit what you meant.
struct HelpSnapshotTests {
    /// (executable, arguments before `--help`, golden file name).
    static let commands: [(tool: String, arguments: [String], golden: String)] = [
        ("scout", [], "scout"),
        ("scout", ["run"], "scout.run"),
        ("scout", ["nightly"], "scout.nightly"),
        ("scout", ["history"], "scout.history"),
        ("scout", ["history", "prune"], "scout.history.prune"),
        ("scout", ["inspect"], "scout.inspect"),
        ("scout", ["ingest"], "scout.ingest"),
        ("scout", ["normalize"], "scout.normalize"),
        ("scout", ["score"], "scout.score"),
        ("scout", ["shortlist"], "scout.shortlist"),
        ("scout", ["plan"], "scout.plan"),
        ("scout", ["identity"], "scout.identity"),
        ("scout", ["statistics"], "scout.statistics"),
        ("scout", ["merge"], "scout.merge"),
        ("scout-ingest", [], "scout-ingest"),
        ("scout-normalize", [], "scout-normalize"),
        ("scout-score", [], "scout-score"),
        ("scout-shortlist", [], "scout-shortlist"),
    ]

    @Test(arguments: commands.map(\.golden)) func helpMatchesTheReviewedText(golden: String) throws {
        let command = try #require(Self.commands.first { $0.golden == golden })
        let result = try Executables.run(command.tool, command.arguments + ["--help"])
        #expect(result.status == 0)
        let path = Fixtures.path("help/\(golden).txt")
        if ProcessInfo.processInfo.environment["SCOUT_UPDATE_HELP"] != nil {
            try result.stdout.write(toFile: path, atomically: true, encoding: .utf8)
            Issue.record("rewrote \(path): review it with git diff")
            return
        }
        let expected = try String(contentsOfFile: path, encoding: .utf8)
        #expect(
            result.stdout == expected,
            "\(command.tool) \(command.arguments.joined(separator: " ")) --help differs from \(path)")
    }
}
