import Foundation
import Testing

@testable import ScoutCore

/// Every messy export in Tests/Fixtures/exports against its reviewed `.expect.json`.
struct ExportFixtureTests {
    struct Expectation: Decodable {
        struct BadRow: Decodable {
            var line: Int
            var reason: String
        }
        struct Sample: Decodable {
            var line: Int
            var handle: String
            var followers: Int
        }
        var platform: String?
        var delimiter: String
        var encoding: String
        var line_endings: String
        var data_records: Int
        var bad_rows: [BadRow]
        var sample: [Sample]
    }

    static let files = Fixtures.files(in: "exports", withExtension: "csv")

    static func load(_ path: String) throws -> (CreatorFileIngest, NormalizedAccounts) {
        var diagnostics = DiagnosticsCollector()
        let ingest = try CreatorExportReader(reference: Fixtures.reference).read(path, diagnostics: &diagnostics)
        return (ingest, NormalizeStage.run(ingest.rows, diagnostics: &diagnostics))
    }

    @Test func corpusIsPresent() { #expect(Self.files.count >= 10) }

    @Test(arguments: files)
    func fileIsReadAsExpected(_ path: String) throws {
        let expected = try JSONDecoder().decode(
            Expectation.self, from: Data(contentsOf: URL(fileURLWithPath: String(path.dropLast(4)) + ".expect.json")))
        let (ingest, normalized) = try Self.load(path)
        let info = ingest.info
        #expect((info.windows1252Records > 0 ? "windows-1252" : info.encoding) == expected.encoding)
        #expect(String(UnicodeScalar(info.delimiter)) == expected.delimiter)
        #expect(info.lineEndings.summary == expected.line_endings)
        #expect(ingest.report.rowsRead == expected.data_records)

        let quarantined = (ingest.quarantine + normalized.quarantine).sorted { $0.line < $1.line }
        #expect(quarantined.map(\.line) == expected.bad_rows.map(\.line))
        #expect(quarantined.map(\.reason.rawValue) == expected.bad_rows.map(\.reason))

        // Samples describe each row as read, before snapshots of one account are merged.
        var diagnostics = DiagnosticsCollector()
        var bySourceLine: [Int: CreatorAccount] = [:]
        for row in ingest.rows {
            if case .success(let account) = AccountNormalizer().normalise(row, diagnostics: &diagnostics) {
                bySourceLine[row.line] = account
            }
        }
        for sample in expected.sample {
            let account = try #require(bySourceLine[sample.line], "no account from line \(sample.line)")
            #expect(account.handle == sample.handle, "line \(sample.line)")
            #expect(account.followers == sample.followers, "line \(sample.line)")
            if let platform = expected.platform { #expect(account.platform.rawValue == platform) }
        }
    }

    @Test(arguments: files)
    func everyRowIsAccountedFor(_ path: String) throws {
        var options = PipelineOptions(
            creators: [path], briefs: Fixtures.path("briefs/minimal.csv"),
            outputDirectory: Fixtures.temporaryDirectory(), dataDirectory: Fixtures.dataDirectory)
        options.threads = 2
        let manifest = try ScoutPipeline.run(options).manifest
        let report = try #require(manifest.inputs.first { $0.kind == .creators })
        #expect(report.rowsRead > 0)
        #expect(report.rowsRead == report.rowsAccepted + report.rowsMerged + report.rowsQuarantined)
        let quarantineLines = try StageCodecs.readQuarantine(options.layout.quarantine).count
        #expect(quarantineLines == report.rowsQuarantined)
    }

    @Test func quarantineKeepsTheRawRecordExactly() throws {
        let (ingest, normalized) = try Self.load(Fixtures.path("exports/ragged_and_bad.csv"))
        let lines = try String(contentsOfFile: Fixtures.path("exports/ragged_and_bad.csv"), encoding: .utf8)
            .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        for entry in ingest.quarantine + normalized.quarantine where entry.reason != .unterminatedQuote {
            #expect(entry.raw == lines[entry.line - 1], "line \(entry.line)")
        }
    }
}
