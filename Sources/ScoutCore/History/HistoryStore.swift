import Foundation

/// What Scout remembers across nights, on top of `HistoryDatabase`.
///
/// Nights are ordered by `seq`, assigned when a run id is first recorded and kept when the same run is re-run,
/// so a re-run only ever compares with earlier nights and produces the same outputs.
public final class HistoryStore {
    public let database: HistoryDatabase

    /// Where a damaged history file was moved before a fresh one was started (nil when the file was fine).
    public private(set) var setAside: (path: String, reason: String)?

    /// Opens (creating if needed) the history at `path`. A file that is not a readable SQLite database is moved to
    /// `PATH.corrupt-<UTC time>` (with its `-wal` and `-shm` files) and a fresh history is started; `setAside` says
    /// so, for the caller to report loudly.
    public init(path: String) throws {
        let directory = (path as NSString).deletingLastPathComponent
        try AtomicFile.createDirectory(directory)
        do {
            guard HistoryDatabase.looksLikeDatabase(path) else {
                throw HistoryCorruption(path: path, message: "not an SQLite database (wrong header)")
            }
            database = try HistoryDatabase(path: path)
        } catch let damaged as HistoryCorruption {
            let stamp = RunClock.timestamp(Date()).replacingOccurrences(of: ":", with: "")
            let aside = path + ".corrupt-" + stamp
            for suffix in ["", "-wal", "-shm"] where FileManager.default.fileExists(atPath: path + suffix) {
                guard rename(path + suffix, aside + suffix) == 0 else {
                    throw NightlyError.history(
                        path: path,
                        message: damaged.message + "; cannot move it aside: " + String(cString: strerror(errno)))
                }
            }
            setAside = (aside, damaged.message)
            database = try HistoryDatabase(path: path)
        }
    }

    /// The warning to print when the history file was set aside, or nil.
    public var setAsideWarning: String? {
        setAside.map {
            "history database \(database.path) was damaged (\($0.reason)); moved to \($0.path) and started a fresh history"
        }
    }

    /// The sequence number of `runID`, registering it when new.
    public func sequence(of runID: String, recordedAt: String) throws -> Int64 {
        try database.prepare("INSERT INTO runs(run_id, recorded_at) VALUES(?, ?) ON CONFLICT(run_id) DO NOTHING")
            .run([.text(runID), .text(recordedAt)])
        return try database.scalar("SELECT seq FROM runs WHERE run_id = ?", [.text(runID)])
    }

    /// Replaces the night `seq`'s snapshots and shortlists, in one transaction.
    /// - Complexity: O(n log n) in snapshots; about 100k creators take well under a second.
    public func record(seq: Int64, snapshots: [CreatorSnapshot], shortlists: [ShortlistEntry]) throws {
        // A night writes a row per account: a page cache that holds the tables' working set (64 MiB at most)
        // keeps SQLite from spilling half-written pages to the WAL again and again within the transaction.
        try database.execute("PRAGMA cache_size = -65536")
        try database.transaction {
            try database.prepare("DELETE FROM snapshots WHERE run = ?").run([.integer(seq)])
            try database.prepare("DELETE FROM shortlist_entries WHERE run = ?").run([.integer(seq)])
            // A known account is only looked up (an upsert rewrote its row and key every night); a new one is
            // inserted, taking the next id as before. Which statement goes first follows the previous account:
            // after a new one (and on a fresh history) the insert is tried first and does nothing on a known key,
            // so a first night does not pay a lookup per account; after a known one the lookup goes first, so a
            // later night does not pay a failed insert per account. The ids are the same either way.
            let find = try database.prepare("SELECT id FROM accounts WHERE key = ?")
            let insert = try database.prepare(
                "INSERT INTO accounts(key) VALUES(?) ON CONFLICT(key) DO NOTHING RETURNING id")
            var ids: [String: Int64] = [:]
            ids.reserveCapacity(snapshots.count)
            var expectNew = try database.scalar("SELECT NOT EXISTS(SELECT 1 FROM accounts)") != 0
            func id(_ key: String) throws -> Int64 {
                if let known = ids[key] { return known }
                var value: Int64?
                let arguments: [SQLiteValue] = [.text(key)]
                if expectNew {
                    try insert.query(arguments) { value = $0.int(0) }
                    if value == nil {
                        try find.query(arguments) { value = $0.int(0) }
                        expectNew = false
                    }
                } else {
                    try find.query(arguments) { value = $0.int(0) }
                    if value == nil {
                        try insert.query(arguments) { value = $0.int(0) }
                        expectNew = true
                    }
                }
                guard let value else { throw database.error("no id for account \(key)") }
                ids[key] = value
                return value
            }
            let snapshot = try database.prepare(
                "INSERT OR REPLACE INTO snapshots(account, run, followers, engagement_rate) VALUES(?, ?, ?, ?)")
            for s in snapshots {
                try snapshot.run([
                    .integer(try id(s.accountID)), .integer(seq), .integer(Int64(s.followers)),
                    s.engagementRate.map { .real($0) } ?? .null,
                ])
            }
            let entry = try database.prepare(
                "INSERT OR REPLACE INTO shortlist_entries(run, brief_id, rank, account, score) VALUES(?, ?, ?, ?, ?)")
            for e in shortlists {
                try entry.run([
                    .integer(seq), .text(e.briefID), .integer(Int64(e.rank)), .integer(try id(e.accountID)),
                    .real(e.score),
                ])
            }
        }
    }

