import Foundation
import Testing

@testable import ScoutCore

/// The byte-level shortcuts normalisation uses must give exactly what the general code they stand in for gives.
@Suite struct NormalizeFastPathTests {
    /// Hand-picked cells plus seeded random ASCII text over the characters these functions look at.
    static let cells: [String] = {
        var cells = [
            "", " ", "\t", "\r\n", "a\r\nb", "#vegan #food, skincare", "##a|b;c ,,", " #  ", "Food | Travel ; Tech,",
            "n/a, x",
            "https://www.instagram.com/Name/", "instagram.com/name?hl=en", "youtube.com/@name", "WWW.tiktok.com/@A#x",
            "http://x",
            "a://b://c", "://", "/", "//", "instagram.com", ".instagram.com.", "a..b", "sub.YouTube.COM", "x.com/",
            "HTTPS://X.COM/a",
            "1,234", "1.234", "12,5", "0,500", "1.234.567", "1,2,3", "1.234,56", "12 345", "1'234", ",5", "5,", ".",
            "-", "-1,5", "",
            "US", "uk", "Uk", "DE ", "U2", "Ｕ", "café", "R$ 100", "us$5", "EUR 3", "日本", "\u{301}/",
        ]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        let alphabet = Array("aZ09./:@#?%, |;\t\n\r'-_wWhHtTpPsS")
        for _ in 0..<3000 {
            var cell = ""
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            for _ in 0..<Int(state >> 60) {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                cell.append(alphabet[Int(state >> 33) % alphabet.count])
            }
            cells.append(cell)
        }
        return cells
    }()

    static var asciiCells: [String] { cells.filter { $0.utf8.allSatisfy { $0 < 0x80 } } }

    @Test func hashtagsAndListsSplitAsOnCharacters() {
        for cell in Self.asciiCells {
            let general = cell.split(whereSeparator: { $0.isWhitespace || $0 == "," || $0 == "|" || $0 == ";" })
                .map { $0.drop(while: { $0 == "#" }).lowercased() }.filter { !$0.isEmpty }
            #expect(ASCIIFastPath.hashtags(cell) == general, "cell \(cell.debugDescription)")
            if let fast = ASCIIFastPath.list(cell) {
                #expect(fast == BriefReader.list(cell), "cell \(cell.debugDescription)")
            }
        }
        #expect(ASCIIFastPath.list("a\r\nb") == nil)
        #expect(ASCIIFastPath.hashtags("#café") == nil)
        #expect(AccountNormalizer.hashtags("#Vegan #FOOD, skin|care") == ["vegan", "food", "skin", "care"])
        #expect(AccountNormalizer.list(" Food | n/a ; Travel,") == ["Food", "Travel"])
    }

    @Test func urlPiecesMatchTheStringCode() {
        for cell in Self.asciiCells {
            #expect(ASCIIFastPath.urlParts(cell) == HandleParsing.urlParts(cell), "cell \(cell.debugDescription)")
            let lower = cell.lowercased()
            var looks = lower.hasPrefix("http://") || lower.hasPrefix("https://") || lower.hasPrefix("www.")
            if !looks, let slash = lower.firstIndex(of: "/") { looks = Platform(host: String(lower[..<slash])) != nil }
            #expect(ASCIIFastPath.looksLikeURL(cell) == looks, "cell \(cell.debugDescription)")
            let parts = cell.lowercased().split(separator: ".")
            let domain = parts.count >= 2 ? parts.suffix(2).joined(separator: ".") : nil
            #expect(ASCIIFastPath.registrableDomain(cell) == .some(domain), "cell \(cell.debugDescription)")
            #expect(ASCIIFastPath.lettersAndDigits(cell) == cell.lowercased().filter { $0.isLetter || $0.isNumber })
        }
        #expect(
            HandleParsing.parse("https://www.youtube.com/channel/UCabc/")
                == ParsedHandle(handle: "ucabc", platform: .youtube, platformID: "UCabc"))
        #expect(HandleParsing.parse("instagram.com/Na%20me") == ParsedHandle(handle: "na me", platform: .instagram))
        #expect(HandleParsing.parse(" @Some  Name ") == ParsedHandle(handle: "some name"))
        #expect(Platform(host: "M.YouTube.com") == .youtube)
        #expect(Platform(parsing: "Tik-Tok") == .tiktok)
    }

    @Test func numbersAndTrimmingMatchTheGeneralCode() {
        for cell in Self.cells {
            for hasSuffix in [false, true] {
                let expected = ValueParsing.generalDecimal(cell, hasSuffix: hasSuffix)
                #expect(ValueParsing.decimal(cell, hasSuffix: hasSuffix) == expected, "cell \(cell.debugDescription)")
            }
            if let fast = ASCIIFastPath.trimmedSpaces(cell) {
                #expect(fast == cell.trimmingCharacters(in: .whitespaces))
            }
            for marker in ["$", "R$", "USD", "/", "A."] where ASCIIFastPath.asciiCells(cell) {
                #expect(ASCIIFastPath.containsBytes(cell.uppercased(), marker) == cell.uppercased().contains(marker))
            }
        }
        #expect(ValueParsing.count("12,5K") == .value(12_500))
        #expect(ValueParsing.count("1.234") == .value(1234))
        // Before a multiplier a lone comma is the decimal mark: 1.5 thousand.
        #expect(ValueParsing.count("$1,500 k.") == .value(1_500))
        #expect(ValueParsing.rate("3,4 %", percentColumn: false) == .value(0.034))
        #expect(AccountNormalizer.currency(in: "R$ 100") == "BRL")
        #expect(AccountNormalizer.currency(in: "$250") == "USD")
        #expect(AccountNormalizer.currency(in: "180 eur") == "EUR")
        #expect(AccountNormalizer.currency(in: "") == "")
    }

    @Test func codesAndEmailKeys() {
        #expect(Locales.countryCode("uk") == "GB")
        #expect(Locales.countryCode("Us") == "US")
        #expect(Locales.countryCode("U.S.A.") == "US")
        #expect(Locales.languageCode("EN") == "en")
        #expect(EmailKey.hash(" Someone@Example.com\n") == EmailKey.hash("someone@example.com"))
        #expect(EmailKey.hash("  ") == "")
        #expect(HandleParsing.collapseSpaces("a  b\tc") == "a b c")
        #expect(HandleParsing.collapseSpaces("plain") == "plain")
    }

    @Test func fieldOrdinalsFollowTheDeclarationOrder() {
        for (index, field) in CreatorField.allCases.enumerated() { #expect(field.ordinal == index, "\(field)") }
    }
}

extension ASCIIFastPath {
    static func asciiCells(_ text: String) -> Bool { text.utf8.allSatisfy { $0 < 0x80 } }
}
