import Testing

@testable import ScoutCore

/// Counts, rates, handles and dates as exports write them.
struct ValueParsingTests {
    @Test(arguments: [
        ("12,345", 12345.0), ("12 345", 12345), ("12\u{00A0}345", 12345), ("12.5K", 12500), ("12,5K", 12500),
        ("12.5k", 12500), ("1.2M", 1_200_000), ("1,2 Mio", 1_200_000), ("3.4B", 3_400_000_000), ("48.5M", 48_500_000),
        ("48500000", 48_500_000), ("1.500", 1500), ("1.234.567", 1_234_567), ("6.006.552", 6_006_552), ("348.5", 348.5),
        ("0.5", 0.5), ("1,234.5", 1234.5), ("1.234,5", 1234.5), ("１２，３４５", 12345), ("1.2万", 12000), ("'12345", 12345),
        ("€6,580", 6580), ("110 USD", 110), ("~2K", 2000), (" 7 ", 7),
    ])
    func countsParse(_ text: String, _ expected: Double) {
        #expect(ValueParsing.count(text) == .value(expected), "\(text)")
    }

    @Test(arguments: ["", "-", "N/A", "N/A'", "n/a", "#VALOR!", "#N/A", "—", "null"])
    func missingMarkersAreMissing(_ text: String) {
        #expect(ValueParsing.count(text) == .missing)
        #expect(ValueParsing.rate(text, percentColumn: true) == .missing)
    }

    @Test(arguments: ["abc", "-5", "12.5X", "1,2,3.4,5", "12..5", "K"])
    func garbageIsInvalid(_ text: String) {
        #expect(ValueParsing.count(text) == .invalid, "\(text)")
    }

    @Test(arguments: [
        ("3.4%", false, 0.034), ("3,4 %", false, 0.034), ("0.034", false, 0.034), ("3.4", true, 0.034),
        ("0.5", true, 0.005), ("12%", true, 0.12), ("0,05", false, 0.05),
    ])
    func ratesParse(_ text: String, _ percentColumn: Bool, _ expected: Double) throws {
        guard case .value(let value) = ValueParsing.rate(text, percentColumn: percentColumn) else {
            Issue.record("\(text) did not parse")
            return
        }
        #expect(abs(value - expected) < 1e-12, "\(text)")
    }

    @Test func bareRateColumnsArePercentagesWhenAnyValueExceedsOne() {
        #expect(ValueParsing.ratesArePercentages(["0.8", "3.4", "2"]))
        #expect(!ValueParsing.ratesArePercentages(["0.034", "0.12", "", "N/A"]))
        #expect(!ValueParsing.ratesArePercentages(["3.4%", "0.02"]))
    }

    @Test(arguments: [
        ("@Name", "name", nil), ("name", "name", nil), ("https://www.instagram.com/name/", "name", Platform.instagram),
        ("instagram.com/name?hl=en", "name", .instagram), ("youtube.com/@name", "name", .youtube),
        ("tiktok.com/@name", "name", .tiktok), ("https://www.tiktok.com/@Name?lang=en", "name", .tiktok),
        ("ｎａｍｅ", "name", nil), ("＠Ｎａｍｅ", "name", nil), ("https://youtube.com/c/SomeChannel", "somechannel", .youtube),
        ("  @Sakura.Skin  ", "sakura.skin", nil), ("m.youtube.com/@Cook_Jo/videos", "cook_jo", .youtube),
    ])
    func handlesNormalise(_ text: String, _ handle: String, _ platform: Platform?) throws {
        let parsed = try #require(HandleParsing.parse(text))
        #expect(parsed.handle == handle, "\(text)")
        #expect(parsed.platform == platform, "\(text)")
    }

    @Test func youtubeChannelURLsCarryTheChannelID() throws {
        let parsed = try #require(HandleParsing.parse("https://www.youtube.com/channel/UC1234abcd"))
        #expect(parsed.platformID == "UC1234abcd")
    }

    @Test(arguments: ["", "  ", "@", "N/A", "-"])
    func emptyHandlesAreRejected(_ text: String) {
        #expect(HandleParsing.parse(text) == nil)
    }

    @Test(arguments: [
        ("2026-11-20", "2026-11-20"), ("2026/11/20", "2026-11-20"), ("20.11.2026", "2026-11-20"),
        ("2026-11-20T03:00:00Z", "2026-11-20"), ("11/20/2026", "2026-11-20"),
    ])
    func datesNormalise(_ text: String, _ expected: String) {
        #expect(SnapshotDate.normalise(text) == expected)
    }

    @Test func datesComeFromFileNames() {
        #expect(SnapshotDate.fromFileName("exports/instagram_hypeauditor_2026-11-20.csv") == "2026-11-20")
        #expect(SnapshotDate.fromFileName("tiktok-dec-2022.csv") == "2022-12-01")
        #expect(SnapshotDate.fromFileName("creators_20260105.csv") == "2026-01-05")
        #expect(SnapshotDate.fromFileName("youtube.csv") == nil)
    }

    @Test func platformsComeFromFileNameWords() {
        #expect(CreatorExportReader.platform(fromFileName: "/x/ig_utf8_bom.csv") == .instagram)
        #expect(CreatorExportReader.platform(fromFileName: "tiktok-dec-2022.csv") == .tiktok)
        #expect(CreatorExportReader.platform(fromFileName: "YT channels.csv") == .youtube)
        #expect(CreatorExportReader.platform(fromFileName: "creators.csv") == nil)
        #expect(CreatorExportReader.platform(fromFileName: "instagram_vs_tiktok.csv") == nil)
    }

    @Test func countryAndLanguageNamesBecomeCodes() {
        #expect(Locales.countryCode("Japan") == "JP")
        #expect(Locales.countryCode("日本") == "JP")
        #expect(Locales.countryCode("  mexico ") == "MX")
        #expect(Locales.countryCode("United States") == "US")
        #expect(Locales.countryCode("uk") == "GB")
        #expect(Locales.languageCode("Japanese") == "ja")
        #expect(Locales.languageCode("pt-BR") == "pt")
        #expect(Locales.languageCode("Español") == "es")
    }
}
