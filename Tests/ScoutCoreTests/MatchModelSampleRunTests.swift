import Foundation
import Testing

@testable import ScoutCore

/// The sample data set end to end: sensible shortlists, and the same bytes whatever the thread count.
@Suite struct MatchModelSampleRunTests {
    static let sample = Fixtures.packageDirectory.appendingPathComponent("data/sample").path

    static func run(threads: Int) throws -> String {
        let out = Fixtures.temporaryDirectory()
        var options = PipelineOptions(
            creators: [sample + "/creators"], briefs: sample + "/briefs.csv", outputDirectory: out,
            dataDirectory: Fixtures.dataDirectory)
        options.threads = threads
        _ = try ScoutPipeline.run(options)
        return out
    }

    static func rows(_ path: String) throws -> [[String: String]] {
        let table = try IntermediateTable.read(path, required: [])
        return table.rows.map { row in Dictionary(uniqueKeysWithValues: table.header.enumerated().map { ($1, row[$0]) })
        }
    }

    @Test func sampleShortlistsReadSensiblyAndDoNotDependOnThreads() throws {
        let one = try Self.run(threads: 1)
        let seven = try Self.run(threads: 7)
        for file in [
            "shortlists.csv", "inauthentic.csv", "brief_report.csv", "stages/score/candidates.csv",
            "stages/score/funnels.csv",
            "stages/score/authenticity.json", "manifest.json",
        ] {
            #expect(
                FileManager.default.contents(atPath: one + "/" + file)
                    == FileManager.default.contents(atPath: seven + "/" + file), "\(file)")
        }
        let shortlist = try Self.rows(one + "/shortlists.csv")
        for column in ScoreWeights.names {
            #expect(shortlist.allSatisfy { Double($0[column]!).map { (0...1).contains($0) } ?? false })
        }
        // The two creators who already tag Glowlab lead its launch; the competitor's ambassadors are out.
        let glow = shortlist.filter { $0["brief_id"] == "glowlab-spf-launch" }
        #expect(Set(glow.prefix(2).map { $0["handle"]! }) == ["yui.derm", "hina_kobayashi"])
        #expect(glow.prefix(2).allSatisfy { $0["affinity"] == "1.000" && $0["why"]!.contains("already tags Glowlab") })
        #expect(!glow.contains { ["kenta.ishii", "theo_hayes"].contains($0["handle"]!) })
        // Dead audiences with bought views are not excluded on engagement alone: they need a check, in words. One
        // implausible rate or follow-for-follow alone only flags an account.
        let excluded = try Self.rows(one + "/inauthentic.csv")
        let excludedIDs = Set(excluded.map { $0["creator_id"]! })
        #expect(
            excludedIDs.isDisjoint(with: [
                "tiktok:modewithaoi", "tiktok:aoi_takahashi", "instagram:maryam.mode", "instagram:thedailymia",
            ]))
        #expect(excluded.allSatisfy { $0["reason"]!.hasPrefix("needs a check: ") && $0["flags"]!.contains("|") })
        let authenticity = try JSONFile.read(AuthenticitySummary.self, from: one + "/stages/score/authenticity.json")
        #expect(authenticity.needsCheck >= 2 && authenticity.signals["likes_views_anomaly"]! >= 2)
        #expect(!shortlist.contains { excludedIDs.contains($0["creator_id"]!) })
        let manifest = try String(contentsOfFile: one + "/manifest.json", encoding: .utf8)
        #expect(manifest.contains("\"excluded_inauthentic\" : \(excluded.count)"))
    }
}
