/// `snapshots.csv` in a score shard's folder (only with history): every account's followers and engagement rate
/// tonight and its person, which the merge step records in the history database as one process does.
enum SnapshotCodec {
    static let header = ["creator_id", "followers", "engagement_rate", "person"]

    static func write(_ snapshots: [CreatorSnapshot], to path: String) throws {
        try ParallelTableWriter.write(path, header: header, count: snapshots.count) { i in
            [
                snapshots[i].accountID, String(snapshots[i].followers),
                snapshots[i].engagementRate.map(ExactDouble.text) ?? "", snapshots[i].person,
            ]
        }
    }

    static func read(_ path: String) throws -> [CreatorSnapshot] {
        try StageTableReader.read(path, required: header) { records, c in
            records.map { r in
                let rate = r[c[2]]
                guard let followers = Int(r[c[1]]), rate.isEmpty || ExactDouble.value(rate) != nil else {
                    return .failure(
                        ScoutError.badIntermediate(path: "\(path):\(r.line)", reason: "bad snapshot row for \(r[c[0]])")
                    )
                }
                return .success(
                    CreatorSnapshot(
                        accountID: r[c[0]], followers: followers, engagementRate: ExactDouble.value(rate),
                        person: r[c[3]]))
            }
        }.values
    }
}
