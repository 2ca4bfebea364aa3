import Foundation
import Testing

@testable import ScoutCore

/// Normalising a chunk of rows through one `CellMemo` (values of repeated cells computed once and shared) must
/// give exactly what normalising every row on its own gives, and the empty-cell shortcuts must agree with the
/// parsers they skip.
@Suite struct CellMemoTests {
    /// Cells for the memoised and shortcut fields: missing-value markers, codes, names, non-ASCII, lists.
    static let cells = [
        "", " ", "n/a", "N/A", "-", "none", "#VALOR!", "US", "us", " US ", "USA", "United States", "Japan", "日本",
        "Ｕｓ", "Deutschland", "de", "en", "English", "ja", "日本語", "pt-BR", "xx", "Fitness", "Fitness|Beauty",
        " Food | n/a ; Travel,", "Game streaming", "café|thé", "a,b;c", "||", "12", "3.4%", "1,2k", "'US'",
        "https://site.example/x", "www.a.example", "brand A; brand B",
    ]

    /// Seeded rows mixing `cells` into every field the memo or the shortcuts touch.
    static func rows(_ count: Int) -> [SourceRow] {
        var state: UInt64 = 0x2545_F491_4F6C_DD1D
        func pick() -> String {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let k = Int(state >> 33)
            // Every other cell is (almost always) unique, so the memo also sees texts it has no room for once full.
            return k % 2 == 0 ? "Country \(k >> 1)" : cells[(k >> 1) % cells.count]
        }
        return (0..<count).map { n in
            var row = SourceRow(file: "memo.csv", line: n + 2, raw: "row \(n)")
            row[.platform] = "instagram"
            row[.handle] = "user\(n)"
            row[.followers] = n % 50 == 0 ? pick() : "\(1000 + n)"
            for field in [
                CreatorField.country, .audienceCountry, .language, .niches, .brandMentions, .website, .hashtags,
                .following, .avgLikes, .engagementRate, .audienceFemale, .sponsoredRatio, .estCost,
            ] {
                row[field] = pick()
            }
            return row
        }
    }

    @Test func oneMemoGivesWhatEachRowAloneGives() {
        let rows = Self.rows(CellMemo.capacity * 2)
        var shared = CellMemo()
        var sharedDiagnostics = DiagnosticsCollector()
        var aloneDiagnostics = DiagnosticsCollector()
        let normalizer = AccountNormalizer()
        var hits = 0
        for row in rows {
            var url: ParsedHandle?
            let memoised = normalizer.normalise(
                row, diagnostics: &sharedDiagnostics, profileURL: &url, memo: &shared)
            let alone = normalizer.normalise(row, diagnostics: &aloneDiagnostics)
            switch (memoised, alone) {
            case (.success(let a), .success(let b)):
                #expect(a == b, "line \(row.line)")
                if shared.countries[row[.country]] != nil { hits += 1 }
            case (.failure(let a), .failure(let b)): #expect(a == b, "line \(row.line)")
            default: Issue.record("line \(row.line): one path quarantined the row, the other did not")
            }
        }
        #expect(sharedDiagnostics.report == aloneDiagnostics.report)
        #expect(shared.countries.count == CellMemo.capacity)  // full: later texts were computed, not kept
        #expect(hits > rows.count / 4)
    }

    @Test func chunkedNormalisingKeepsRowOrder() {
        let rows = Self.rows(5000)
        var diagnostics = DiagnosticsCollector()
        let expected = rows.compactMap { row -> CreatorAccount? in
            if case .success(let account) = AccountNormalizer().normalise(row, diagnostics: &diagnostics) {
                return account
            }
            return nil
        }
        var taken = rows
        let normalized = NormalizeStage.normaliseRows(taking: &taken)
        #expect(taken.isEmpty)
        #expect(normalized.accounts == expected)
        #expect(normalized.keys.map(\.id) == expected.map(\.id))
        #expect(normalized.diagnostics.report == diagnostics.report)
        #expect(NormalizeStage.normaliseRows(rows).accounts == expected)
    }

    /// The pipelined normalising (chunks on other threads, joined in row order on the caller's) gives the same
    /// accounts, keys, quarantine, per-file counts and diagnostics whatever the number of workers, as one thread.
    @Test func normalisingIsTheSameOnAnyNumberOfWorkers() {
        // Rows of three files; every 13th row has no handle and is quarantined.
        let rows = Self.rows(40_000).enumerated().map { index, row -> SourceRow in
            var row = row
            row.file = "file\(index * 3 / 40_000).csv"
            if index % 13 == 0 { row[.handle] = "" }
            return row
        }
        var one = rows
        let sequential = NormalizeStage.normaliseRows(taking: &one, workers: 1)
        #expect(one.isEmpty)
        #expect(!sequential.quarantine.isEmpty && sequential.counts.count == 3)
        for workers in [2, 3, 8] {
            var taken = rows
            let parallel = NormalizeStage.normaliseRows(taking: &taken, workers: workers)
            #expect(taken.isEmpty)
            #expect(parallel.accounts == sequential.accounts, "\(workers) workers")
            #expect(parallel.keys.map(\.id) == sequential.keys.map(\.id))
            #expect(parallel.keys.map(\.profile) == sequential.keys.map(\.profile))
            #expect(parallel.quarantine == sequential.quarantine)
            #expect(parallel.diagnostics.report == sequential.diagnostics.report)
            for (file, counts) in sequential.counts {
                #expect(parallel.counts[file]?.accepted == counts.accepted)
                #expect(parallel.counts[file]?.quarantined == counts.quarantined)
            }
        }
    }

    @Test func emptyCellsAreWhatTheParsersCallMissing() {
        #expect(ValueParsing.count("") == .missing)
        #expect(ValueParsing.rate("", percentColumn: false) == .missing)
        #expect(ValueParsing.isMissing(""))
        #expect(AccountNormalizer.hashtags("").isEmpty)
        #expect(AccountNormalizer.countryCode("") == Locales.countryCode(""))
        #expect(AccountNormalizer.countryCode("n/a") == Locales.countryCode(""))
        #expect(AccountNormalizer.languageCode("—") == Locales.languageCode(""))
    }
}