    /// The latest night before `seq` with any shortlist, as brief id → entries by rank.
    public func previousShortlists(before seq: Int64) throws -> [String: [ShortlistEntry]] {
        let previous = try database.scalar(
            "SELECT COALESCE(MAX(run), 0) FROM shortlist_entries WHERE run < ?", [.integer(seq)])
        guard previous > 0 else { return [:] }
        var result: [String: [ShortlistEntry]] = [:]
        try database.prepare(
            """
            SELECT e.brief_id, e.rank, a.key, e.score FROM shortlist_entries e JOIN accounts a ON a.id = e.account
            WHERE e.run = ? ORDER BY e.brief_id, e.rank
            """
        ).query([.integer(previous)]) { row in
            let entry = ShortlistEntry(
                briefID: row.text(0), rank: Int(row.int(1)), accountID: row.text(2), score: row.double(3) ?? 0)
            result[entry.briefID, default: []].append(entry)
        }
        return result
    }

    /// Follower counts of each account on the last `limit` nights before `seq` where it was seen, oldest first.
    /// - Complexity: O(accounts × limit) primary-key lookups.
    public func followerHistory(of accountIDs: [String], before seq: Int64, limit: Int = 8) throws -> [String: [Int]] {
        var nights: [Int64] = []
        try database.prepare("SELECT seq FROM runs WHERE seq < ? ORDER BY seq DESC LIMIT ?")
            .query([.integer(seq), .integer(Int64(limit))]) { nights.append($0.int(0)) }
        let query = try database.prepare(
            """
            SELECT s.followers FROM snapshots s JOIN accounts a ON a.id = s.account WHERE s.run = ? AND a.key = ?
            """)
        var result: [String: [Int]] = [:]
        for key in Set(accountIDs).sorted() {
            var values: [Int] = []
            for night in nights.reversed() {
                try query.query([.integer(night), .text(key)]) { values.append(Int($0.int(0))) }
            }
            result[key] = values
        }
        return result
    }

    /// Deletes all but the newest `keepRuns` nights, or nights recorded before `cutoff` (ISO timestamp), then
    /// accounts no longer referenced, and compacts the file.
    /// - Returns: how many nights were removed.
    @discardableResult
    public func prune(keepRuns: Int?, recordedBefore cutoff: String?) throws -> Int {
        let removed = try database.transaction { () -> Int in
            var seqs: [Int64] = []
            if let keepRuns {
                try database.prepare("SELECT seq FROM runs ORDER BY seq DESC LIMIT -1 OFFSET ?")
                    .query([.integer(Int64(max(0, keepRuns)))]) { seqs.append($0.int(0)) }
            }
            if let cutoff {
                try database.prepare("SELECT seq FROM runs WHERE recorded_at < ?").query([.text(cutoff)]) {
                    seqs.append($0.int(0))
                }
            }
            let unique = Set(seqs)
            for seq in unique {
                try database.prepare("DELETE FROM snapshots WHERE run = ?").run([.integer(seq)])
                try database.prepare("DELETE FROM shortlist_entries WHERE run = ?").run([.integer(seq)])
                try database.prepare("DELETE FROM runs WHERE seq = ?").run([.integer(seq)])
            }
            try database.execute(
                """
                DELETE FROM accounts WHERE id NOT IN (SELECT account FROM snapshots)
                AND id NOT IN (SELECT account FROM shortlist_entries)
                """)
            return unique.count
        }
        try database.execute("PRAGMA wal_checkpoint(TRUNCATE); VACUUM;")
        return removed
    }

    /// Nights recorded, oldest first.
    public func runIDs() throws -> [String] {
        var ids: [String] = []
        try database.prepare("SELECT run_id FROM runs ORDER BY seq").query { ids.append($0.text(0)) }
        return ids
    }
}
