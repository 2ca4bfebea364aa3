import Foundation
import Testing

@testable import ScoutCore

/// The whole pipeline in one process on a small, hand-checked fixture.
struct PipelineTests {
    static func run(threads: Int? = nil, out: String = Fixtures.temporaryDirectory()) throws -> (Manifest, RunLayout) {
        var options = PipelineOptions(
            creators: [Fixtures.path("pipeline/creators.csv")], briefs: Fixtures.path("pipeline/briefs.csv"),
            outputDirectory: out, dataDirectory: Fixtures.dataDirectory)
        options.threads = threads
        return (try ScoutPipeline.run(options).manifest, options.layout)
    }

    static func table(_ path: String) throws -> [[String: String]] {
        let table = try IntermediateTable.read(path, required: [])
        return table.rows.map { row in Dictionary(uniqueKeysWithValues: table.header.enumerated().map { ($1, row[$0]) })
        }
    }

    @Test func shortlistsRankTheRightCreators() throws {
        let (manifest, layout) = try Self.run()
        let rows = try Self.table(layout.shortlists)
        let spf = rows.filter { $0["brief_id"] == "jp-spf" }
        // sakura.skin: exact niche, both keywords, newest snapshot (24000 followers); the YouTube creator matches
        // 'spf' only; mika is makeup (sibling niche); the TikTok creator is filtered out by platform.
        #expect(
            spf.map { $0["creator_id"] } == ["instagram:sakura.skin", "youtube:=cmd.evil", "instagram:mika.makeup"])
        #expect(spf.map { $0["rank"] } == ["1", "2", "3"])
        #expect(spf[0]["followers"] == "24000")
        #expect(spf[0]["why"]?.contains("matches 'spf', '日焼け止め'") == true)
        let fit = rows.filter { $0["brief_id"] == "us-fit" }
        #expect(fit.map { $0["creator_id"] } == ["instagram:ken.fitness"])
        #expect(manifest.briefs.map(\.shortlisted) == [3, 1])
        for row in rows {
            for column in ["score", "niche", "relevance", "engagement"] {
                let value = try #require(Double(row[column] ?? ""))
                #expect((0...1).contains(value))
            }
        }
        let perBrief = try Self.table(layout.shortlist(briefID: "jp-spf"))
        #expect(perBrief == spf)
    }

    @Test func everyRowIsAccountedForInTheManifest() throws {
        let (manifest, layout) = try Self.run()
        let creators = try #require(manifest.inputs.first { $0.kind == .creators })
        #expect(creators.rowsRead == 8)
        #expect(creators.rowsMerged == 1)
        #expect(creators.rowsQuarantined == 2)
        #expect(creators.rowsAccepted == 5)
        let quarantine = try Self.table(layout.quarantine)
        #expect(quarantine.map { $0["reason"] } == ["missing_handle", "bad_count"])
        #expect(quarantine.map { $0["line"] } == ["7", "8"])
        #expect(quarantine[1]["raw"] == "instagram,bad.count,Bad,lots,1,1,1,skincare,,,JP,ja,2026-11-20")
        let json =
            try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: layout.manifest)))
            as! [String: Any]
        let inputs = json["inputs"] as! [[String: Any]]
        #expect(inputs[0]["rows_read"] as? Int == 8)
        #expect(inputs[0]["rows_accepted"] as? Int == 5)
        #expect(inputs[0]["rows_merged"] as? Int == 1)
        #expect(inputs[0]["rows_quarantined"] as? Int == 2)
    }

    @Test func outputsAreSpreadsheetSafe() throws {
        let (_, layout) = try Self.run()
        let text = try String(contentsOfFile: layout.shortlists, encoding: .utf8)
        #expect(text.contains(",'=cmd.evil,"))
        #expect(!text.contains(",=cmd.evil,"))
    }

    @Test func outputIsByteIdenticalAcrossThreadCounts() throws {
        let names = ["shortlists.csv", "quarantine.csv", "merges.csv", "manifest.json", "shortlists/jp-spf.csv"]
        var outputs: [[Data]] = []
        for threads in [1, 2, 7] {
            let (_, layout) = try Self.run(threads: threads)
            outputs.append(try names.map { try Data(contentsOf: URL(fileURLWithPath: layout.directory + "/" + $0)) })
        }
        #expect(outputs[0] == outputs[1])
        #expect(outputs[0] == outputs[2])
    }

    /// The stage executables run each stage definition alone on the files of the one before: they must write
    /// every file a run writes, byte for byte, plain and with a do-not-contact list and history.
    @Test(arguments: [false, true]) func stagesRunAloneGiveTheSameOutputs(annotated: Bool) throws {
        let list = Fixtures.temporaryFile("creator,reason\ninstagram:mika.makeup,already booked\n", name: "dnc.csv")
        func options(_ out: String) -> PipelineOptions {
            var options = PipelineOptions(
                creators: [Fixtures.path("pipeline/creators.csv")], briefs: Fixtures.path("pipeline/briefs.csv"),
                outputDirectory: out, dataDirectory: Fixtures.dataDirectory)
            if annotated {
                options.shortlist = ShortlistOptions(history: out + ".history.sqlite", runID: "n1")
                options.score.doNotContact = list
            }
            return options
        }
        // Both folders have the same name: the workbook, report and summary are titled after it.
        let whole = options(Fixtures.temporaryDirectory() + "/night")
        _ = try ScoutPipeline.run(whole)
        let staged = options(Fixtures.temporaryDirectory() + "/night")
        _ = try ScoutPipeline.runStage(IngestStage.definition, options: staged)
        // The other stages know nothing of the inputs: they read the files.
        let later = { () -> PipelineOptions in
            var options = staged
            options.ingest = IngestOptions(creators: [], briefs: "")
            return options
        }()
        _ = try ScoutPipeline.runStage(NormalizeStage.definition, options: later)
        _ = try ScoutPipeline.runStage(ScoreStage.definition, options: later)
        _ = try ScoutPipeline.runStage(ShortlistStage.definition, options: later)
        let files = try Self.files(in: whole.layout.directory)
        #expect(files.contains("shortlists/jp-spf.csv") && files.contains("stages/score/candidates.csv"))
        #expect(files.contains("excluded.csv") == annotated && files.contains("dropped.csv") == annotated)
        #expect(try Self.files(in: staged.layout.directory) == files)
        for name in files {
            #expect(
                FileManager.default.contents(atPath: staged.layout.directory + "/" + name)
                    == FileManager.default.contents(atPath: whole.layout.directory + "/" + name), "\(name)")
        }
    }

    /// Every file under `directory`, relative, sorted.
    static func files(in directory: String) throws -> [String] {
        let enumerator = try #require(FileManager.default.enumerator(atPath: directory))
        return enumerator.compactMap { $0 as? String }.filter { name in
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: directory + "/" + name, isDirectory: &isDirectory)
                && !isDirectory.boolValue
        }.sorted()
    }

    @Test func tooManyQuarantinedRowsFailTheRun() throws {
        var options = PipelineOptions(
            creators: [Fixtures.path("pipeline/creators.csv")], briefs: Fixtures.path("pipeline/briefs.csv"),
            outputDirectory: Fixtures.temporaryDirectory(), dataDirectory: Fixtures.dataDirectory)
        options.normalize.maxQuarantineRatio = 0.1
        #expect(throws: ScoutError.tooManyQuarantined(quarantined: 2, read: 8, limit: 0.1)) {
            try ScoutPipeline.run(options)
        }
        options.normalize.maxQuarantineRatio = 0.3
        #expect(throws: Never.self) { try ScoutPipeline.run(options) }
    }

    @Test func anExportWithoutRequiredColumnsFailsNamingHeaders() throws {
        let path = Fixtures.temporaryFile("Name,Category\nann,beauty\n")
        var diagnostics = DiagnosticsCollector()
        do {
            _ = try CreatorExportReader(reference: Fixtures.reference).read(path, diagnostics: &diagnostics)
            Issue.record("expected a failure")
        } catch let error as ScoutError {
            let message = error.description
            #expect(message.contains(path))
            #expect(message.contains("'Name', 'Category'"))
            #expect(message.contains("followers"))
        }
    }

    @Test func unreadableInputFailsLoudly() {
        #expect(throws: ScoutError.unreadableInput(path: "/nonexistent/x.csv", reason: "no such file or directory")) {
            _ = try InputFiles.expand(["/nonexistent/x.csv"])
        }
    }
}
