import Foundation
import Testing

@testable import ScoutCore

/// The byte-level shortcuts must agree with the Foundation and standard-library calls they replace.
@Suite struct IngestFastPathTests {
    static let cells = [
        "", " ", "\t", "\r\n", "abc", " abc ", "\tabc\n", "n/a", " N/A' ", "'12345", "''", "' ' x '", "'", " ' ",
        "12,345", "\u{3000}12\u{3000}", " café ", "café", "é ", " \u{301}x", "x\u{301}", "\u{A0}n/a", "–", " — ",
        "#VALOR!",
        "ｎ／ａ", "１２３", "'N/A", "x\u{85}", "\u{2028}y", "\u{0B}v\u{0C}", "日焼け止め ", " 🔥",
    ]

    @Test func trimmingMatchesFoundation() {
        for cell in Self.cells {
            let expected = cell.trimmingCharacters(in: .whitespacesAndNewlines)
            #expect((ASCIIFastPath.trimmed(cell) ?? expected) == expected, "cell \(cell.debugDescription)")
        }
        for cell in Self.cells where cell.utf8.allSatisfy({ $0 < 0x80 }) {
            #expect(
                ASCIIFastPath.trimmedIfASCII(cell) == cell.trimmingCharacters(in: .whitespacesAndNewlines),
                "cell \(cell.debugDescription)")
        }
        #expect(ASCIIFastPath.trimmedIfASCII(" café") == nil)
        #expect(ASCIIFastPath.trimmed(" abc ") == "abc")
        #expect(ASCIIFastPath.trimmed("\u{3000}x") == nil)
    }

    @Test func cleaningMatchesTheUnicodePath() {
        for cell in Self.cells {
            var value = cell.precomposedStringWithCompatibilityMapping.trimmingCharacters(in: .whitespacesAndNewlines)
            while value.hasSuffix("'") || value.hasPrefix("'") {
                value = value.hasSuffix("'") ? String(value.dropLast()) : String(value.dropFirst())
                value = value.trimmingCharacters(in: .whitespaces)
            }
            #expect(ValueParsing.cleaned(cell) == value, "cell \(cell.debugDescription)")
        }
        #expect(ASCIIFastPath.cleaned(" 'N/A' ") == "N/A")
        #expect(ASCIIFastPath.cleaned("café") == nil)
    }

    @Test func plainNumbersParseAsBefore() {
        #expect(ValueParsing.count("12345") == .value(12345))
        #expect(ValueParsing.count(" 007 ") == .value(7))
        #expect(ValueParsing.count("1.500") == .value(1500), "a lone dot before three digits still groups thousands")
        #expect(ValueParsing.count("1.5") == .value(1.5))
        #expect(ValueParsing.rate("0.0534", percentColumn: false) == .value(0.0534))
        #expect(ValueParsing.rate("3.4", percentColumn: true) == .value(0.034))
        #expect(ValueParsing.rate("12", percentColumn: false) == .invalid)
        #expect(ValueParsing.rate(".", percentColumn: false) == .invalid)
        #expect(ASCIIFastPath.plainNumber("1.2.3", allowDot: true) == nil)
        #expect(ASCIIFastPath.plainNumber("1,5", allowDot: true) == nil)
    }

    @Test func utf8ValidationMatchesTheStandardLibrary() {
        var samples: [[UInt8]] = Self.cells.map { Array($0.utf8) }
        samples += [
            [0xC0, 0x80], [0xC1, 0xBF], [0xC2, 0x80], [0xE0, 0x9F, 0x80], [0xE0, 0xA0, 0x80], [0xED, 0xA0, 0x80],
            [0xED, 0x9F, 0xBF],
            [0xEF, 0xBF, 0xBF], [0xF0, 0x8F, 0xBF, 0xBF], [0xF0, 0x90, 0x80, 0x80], [0xF4, 0x8F, 0xBF, 0xBF],
            [0xF4, 0x90, 0x80, 0x80],
            [0xF5, 0x80, 0x80, 0x80], [0xFF], [0x80], [0xE2, 0x82], [0x63, 0x61, 0x66, 0xE9],
            Array("abcdefgh\u{E9}ijklmnop".utf8) + [0xE9],
            Array("0123456789abcdef".utf8) + [0xE3, 0x81],
        ]
        for sample in samples {
            #expect(
                UTF8Validation.isValid(sample) == (String(validating: sample, as: UTF8.self) != nil), "bytes \(sample)")
        }
    }
}
