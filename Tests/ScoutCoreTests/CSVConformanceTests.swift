import Foundation
import Testing

@testable import ScoutCore

/// The parser against the conformance corpus in Tests/Fixtures/conformance (exact expected fields per case).
struct CSVConformanceTests {
    static let cases = Fixtures.files(in: "conformance", withExtension: "csv")

    @Test func corpusIsPresent() {
        #expect(Self.cases.count >= 30)
    }

    @Test(arguments: cases)
    func caseMatchesExpectedRecords(_ path: String) throws {
        let expectedData = try Data(contentsOf: URL(fileURLWithPath: String(path.dropLast(4)) + ".json"))
        let expected = try JSONDecoder().decode([[String]].self, from: expectedData)
        let (records, unterminated, _) = try Fixtures.records(path)
        #expect(unterminated.isEmpty)
        // Compare bytes, not Characters: NFD vs NFC and CRLF inside quotes must survive exactly.
        #expect(records.map { $0.map { Array($0.utf8) } } == expected.map { $0.map { Array($0.utf8) } }, "\(path)")
    }

    @Test func unterminatedQuoteAtEndOfFileIsReportedNotGlued() throws {
        let (records, unterminated, _) = try Fixtures.records(
            Fixtures.path("conformance/errors/unterminated_quote_eof.csv"))
        #expect(unterminated.count == 1)
        #expect(unterminated.first?.line == 3)
        #expect(unterminated.first?.column == 8)
        #expect(records.allSatisfy { record in !record.contains { $0.contains("\n") } })
    }

    @Test func unterminatedQuoteInTheMiddleKeepsLaterLines() throws {
        let path = Fixtures.temporaryFile("a,b\n1,\"open\n2,x\n3,y\n")
        let (records, unterminated, _) = try Fixtures.records(path)
        #expect(unterminated.map(\.line) == [2])
        #expect(records == [["a", "b"], ["2", "x"], ["3", "y"]])
    }

    @Test func textAfterClosingQuoteIsReportedAndTheNextLineParsed() throws {
        let path = Fixtures.temporaryFile("a,b\n\"ab\"c,d\n3,4\n")
        let (records, malformed, _) = try Fixtures.records(path)
        #expect(records == [["a", "b"], ["3", "4"]])
        #expect(malformed.map(\.kind) == [.textAfterClosingQuote])
        #expect(malformed.first?.position == CSVPosition(line: 2, column: 5))
        #expect(malformed.first?.rawText == "\"ab\"c,d")
    }

    @Test func quoteInsideAnUnquotedFieldIsLiteralAndMarked() throws {
        let path = Fixtures.temporaryFile("h,size\nbob,5'11\"\nann,6'\n")
        var marks: [CSVPosition?] = []
        var fields: [[String]] = []
        _ = try CSVFileReader.read(path: path) {
            marks.append($0.strayQuote)
            fields.append($0.fields)
        }
        #expect(fields == [["h", "size"], ["bob", "5'11\""], ["ann", "6'"]])
        #expect(marks == [nil, CSVPosition(line: 2, column: 9), nil])
    }

    @Test func rawBytesAndLinesOfMultilineRecords() throws {
        let path = Fixtures.temporaryFile("h1,h2\r\n\"x\r\ny\",2\r\n\r\nlast,3")
        var seen: [(Int, String)] = []
        let info = try CSVFileReader.read(path: path) { seen.append(($0.line, $0.rawText)) }
        #expect(seen.map(\.0) == [1, 2, 5])
        #expect(seen[1].1 == "\"x\r\ny\",2")
        #expect(info.blankLines == 1)
        #expect(info.lineEndings.crlf == 4)
    }

    @Test func blocksSplitAnywhereGiveTheSameRecords() throws {
        let text = "a,b,c\r\n\"q,1\",\"multi\r\nline\",3\n\"x\"\"y\",,\r4,5,6"
        let path = Fixtures.temporaryFile(text)
        let whole = try Fixtures.records(path).records
        for blockSize in [1, 2, 3, 7, 64] {
            var records: [[String]] = []
            _ = try CSVFileReader.read(path: path, blockSize: blockSize) { records.append($0.fields) }
            #expect(records == whole, "block size \(blockSize)")
        }
        #expect(whole == [["a", "b", "c"], ["q,1", "multi\r\nline", "3"], ["x\"y", "", ""], ["4", "5", "6"]])
    }
}

/// Encodings: byte-order marks, UTF-16 without one, and the Windows-1252 fallback.
struct CSVEncodingTests {
    static func utf16(_ text: String, bigEndian: Bool, bom: Bool) -> [UInt8] {
        var bytes: [UInt8] = bom ? (bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]) : []
        for unit in text.utf16 {
            let pair = [UInt8(unit & 0xFF), UInt8(unit >> 8)]
            bytes += bigEndian ? pair.reversed() : pair
        }
        return bytes
    }

    @Test(arguments: [(false, true), (true, true), (false, false), (true, false)])
    func utf16IsTranscoded(_ bigEndian: Bool, _ bom: Bool) throws {
        let text = "handle\tfollowers\tbio\r\nyui\t12.5K\t日焼け止め 🌞\r\n"
        let path = Fixtures.temporaryFile(Self.utf16(text, bigEndian: bigEndian, bom: bom))
        let (records, _, info) = try Fixtures.records(path)
        #expect(info.encoding == (bigEndian ? "utf-16be" : "utf-16le"))
        #expect(info.delimiter == 0x09)
        #expect(records == [["handle", "followers", "bio"], ["yui", "12.5K", "日焼け止め 🌞"]])
    }

    @Test func utf16SurrogatePairsSurviveBlockBoundaries() throws {
        let text = "a,b\n" + String(repeating: "🌞x,😀\n", count: 50)
        let path = Fixtures.temporaryFile(Self.utf16(text, bigEndian: false, bom: true))
        for blockSize in [3, 5, 7, 64] {
            var records: [[String]] = []
            _ = try CSVFileReader.read(path: path, blockSize: blockSize) { records.append($0.fields) }
            #expect(records.count == 51)
            #expect(records.dropFirst().allSatisfy { $0 == ["🌞x", "😀"] }, "block size \(blockSize)")
        }
    }

    @Test func invalidUTF8IsReadAsWindows1252AndReported() throws {
        let bytes: [UInt8] =
            Array("name,price\n".utf8) + [0x4A, 0x6F, 0x73, 0xE9, 0x2C, 0x80, 0x35, 0x0A] + Array("ok,1\n".utf8)
        let path = Fixtures.temporaryFile(bytes)
        let (records, _, info) = try Fixtures.records(path)
        #expect(records[1] == ["José", "€5"])
        #expect(info.windows1252Records == 1)
        #expect(info.firstWindows1252Line == 2)
        #expect(info.encodingSummary.contains("Windows-1252"))
    }

    @Test func bomIsStrippedAndDelimitersDetected() throws {
        let semicolon = Fixtures.temporaryFile([0xEF, 0xBB, 0xBF] + Array("a;b;\"c;d\"\n1;2;3\n".utf8))
        let (records, _, info) = try Fixtures.records(semicolon)
        #expect(info.encoding == "utf-8-bom")
        #expect(info.delimiterName == "semicolon")
        #expect(records == [["a", "b", "c;d"], ["1", "2", "3"]])
    }
}
