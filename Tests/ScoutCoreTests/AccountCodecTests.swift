import Foundation
import Testing

@testable import ScoutCore

/// `accounts.csv` is read on every core in batches; the result and the errors must be those of reading it row by row.
@Suite struct AccountCodecTests {
    static func account(_ i: Int) -> CreatorAccount {
        var a = CreatorAccount(platform: i % 3 == 0 ? .tiktok : .instagram, handle: "creator\(i)", followers: 1000 + i)
        a.bio = i % 5 == 0 ? "line one\nline \"two\", café" : "bio \(i)"
        a.hashtags = ["#a\(i)", "#b"]
        a.avgLikes = i % 2 == 0 ? Double(i) / 4 : nil
        a.estCost = i % 7 == 0 ? 120.5 : nil
        a.currency = i % 7 == 0 ? "EUR" : ""
        a.sources = [SourceRef(file: "exports/x:y.csv", line: i + 2)]
        a.personID = "p:instagram:creator\(i - i % 2)"
        return a
    }

    @Test func roundTripAcrossBatches() throws {
        let accounts = (0..<(StageTableReader.batchSize + 37)).map(Self.account)
        let path = Fixtures.temporaryDirectory() + "/accounts.csv"
        try AccountCodec.write(accounts, to: path)
        let read = try AccountCodec.read(path)
        #expect(read.count == accounts.count)
        #expect(read.map(\.id) == accounts.map(\.id))
        #expect(read.map(\.bio) == accounts.map(\.bio))
        #expect(read.map(\.avgLikes) == accounts.map(\.avgLikes))
        #expect(read.map(\.sources) == accounts.map(\.sources))
        #expect(read.map(\.personID) == accounts.map(\.personID))
    }

    /// Accounts written field by field (`AccountCodec.encode`, what `write` uses) give the bytes of writing each
    /// account's `row` as one record: quoting, lists, several sources, every optional value set and not.
    @Test func encodedAccountsAreTheirRows() {
        for i in 0..<500 {
            var a = Self.account(i)
            if i % 4 == 0 {
                a.niches = ["beauty", "food, travel"]
                a.brandMentions = ["A"]
                a.sources.append(SourceRef(file: "b.csv", line: i))
                a.audience.female = 0.5
                a.audience.ages[2] = 0.25
                a.following = i
                a.statedEngagementRate = 0.031
            }
            var rowWriter = CSVWriter(spreadsheetSafe: false)
            rowWriter.write(AccountCodec.row(a))
            var fieldWriter = CSVWriter(spreadsheetSafe: false)
            AccountCodec.encode(a, into: &fieldWriter)
            #expect(fieldWriter.bytes == rowWriter.bytes, "account \(i)")
            #expect(AccountCodec.row(a).count == AccountCodec.header.count)
        }
    }

    @Test func firstBadRowInFileOrderIsReported() throws {
        var accounts = (0..<(StageTableReader.batchSize + 100)).map(Self.account)
        accounts[5].followers = 7
        let path = Fixtures.temporaryDirectory() + "/accounts.csv"
        try AccountCodec.write(accounts, to: path)
        var text = try String(contentsOfFile: path, encoding: .utf8)
        // Two bad rows in different decoding batches (row 6 and the last row): the first in the file is reported.
        text = text.replacingOccurrences(
            of: "instagram:creator5,instagram,creator5,,,,7,", with: "instagram:creator5,instagram,creator5,,,,many,")
        let last = "creator\(accounts.count - 1)"
        let rowOfLast = text.split(separator: "\n").first {
            $0.hasPrefix("instagram:\(last),") || $0.hasPrefix("tiktok:\(last),")
        }!
        text = text.replacingOccurrences(
            of: rowOfLast, with: rowOfLast.replacingOccurrences(of: ",\(1000 + accounts.count - 1),", with: ",lots,"))
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        #expect(throws: ScoutError.self) { try AccountCodec.read(path) }
        do {
            _ = try AccountCodec.read(path)
            Issue.record("expected an error")
        } catch {
            #expect("\(error)".contains("bad account row instagram:creator5"), "\(error)")
        }
    }
}
