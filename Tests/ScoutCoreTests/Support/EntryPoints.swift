import Foundation
import Testing

/// Every entry point of a night run on the same inputs with the same score options (`--statuses`,
/// `--relationships`, `--outcomes`, `--as-of`…): `scout run`, `scout nightly` (run id 2026-12-01, no history), the
/// four stage executables and `pipelines/nightly.sh --out`, so a side list must reach scoring through each.
enum EntryPoints {
    /// Runs them all and expects each to succeed and write the same bytes for every file in `compare`; returns
    /// `scout run`'s directory. `script` is what `nightly.sh` gets instead of `inputs + score` (`--sample` and
    /// options), nil for the same.
    static func expectSameNight(
        _ inputs: [String], score: [String], script: [String]? = nil, compare: [String] = ["shortlists.csv"]
    ) throws -> String {
        let run = Fixtures.temporaryDirectory() + "/night"
        let direct = try Executables.run("scout", ["run"] + inputs + score + ["--out", run])
        #expect(direct.status == 0, "\(direct.stderr)")
        let runs = Fixtures.temporaryDirectory()
        let nightly = try Executables.run(
            "scout", ["nightly"] + inputs + score + ["--runs-dir", runs, "--run-id", "2026-12-01", "--no-history"])
        #expect(nightly.status == 0, "\(nightly.stderr)")
        let staged = Fixtures.temporaryDirectory() + "/night"
        #expect(try Executables.run("scout-ingest", inputs + ["--out", staged]).status == 0)
        #expect(try Executables.run("scout-normalize", ["--out", staged]).status == 0)
        #expect(try Executables.run("scout-score", ["--out", staged] + score).status == 0)
        #expect(try Executables.run("scout-shortlist", ["--out", staged]).status == 0)
        let chained = Fixtures.temporaryDirectory() + "/night"
        let shell = try Executables.run(
            Fixtures.packageDirectory.appendingPathComponent("pipelines/nightly.sh").path,
            (script ?? inputs + score) + ["--out", chained], environment: ["SCOUT_BIN": Executables.binDirectory])
        #expect(shell.status == 0, "\(shell.stderr)")
        for name in compare {
            let expected = try #require(FileManager.default.contents(atPath: run + "/" + name), "\(name)")
            for directory in [runs + "/2026-12-01", staged, chained] {
                #expect(
                    FileManager.default.contents(atPath: directory + "/" + name) == expected, "\(directory) \(name)")
            }
        }
        return run
    }

    /// `scout run` with a bad side list: exit 1, `message` on stderr, nothing written.
    static func expectRejected(_ inputs: [String], score: [String], message: String) throws {
        let out = Fixtures.temporaryDirectory() + "/night"
        let failed = try Executables.run("scout", ["run"] + inputs + score + ["--out", out])
        #expect(failed.status == 1)
        #expect(failed.stderr.contains(message), "\(failed.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out + "/stages"))
    }
}
