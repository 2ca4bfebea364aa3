import Foundation
import Testing

@testable import ScoutCore

/// Measures how the history database grows per night for 100k creators (docs/nightly.md, "Size and retention").
/// Off by default (slow); run with `SCOUT_MEASURE_HISTORY=1 swift test --filter HistorySizeTests`.
struct HistorySizeTests {
    static func fileSize(_ path: String) -> Int {
        ["", "-wal"].map { (try? FileManager.default.attributesOfItem(atPath: path + $0)[.size] as? Int) ?? 0 }.reduce(
            0, +)
    }

    @Test(.enabled(if: ProcessInfo.processInfo.environment["SCOUT_MEASURE_HISTORY"] != nil))
    func hundredThousandCreatorsPerNight() throws {
        let path = Fixtures.temporaryDirectory() + "/history.sqlite"
        let store = try HistoryStore(path: path)
        let platforms = ["instagram", "tiktok", "youtube"]
        var sizes: [Int] = []
        for night in 1...5 {
            let seq = try store.sequence(of: "2026-11-\(20 + night)", recordedAt: "2026-11-\(20 + night)T02:30:00Z")
            let snapshots = (0..<100_000).map { i in
                CreatorSnapshot(
                    accountID: "\(platforms[i % 3]):creator.handle_\(i)",
                    followers: 1_000 + (i * 37 + night * 11) % 90_000,
                    engagementRate: Double((i * 13 + night) % 900) / 10_000)
            }
            let shortlists = (0..<20).flatMap { brief in
                (1...20).map {
                    ShortlistEntry(
                        briefID: "brief-\(brief)", rank: $0,
                        accountID: "instagram:creator.handle_\(brief * 97 + $0 * 3)", score: 0.5)
                }
            }
            let start = Date()
            try store.record(seq: seq, snapshots: snapshots, shortlists: shortlists)
            try store.database.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            sizes.append(Self.fileSize(path))
            print(
                "history: night \(night): \(sizes.last!) bytes, recorded in \(String(format: "%.2f", Date().timeIntervalSince(start)))s"
            )
        }
        let perNight = (sizes[4] - sizes[1]) / 3
        print(
            "history: first night \(sizes[0]) bytes; each further night +\(perNight) bytes (~\(perNight / 100_000) bytes per creator)"
        )
        #expect(perNight > 0)
    }
}
