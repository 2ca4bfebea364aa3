import Crypto
import Foundation
import Testing

@testable import ScoutCore

/// The single-pass row conversion and its shortcuts (issue 17, third round) give exactly what the rule written
/// naively gives — Foundation trimming, NFKC for every missing-value check, the scalar redaction, a freshly keyed
/// HMAC per address — on edge cells and on thousands of random ones mixing spaces, markers, addresses and
/// non-ASCII text.
struct IngestRowFastPathTests {
    /// Pieces random cells are made of: every kind of space and marker, addresses next to non-ASCII letters,
    /// scalars that NFKC or lower-casing turn into ASCII, characters that join a following `%`.
    static let pieces = [
        "", " ", "\t", "\r\n", "\n", "N/A", "n/a'", "'", "-", "—", "–", "ｎ／ａ", "\u{3000}", "\u{A0}", "\u{85}",
        "\u{2028}", "\u{200B}",
        "café", "日本", "彩", "🔥", "Ж", "λ", "가", "ع", "a@b.co", "Me@Mail.Example", "x", "%", "3.5", "12", "\u{0600}",
        "\u{301}", "josé@x.com", "@handle", "ü@x.de", "a@ü.de", "İ", "\u{212A}", "ﬁ", "Ĳ", "ſ", "#VALOR!", "none",
        "NULL",
        "?", "unknown", "e:", "\u{0}", "ｘ@ｙ.ｃｏ", "mail: a.b+c@d-e.example.org,", ".@.", "a@b.c1",
    ]

