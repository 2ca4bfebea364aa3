import Foundation
import Testing

@testable import ScoutCore

/// Audience demographics from a discovery-tool-shaped export: read, targeted by a brief, said in `why`, and a signal of
/// authenticity; without them nothing changes (issue 18).
@Suite struct AudienceDemographicsTests {
    static let export = Fixtures.path("audience/discovery_export.csv")
    static let briefs = Fixtures.path("audience/briefs.csv")

    static func run(creators: String, briefs: String = briefs) throws -> [[String: String]] {
        let out = Fixtures.temporaryDirectory()
        let options = PipelineOptions(
            creators: [creators], briefs: briefs, outputDirectory: out, dataDirectory: Fixtures.dataDirectory)
        _ = try ScoutPipeline.run(options)
        return try MatchModelSampleRunTests.rows(out + "/shortlists.csv")
    }

    @Test func theExportsAudienceColumnsAreRead() throws {
        var diagnostics = DiagnosticsCollector()
        let ingest = try CreatorExportReader(reference: Fixtures.reference).read(Self.export, diagnostics: &diagnostics)
        let row = try #require(ingest.rows.first)
        guard case .success(let glow) = AccountNormalizer().normalise(row, diagnostics: &diagnostics) else {
            Issue.record("glow.daily did not normalise")
            return
        }
        #expect(glow.audience.female == 0.64 && glow.audience.male == 0.36 && glow.audience.credibility == 0.88)
        #expect(glow.audience.ages == [0.08, 0.30, 0.28, 0.20, 0.14] && glow.audience.countryShare == 0.71)
        // The stage file carries them.
        let path = Fixtures.temporaryDirectory() + "/accounts.csv"
        try AccountCodec.write([glow], to: path)
        #expect(try AccountCodec.read(path) == [glow])
    }

    @Test func aBriefForWomen18to34FindsThemAndSaysSo() throws {
        let rows = try Self.run(creators: Self.export)
        let targeted = rows.filter { $0["brief_id"] == "women-18-34" }
        func row(_ handle: String) throws -> [String: String] {
            try #require(targeted.first { $0["handle"] == handle })
        }
        let glow = try row("glow.daily")
        #expect(glow["why"]!.contains("64% women, 58% aged 18–34"), "\(glow["why"]!)")
        #expect(glow["audience"] == "1.000")
        // Mostly men: 22 % women of the 50 % asked; mostly teens: 40 % aged 18–34; mostly 35+: 19 %.
        #expect(try row("menswear.mike")["audience"] == "0.440")
        #expect(try row("teen.makeup")["audience"] == "0.800")
        #expect(try row("mature.skin")["audience"] == "0.380")
        #expect(try row("menswear.mike")["why"]!.contains("22% women, 75% aged 18–34"))
        // Unknown demographics are not a mismatch.
        let plain = try row("plain.beauty")
        #expect(plain["audience"] == "1.000" && plain["why"]!.contains("audience demographics unknown"))
        // Low audience credibility costs authenticity and is named.
        let bot = try row("botted.beauty")
        #expect(bot["flags"]!.contains("low_audience_credibility") && bot["why"]!.contains("audience credibility 38%"))
        #expect(Double(bot["authenticity"]!)! < Double(glow["authenticity"]!)!)
        // The creators whose audience fits lead those whose audience does not.
        let order = targeted.map { $0["handle"]! }
        for misfit in ["menswear.mike", "teen.makeup", "mature.skin"] {
            #expect(order.firstIndex(of: "glow.daily")! < order.firstIndex(of: misfit)!, "\(order)")
        }
        // The same creators for a brief that targets nobody: every audience 1.0, no demographic words.
        let control = rows.filter { $0["brief_id"] == "any-audience" }
        #expect(control.allSatisfy { $0["audience"] == "1.000" && !$0["why"]!.contains("aged") })
    }

    /// Without the audience columns, a targeted brief scores exactly like an untargeted one.
    @Test func withoutAudienceColumnsNothingChanges() throws {
        let lines = try String(contentsOfFile: Self.export, encoding: .utf8).split(separator: "\n").map {
            $0.split(separator: ",", omittingEmptySubsequences: false)
        }
        let stripped = lines.map { $0.prefix(11).joined(separator: ",") }.joined(separator: "\n") + "\n"
        let rows = try Self.run(creators: Fixtures.temporaryFile(stripped, name: "plain_export.csv"))
        let targeted = rows.filter { $0["brief_id"] == "women-18-34" }
        let control = rows.filter { $0["brief_id"] == "any-audience" }
        #expect(targeted.count == 6)
        for column in ["handle", "rank", "score", "audience", "authenticity", "flags"] {
            #expect(targeted.map { $0[column] } == control.map { $0[column] }, "\(column)")
        }
        #expect(targeted.allSatisfy { $0["why"]!.contains("audience demographics unknown") })
    }

    @Test func briefAgeTargetsReadAsBuckets() {
        typealias B = AudienceDemographics.AgeBucket
        #expect(AudienceTarget.buckets(["18-34"]) == [B.from18to24, .from25to34])
        #expect(AudienceTarget.buckets(["25+"]) == [B.from25to34, .from35to44, .from45])
        #expect(AudienceTarget.buckets(["18–24", "35-44"]) == [B.from18to24, .from35to44])
        #expect(AudienceTarget.buckets(["20-22"]) == nil && AudienceTarget.buckets(["young"]) == nil)
    }
}
