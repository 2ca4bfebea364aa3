import Testing

@testable import ScoutCore

/// Briefs are validated strictly: a bad value names file, line, column and the value.
struct BriefValidationTests {
    static let header =
        "brief_id,brand,niches,keywords,platforms,min_followers,max_followers,min_engagement_rate,countries,languages,budget,shortlist_size,w_niche\n"

    func read(_ body: String) throws -> [Brief] {
        var diagnostics = DiagnosticsCollector()
        return try BriefReader(taxonomy: Fixtures.reference.taxonomy).read(
            Fixtures.temporaryFile(Self.header + body), diagnostics: &diagnostics
        ).briefs
    }

    @Test func aValidBriefIsRead() throws {
        let brief = try #require(
            try read(
                "b1,Glow,skincare|美容,spf;vegan,IG|TikTok,10K,\"100,000\",2.5%,Japan|US,Japanese,\"5,000\",12,0.6\n"
            ).first)
        #expect(brief.platforms == [.instagram, .tiktok])
        #expect(brief.minFollowers == 10_000)
        #expect(brief.maxFollowers == 100_000)
        #expect(brief.minEngagementRate == 0.025)
        #expect(brief.countries == ["JP", "US"])
        #expect(brief.languages == ["ja"])
        #expect(brief.budget == 5000)
        #expect(brief.shortlistSize == 12)
        #expect(brief.keywords == ["spf", "vegan"])
        #expect(brief.weights == ["niche": 0.6])
    }

    @Test(arguments: [
        ("b1,Glow,,,myspace,,,,,,,5,\n", 5, "platforms", "myspace"),
        ("b1,Glow,,,,lots,,,,,,5,\n", 6, "min_followers", "lots"),
        ("b1,Glow,,,,,,fast,,,,5,\n", 8, "min_engagement_rate", "fast"),
        ("b1,Glow,,,,,,,,,,zero,\n", 12, "shortlist_size", "zero"),
        ("b1,Glow,,,,,,,,,,5,heavy\n", 13, "w_niche", "heavy"),
        ("b1,Glow,,,,20000,1000,,,,,5,\n", 7, "max_followers", "1000"),
    ])
    func badValuesFailWithPosition(_ row: String, _ column: Int, _ field: String, _ value: String) throws {
        do {
            _ = try read(row)
            Issue.record("expected \(field) to fail")
        } catch let ScoutError.badBrief(_, line, errorColumn, errorField, errorValue, _) {
            #expect(line == 2)
            #expect(errorColumn == column)
            #expect(errorField == field)
            #expect(errorValue == value)
        }
    }

    @Test func duplicateIdsAndRaggedRowsFail() {
        #expect(throws: ScoutError.self) { _ = try read("b1,A,,,,,,,,,,5,\nb1,B,,,,,,,,,,5,\n") }
        #expect(throws: ScoutError.self) { _ = try read("b1,A,,,\n") }
        #expect(throws: ScoutError.self) { _ = try read("b1,A,,,,,,,,,,5,,\"open\n") }
    }

    /// `data/brief_template.csv` is what the README tells users to copy: it must name every brief column and its
    /// example row must read as a valid brief whose niches, tiers and currency the reference tables know.
    @Test func theBriefTemplateHasEveryColumnAndAValidExampleRow() throws {
        let path = Fixtures.dataDirectory + "/brief_template.csv"
        var diagnostics = DiagnosticsCollector()
        let briefs = try BriefReader(taxonomy: Fixtures.reference.taxonomy).read(path, diagnostics: &diagnostics).briefs
        #expect(diagnostics.diagnostics.map(\.description) == [])
        let header = try Fixtures.records(path).records[0]
        let expected = Set(BriefReader.columns.keys).union(ScoreWeights.names.map { "w_" + $0 })
        #expect(Set(header) == expected)
        #expect(header.count == expected.count)
        let brief = try #require(briefs.first)
        #expect(briefs.count == 1)
        #expect(!brief.niches.isEmpty && brief.niches.allSatisfy { Fixtures.reference.taxonomy.resolve($0) != nil })
        #expect(!brief.keywords.isEmpty && !brief.description.isEmpty && !brief.platforms.isEmpty)
        #expect(brief.minFollowers != nil && brief.maxFollowers != nil && brief.minEngagementRate != nil)
        #expect(!brief.countries.isEmpty && !brief.languages.isEmpty && brief.budget != nil)
        #expect(Fixtures.reference.currencies.usdPerUnit(brief.currency) != nil)
        #expect(!brief.exclude.isEmpty && brief.maxPerCountry != nil)
        #expect(
            !brief.primaryNiches.isEmpty && brief.primaryNiches.allSatisfy { brief.niches.contains($0) }
                && brief.minFit != nil)
        #expect(
            !brief.tiers.isEmpty
                && brief.tiers.allSatisfy { Fixtures.reference.tiers.bounds(of: $0, platform: .instagram) != nil })
        let readme = try String(contentsOfFile: Fixtures.packageDirectory.path + "/README.md", encoding: .utf8)
        let template = try String(contentsOfFile: path, encoding: .utf8)
        #expect(
            readme.contains(template.split(separator: "\n").map { "   " + $0 }.joined(separator: "\n")),
            "README shows the template as it is")
    }
}
