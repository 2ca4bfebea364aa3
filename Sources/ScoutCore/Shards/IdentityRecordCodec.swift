/// `keys.csv` in an ingest shard's folder: one `IdentityRecord` per accepted row, in the shard's row order, the
/// row named by its file's index in the plan and its line.
enum IdentityRecordCodec {
    static let header = [
        "file", "line", "id", "platform_id", "profile", "as_of", "followers", "display_name", "email_hash",
        "website", "bio", "has_bio",
    ]

    static func write(_ records: [(file: Int, record: IdentityRecord)], to path: String) throws {
        try ParallelTableWriter.write(path, header: header, count: records.count) { i in
            let (file, r) = records[i]
            return [
                String(file), String(r.source.line), r.id, r.platformID, r.profileKey ?? "", r.asOf,
                String(r.followers),
                r.displayName, r.emailHash, r.website, r.bio, r.hasBio ? "1" : "0",
            ]
        }
    }

    /// The records of `path`, each with its file's index; `paths[i]` is the path of file `i`.
    /// - Throws: `ScoutError.badIntermediate` for a row that cannot be read.
    static func read(_ path: String, paths: [String]) throws -> [(file: Int, record: IdentityRecord)] {
        try StageTableReader.read(path, required: header) { records, c in
            records.map { r -> Result<(file: Int, record: IdentityRecord), any Error> in
                func bad(_ what: String) -> Result<(file: Int, record: IdentityRecord), any Error> {
                    .failure(ScoutError.badIntermediate(path: "\(path):\(r.line)", reason: what))
                }
                let id = r[c[2]]
                guard let file = Int(r[c[0]]), paths.indices.contains(file) else {
                    return bad("file '\(r[c[0]])' is not in the plan")
                }
                guard let line = Int(r[c[1]]), let followers = Int(r[c[6]]) else { return bad("bad line or followers") }
                guard let colon = id.firstIndex(of: ":"), let platform = Platform(rawValue: String(id[..<colon])) else {
                    return bad("bad account id '\(id)'")
                }
                let profile = r[c[4]]
                return .success(
                    (
                        file,
                        IdentityRecord(
                            id: id, platform: platform, platformID: r[c[3]],
                            profileKey: profile.isEmpty ? nil : profile, asOf: r[c[5]],
                            followers: followers, displayName: r[c[7]], emailHash: r[c[8]], website: r[c[9]],
                            bio: r[c[10]],
                            hasBio: r[c[11]] == "1", source: SourceRef(file: paths[file], line: line))
                    ))
            }
        }.values
    }
}
