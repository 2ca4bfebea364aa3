import Foundation
import Testing

@testable import ScoutCore

/// The large-input machinery of normalisation: ordered parallel maps, index permutations, id lookups, and
/// the streaming readers and writers of the intermediate files.
@Suite struct NormalizeScaleTests {
    @Test func parallelMapKeepsInputOrder() {
        for count in [0, 1, 1023, 1025, 50_000] {
            #expect(OrderedParallelMap.map(count) { $0 * 3 + 1 } == (0..<count).map { $0 * 3 + 1 }, "count \(count)")
        }
        let chunks = OrderedParallelMap.chunks(10_000, minimumChunk: 1024)
        #expect(chunks.first?.lowerBound == 0 && chunks.last?.upperBound == 10_000)
        #expect(zip(chunks, chunks.dropFirst()).allSatisfy { $0.upperBound == $1.lowerBound })
    }

    @Test func chunksAreJoinedByMovingInOrder() {
        var chunks = [["a", "b"], [], ["c" + String(repeating: "x", count: 40)], ["d"]]
        let joined = ChunkConcatenation.moveJoin(&chunks, filler: "")
        #expect(joined == ["a", "b", "c" + String(repeating: "x", count: 40), "d"])
        #expect(chunks.allSatisfy { $0.isEmpty })
        var none: [[Int]] = []
        #expect(ChunkConcatenation.moveJoin(&none, filler: 0).isEmpty)
    }

    @Test func elementsAreMovedOutAndAppendedInOrder() {
        var elements = (0..<10).map { "e\($0)" + String(repeating: "x", count: $0 * 5) }
        let original = elements
        let moved = ChunkConcatenation.moveOut(3..<7, of: &elements, filler: "")
        #expect(moved == Array(original[3..<7]))
        #expect(elements == Array(original[..<3]) + ["", "", "", ""] + Array(original[7...]))
        var target = ["first"]
        var source = moved
        ChunkConcatenation.moveAppend(&source, to: &target, filler: "")
        #expect(target == ["first"] + Array(original[3..<7]))
        #expect(source.isEmpty)
    }

    @Test func keepSortedDropsAndOrdersInPlace() {
        var elements = ["d0", "b1", "x2", "a3", "b4"]
        let keys = ["d", "b", "x", "a", "b"]
        let sortedKeys = InPlacePermutation.keepSorted(&elements, keep: [true, true, false, true, true], by: keys)
        // Equal keys keep index order (b1 before b4); x2 is dropped.
        #expect(elements == ["a3", "b1", "b4", "d0"])
        #expect(sortedKeys == ["a", "b", "b", "d"])
        var permuted = ["a", "b", "c", "d"]
        InPlacePermutation.apply([2, 0, 3, 1], to: &permuted)
        #expect(permuted == ["c", "a", "d", "b"])
    }