    static func randomCell(_ generator: inout some RandomNumberGenerator) -> String {
        (0..<Int.random(in: 0...4, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
    }

    static var edgeCells: [String] {
        pieces + IngestFastPathTests.cells + [
            "  a@b.co  ", "A@B.CO", "\r\na@b.co\r\n", "a\r\n@b", "@\r\n", "a@", "é@x.com", " ЖЖ@x.ru ", "x\u{0600}%",
            "3%\u{301}", "n/a\u{3000}", "\u{3000}", "'\u{3000}N/A\u{3000}'", "—\u{A0}", "NONE ", " ' n/a ' ",
        ]
    }

    // MARK: The naive rule, as it was written before the single pass

    static func naiveTrim(_ text: String) -> String { text.trimmingCharacters(in: .whitespacesAndNewlines) }

    static func naiveIsMissing(_ text: String) -> Bool {
        var value = text.precomposedStringWithCompatibilityMapping.trimmingCharacters(in: .whitespacesAndNewlines)
        while value.hasSuffix("'") || value.hasPrefix("'") {
            value = value.hasSuffix("'") ? String(value.dropLast()) : String(value.dropFirst())
            value = value.trimmingCharacters(in: .whitespaces)
        }
        return ValueParsing.missingMarkers.contains(value.lowercased())
    }

    static func naiveKey(_ email: String) -> String {
        let normalised = naiveTrim(email).lowercased()
        guard normalised.contains("@"), normalised.count >= 3, case .success(let secret) = InstallationSecret.shared
        else { return "" }
        let mac = HMAC<Crypto.SHA256>.authenticationCode(for: Array(normalised.utf8), using: secret.key)
        return "e:" + mac.prefix(8).map { String(format: "%02x", $0) }.joined()
    }

    static func naiveRow(_ converter: CreatorRowConverter, _ record: CSVRecord) -> SourceRow {
        var row = SourceRow(file: converter.path, line: record.line, raw: EmailRedaction.redactScalars(record.rawText))
        for (field, indices) in converter.mapping.columns {
            let values = indices.compactMap { $0 < record.count ? record[$0] : nil }
                .map(naiveTrim)
                .map {
                    field == .email
                        ? (naiveIsMissing($0) ? "" : naiveKey($0)) : EmailRedaction.redactScalars($0)
                }
                .filter { !$0.isEmpty && !(field != .bio && naiveIsMissing($0)) }
            if field.joinsColumns {
                row[field] = values.joined(separator: "|")
            } else if var value = values.first {
                if field.isRate, indices.contains(where: converter.percentRates.contains), !value.hasSuffix("%") {
                    value += "%"
                }
                row[field] = value
            }
        }
        if row[.platform].isEmpty, let platform = converter.platform { row[.platform] = platform.rawValue }
        if row[.asOf].isEmpty, let asOf = converter.asOf { row[.asOf] = asOf }
        return row
    }

    // MARK: Tests

    @Test func rowsMatchTheNaiveRule() throws {
        _ = try InstallationSecret.require()
        let headers = [
            "platform", "handle", "display_name", "followers", "engagement_rate", "er", "niches", "category", "bio",
            "email", "contact", "website", "hashtags",
        ]
        var mapping = HeaderMapping(headers: headers, aliases: Fixtures.reference.aliases)
        mapping.columns = [
            .platform: [0], .handle: [1], .displayName: [2], .followers: [3], .engagementRate: [4, 5],
            .niches: [6, 7], .bio: [8], .email: [9, 10], .website: [11], .hashtags: [12],
            .sponsoredRatio: [5, 4], .captions: [13],
        ]
        var generator = SystemRandomNumberGenerator()
        var records: [[String]] = Self.edgeCells.map { cell in Array(repeating: cell, count: headers.count) }
        for _ in 0..<4000 { records.append(headers.map { _ in Self.randomCell(&generator) }) }
        var changed = 0
        for (platform, asOf, percent) in [(nil, nil, Set<Int>()), (Platform.tiktok, "2026-11-30", Set([5]))] {
            let converter = CreatorRowConverter(
                path: "x.csv", mapping: mapping, percentRates: percent, platform: platform, asOf: asOf)
            for (line, cells) in records.enumerated() {
                let record = Self.record(cells, line: line + 2, windows1252: line % 97 == 3)
                let fast = converter.row(record)
                let naive = Self.naiveRow(converter, record)
                #expect(fast == naive, "record \(cells.map(\.debugDescription))")
                if fast.values.contains(where: { $0.hasPrefix("e:") || $0.contains("[email") }) { changed += 1 }
            }
        }
        #expect(changed > 100, "the random records exercise e-mail keys and redaction")
    }

    /// A record of `cells` as the tokenizer builds it (optionally with a byte that makes it Windows-1252).
    static func record(_ cells: [String], line: Int, windows1252: Bool) -> CSVRecord {
        var bytes: [UInt8] = []
        var ends: [Int] = []
        for (index, cell) in cells.enumerated() {
            bytes += Array(cell.utf8)
            if windows1252 && index == 2 { bytes.append(0xE9) }
            ends.append(bytes.count)
        }
        let raw = Array(cells.joined(separator: ",").utf8) + (windows1252 ? [0xE9] : [])
        return CSVRecord(line: line, fieldBytes: bytes, fieldEnds: ends, rawBytes: raw, strayQuote: nil)
    }

    @Test func shortcutsMatchTheirNaiveForms() throws {
        _ = try InstallationSecret.require()
        var generator = SystemRandomNumberGenerator()
        var cells = Self.edgeCells
        for _ in 0..<20000 { cells.append(Self.randomCell(&generator)) }
        for cell in cells {
            #expect(ValueParsing.isMissing(cell) == Self.naiveIsMissing(cell), "\(cell.debugDescription)")
            #expect(EmailKey.hash(cell) == Self.naiveKey(cell), "\(cell.debugDescription)")
            #expect(EmailRedaction.redact(cell) == EmailRedaction.redactScalars(cell), "\(cell.debugDescription)")
            #expect(
                (ASCIIFastPath.trimmed(cell) ?? Self.naiveTrim(cell)) == Self.naiveTrim(cell),
                "\(cell.debugDescription)")
            #expect(CreatorRowConverter.endsWithPercent(cell) == cell.hasSuffix("%"), "\(cell.debugDescription)")
        }
        #expect(EmailKey.hash(" A@B.CO ") == Self.naiveKey("a@b.co"))
        #expect(EmailKey.hash("a@b.co") != "")
        #expect(ValueParsing.isMissing("ｎ／ａ") && ValueParsing.isMissing(" — ") && !ValueParsing.isMissing("彩"))
    }

    /// Trimming stops at a non-ASCII scalar without NSString exactly when Foundation would: the set Foundation trims
    /// is the Unicode White_Space property and U+200B, checked for every scalar of the first three planes (at either
    /// end) and every assigned one above.
    @Test func trimmingAgreesWithFoundationForEveryScalar() {
        for value in UInt32(0x80)...0x10_FFFF {
            guard let scalar = Unicode.Scalar(value),
                value < 0x3_0000 || ![.unassigned, .privateUse].contains(scalar.properties.generalCategory)
            else { continue }
            for cell in value < 0x3_0000 ? [" \(scalar)x ", "x\(scalar)"] : ["\(scalar)"] {
                let expected = Self.naiveTrim(cell)
                if let fast = ASCIIFastPath.trimmed(cell), fast != expected {
                    Issue.record("U+\(String(value, radix: 16)) in \(cell.debugDescription)")
                }
            }
        }
    }

    @Test func rowsWrittenFieldByFieldAreTheSameBytes() {
        var generator = SystemRandomNumberGenerator()
        for safe in [false, true] {
            var whole = CSVWriter(spreadsheetSafe: safe)
            var byField = CSVWriter(spreadsheetSafe: safe)
            for _ in 0..<2000 {
                let row = (0..<Int.random(in: 1...6, using: &generator)).map { _ in
                    Self.randomCell(&generator) + ["", ",", "\"", ";", "=1", " "].randomElement(using: &generator)!
                }
                whole.write(row)
                for (index, field) in row.enumerated() { byField.write(field: field, first: index == 0) }
                byField.endRecord()
            }
            #expect(whole.bytes == byField.bytes)
        }
    }
}
