import Foundation
import Testing

@testable import ScoutCore

/// Reading a file gives the same records, reports and counts whatever the read block size (issue 15, item 4).
struct BlockSizeIndependenceTests {
    /// Everything a read produces, in a comparable form.
    struct Reading: Equatable, CustomStringConvertible {
        var records: [String] = []
        var info: [String] = []

        var description: String { (info + records).joined(separator: "\n") }
    }

    static func reading(_ path: String, blockSize: Int) throws -> Reading {
        var result = Reading()
        let info = try CSVFileReader.read(path: path, blockSize: blockSize) { record in
            result.records.append(
                "record line \(record.line) fields \(record.fields) raw \(Array(record.rawBytes)) stray \(String(describing: record.strayQuote))"
            )
        } onMalformedRecord: { issue in
            result.records.append(
                "malformed \(issue.kind) line \(issue.line) at \(issue.position) raw \(issue.rawBytes) bytes \(issue.byteCount)"
            )
        }
        result.info = [
            "encoding \(info.encodingSummary)", "delimiter \(info.delimiter)", "records \(info.records)",
            "line endings \(info.lineEndings)", "blank \(info.blankLines)", "lines \(info.lines)",
            "bytes \(info.bytes)",
            "odd byte \(info.oddTrailingByte)",
        ]
        return result
    }

    static let blockSizes = [1, 2, 3, 5, 7, 16, 64, 1000]

    /// Every CSV fixture of the repository plus the adversarial cases below.
    static let corpus: [String] =
        Fixtures.files(in: "conformance", withExtension: "csv")
        + Fixtures.files(in: "conformance/errors", withExtension: "csv")
        + Fixtures.files(in: "exports", withExtension: "csv")
        + adversarial.enumerated().map { Fixtures.temporaryFile($0.element, name: "adversarial-\($0.offset).csv") }

    static let adversarial: [[UInt8]] =
        [
            "a,b\n\"ab\"c,d\n3,4\n", "a,b\r\n\"ab\"cdef,ghi\r\n3,4\r\n", "h,size\nbob,5'11\"\nann,6'\n",
            "platform,handle,followers,bio,city\ninstagram,tall.guy,1000,5'11\" runner,\"Austin\ninstagram,a,1,b,c\ninstagram,d,2,e,f\n",
            "a,b,c\n1,\"open,x\n2,y,z\n3,y,z\n4,\"q\"uoted,z\n5,y,z\n", "a,b,c\n1,\"open,x\n2,y,z\nend\",z\n3,y,z\n",
            "a,b\n\"x\r\ny\",2\r\n\r\nlast,3", "a;b;c\n1;2;3\n\"x;y\";2;3\n", "a,b\n1,\"never closed\n2,3\n",
            "a,b\n\"\"\"\n\"\"\"\n",
            "a,b\n1,\"x\"\"\"y\n2,3\n", "\"a\nb\",c\n1,2\n", "a,b\n,\"\n\"\n,\n", "a,b\n1,2\r\r\n\n3,4",
        ].map { Array($0.utf8) } + [
            [0xEF, 0xBB, 0xBF] + Array("a,b\n1,2\n".utf8),
            [0xFF, 0xFE] + Array("a\0,\0b\0\n\0\"\0x\0\n\0".utf8) + [0x41],
            Array("h1,h2\nJos\u{E9},caf\u{E9}\n".utf8) + [0x4A, 0xE9, 0x2C, 0x31, 0x0A],
        ]

    @Test(arguments: corpus)
    func sameResultForEveryBlockSize(_ path: String) throws {
        let whole = try Self.reading(path, blockSize: 1 << 20)
        for blockSize in Self.blockSizes {
            let split = try Self.reading(path, blockSize: blockSize)
            #expect(split == whole, "\(path) with \(blockSize)-byte blocks:\n\(split)\n--- vs whole:\n\(whole)")
        }
    }

    /// Random files built from the bytes that matter to a CSV reader, read with random block sizes.
    @Test func randomInputsGiveTheSameResultForEveryBlockSize() throws {
        var random = ScoringEngineTests.SeededRandom(state: 15)
        let alphabet = Array("ab,;\"\"\n\r \t'x".utf8) + [0xC3, 0xA9, 0x00]
        for round in 0..<300 {
            let length = random.int(0..<121)
            let bytes = (0..<length).map { _ in random.pick(alphabet) }
            let path = Fixtures.temporaryFile(bytes, name: "random-\(round).csv")
            let whole = try Self.reading(path, blockSize: 1 << 20)
            for blockSize in [1, 2, 3, random.int(4..<41)] {
                let split = try Self.reading(path, blockSize: blockSize)
                #expect(split == whole, "bytes \(bytes) with \(blockSize)-byte blocks")
            }
        }
    }
}