    /// Re-sorting a presorted row order after some keys changed and some rows were dropped gives what sorting the
    /// kept rows by the new keys gives: random keys with many duplicates, changed keys moving anywhere.
    @Test func resortingAfterChangedKeysMatchesAFullSort() {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(state >> 33) % bound
        }
        for count in [0, 1, 2, 50, 3000] {
            let rowKeys = (0..<count).map { _ in "id\(next(max(1, count / 3)))" }
            let rowOrder = InPlacePermutation.sortedIndices(Array(rowKeys.indices), by: rowKeys)
            var keys = rowKeys
            var keep = [Bool](repeating: true, count: count)
            var changed: [Int] = []
            for index in 0..<count where next(4) == 0 {
                changed.append(index)
                keys[index] = next(2) == 0 ? "id\(next(max(1, count)))" : "zz\(next(5))"
                if next(3) == 0 { keep[index] = false }
            }
            for index in 0..<count where next(5) == 0 && !changed.contains(index) { keep[index] = false }
            let expected = InPlacePermutation.sortedIndices(keys.indices.filter { keep[$0] }, by: keys)
            let resorted = InPlacePermutation.resorted(rowOrder, keep: keep, changed: changed, keys: keys)
            #expect(resorted == expected, "count \(count)")
        }
    }

    @Test func parallelIndexSortMatchesAStableSort() {
        var state: UInt64 = 42
        let keys = (0..<40_000).map { _ -> String in
            state = state &* 6_364_136_223_846_793_005 &+ 1
            return "k" + String(state >> 52)  // many equal keys
        }
        let indices = Array(keys.indices.reversed())
        let expected = indices.sorted { (keys[$0], $0) < (keys[$1], $1) }
        #expect(InPlacePermutation.sortedIndices(indices, by: keys) == expected)
    }

    @Test func accountIndexFindsFirstPositions() {
        let sorted = AccountIndex(["a:1", "a:2", "b:1"])
        #expect(sorted["a:2"] == 1)
        #expect(sorted["b:0"] == nil)
        #expect(sorted["c"] == nil)
        let unsorted = AccountIndex(["b", "a", "b"])
        #expect(unsorted["b"] == 0)
        #expect(unsorted["a"] == 1)
        #expect(AccountIndex([])["x"] == nil)
    }

    /// Shuffled snapshots resolve to accounts sorted by id, with the newest snapshot's values and both sources.
    @Test func deduplicationSortsAndMergesWithoutCopyingOrder() {
        func account(_ handle: String, _ followers: Int, line: Int, asOf: String = "", url: String = "")
            -> CreatorAccount
        {
            var account = CreatorAccount(platform: .instagram, handle: handle, followers: followers)
            account.asOf = asOf
            account.profileURL = url
            account.sources = [SourceRef(file: "f.csv", line: line)]
            return account
        }
        let accounts = [
            account("zed", 5, line: 2), account("amy", 10, line: 3, asOf: "2026-01-01"),
            account("bob", 7, line: 4, url: "https://instagram.com/carl"),
            account("amy", 12, line: 5, asOf: "2026-02-01"),
            account("carl", 9, line: 6, url: "instagram.com/Carl/"),
        ]
        let resolution = AccountDeduplicator().resolve(accounts)
        #expect(resolution.accounts.map(\.id) == ["instagram:amy", "instagram:bob", "instagram:zed"])
        #expect(resolution.ids == resolution.accounts.map(\.id))
        #expect(resolution.accounts[0].followers == 12)
        #expect(resolution.accounts[0].sources.map(\.line) == [5, 3])
        // bob's and carl's profile URLs both name carl: one account, bob (the earlier row, no dates) survives.
        #expect(resolution.accounts[1].sources.map(\.line) == [4, 6])
        #expect(resolution.aliases == ["instagram:carl": "instagram:bob"])
        #expect(resolution.foldedSources.map(\.line).sorted() == [3, 6])
        #expect(resolution.merges.map(\.keptID) == ["instagram:amy", "instagram:bob"])
        #expect(resolution.merges[1].rules == [.sameProfileURL])
    }

    @Test func parallelWriterWritesWhatTheTableWriterWrites() throws {
        let rows = (0..<(ParallelTableWriter.batchSize + 777)).map { index -> [String] in
            [
                String(index), index % 5 == 0 ? "needs, quoting" : "plain", index % 7 == 0 ? " lead\"quote\n" : "",
                "日本\(index)",
            ]
        }
        let directory = Fixtures.temporaryDirectory()
        try IntermediateTable.write(directory + "/a.csv", header: ["n", "b", "c", "d"], rows: rows)
        try ParallelTableWriter.write(directory + "/b.csv", header: ["n", "b", "c", "d"], count: rows.count) {
            rows[$0]
        }
        let a = try #require(FileManager.default.contents(atPath: directory + "/a.csv"))
        let b = try #require(FileManager.default.contents(atPath: directory + "/b.csv"))
        #expect(a == b)
        try ParallelTableWriter.write(directory + "/empty.csv", header: ["x"], count: 0) { _ in [] }
        #expect(FileManager.default.contents(atPath: directory + "/empty.csv") == Data("x\n".utf8))
    }

    @Test func sourceRowsRoundTripAndReportErrors() throws {
        var rows = (0..<(SourceRowReader.batchSize + 10)).map { index -> SourceRow in
            var row = SourceRow(file: index < 20 ? "a.csv" : "b, c.csv", line: index + 2, raw: "raw \"\(index)\"\nnext")
            row[.handle] = "h\(index)"
            row[.bio] = index % 3 == 0 ? "" : "bio, with comma"
            return row
        }
        rows.append(SourceRow(file: "a.csv", line: 99, raw: ""))
        let path = Fixtures.temporaryDirectory() + "/rows.csv"
        try StageCodecs.writeRows(rows, to: path)
        #expect(try StageCodecs.readRows(path) == rows)

        let header = StageCodecs.rowHeader.joined(separator: ",")
        let blanks = String(repeating: ",", count: CreatorField.allCases.count)
        func failure(_ text: String) -> String? {
            do {
                _ = try StageCodecs.readRows(Fixtures.temporaryFile(text))
                return nil
            } catch { return "\(error)" }
        }
        #expect(failure(header + "\na.csv,x,raw" + blanks + "\n")?.contains("bad source_line 'x'") == true)
        #expect(failure(header + "\na.csv,2,raw\n")?.contains("line 2 has 3 fields") == true)
        #expect(failure("source_file,source_line\na,1\n")?.contains("missing column 'raw'") == true)
        #expect(failure("")?.contains("empty file") == true)
    }
}
