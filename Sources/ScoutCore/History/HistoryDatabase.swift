import CSQLite
import Foundation

/// The history store: one SQLite file (default `runs/history.sqlite`) with every night's creator snapshots
/// and shortlists. A thin wrapper over SQLite's C API: prepared statements and transactions.
///
/// Schema: `runs(seq, run_id, recorded_at)`, `accounts(id, key)` (key = `platform:handle`, stored once),
/// `snapshots(account, run, followers, engagement_rate)` and `shortlist_entries(run, brief_id, rank, account, score)`,
/// both `WITHOUT ROWID` keyed by night first, so a night is one contiguous range (cheap to replace or prune) and
/// no secondary index is needed: about 24 bytes per creator per night (docs/nightly.md, "Size and retention").
/// Version 1 (`PRAGMA user_version`; 0 is the schema before it) adds `outcomes`, the campaign outcome rows nights
/// were given (`HistoryStore.record(outcomes:)`); `migrate` brings an older file up to `version` on open.
public final class HistoryDatabase {
    let handle: OpaquePointer
    public let path: String

    /// Opens (creating if needed) the database at `path` and applies the schema.
    public init(path: String) throws {
        var db: OpaquePointer?
        let flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_NOFOLLOW
        guard sqlite3_open_v2(path, &db, flags, nil) == SQLITE_OK, let db else {
            let message = db.map { String(cString: sqlite3_errmsg($0)) } ?? "cannot open"
            sqlite3_close(db)
            throw NightlyError.history(path: path, message: message)
        }
        handle = db
        self.path = path
        sqlite3_busy_timeout(db, 10_000)
        var message: UnsafeMutablePointer<CChar>?
        let code = sqlite3_exec(db, HistoryDatabase.schema, nil, nil, &message)
        if code != SQLITE_OK {
            let text = message.map { String(cString: $0) } ?? String(cString: sqlite3_errstr(code))
            sqlite3_free(message)
            let primary = code & 0xFF
            if primary == SQLITE_NOTADB || primary == SQLITE_CORRUPT {
                throw HistoryCorruption(path: path, message: text)
            }
            throw NightlyError.history(path: path, message: text)
        }
        try migrate()
    }

    deinit { sqlite3_close(handle) }

    /// Whether `path` is a SQLite database file (its 16-byte header), before anything opens it.
    static func looksLikeDatabase(_ path: String) -> Bool {
        guard let data = FileManager.default.contents(atPath: path), !data.isEmpty else { return true }
        return data.starts(with: Array("SQLite format 3\u{0}".utf8))
    }

    static let schema = """
        PRAGMA journal_mode = WAL;
        PRAGMA foreign_keys = ON;
        CREATE TABLE IF NOT EXISTS runs (
            seq INTEGER PRIMARY KEY, run_id TEXT NOT NULL UNIQUE, recorded_at TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS accounts (id INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE);
        CREATE TABLE IF NOT EXISTS snapshots (
            account INTEGER NOT NULL, run INTEGER NOT NULL REFERENCES runs(seq) ON DELETE CASCADE,
            followers INTEGER NOT NULL, engagement_rate REAL,
            PRIMARY KEY (run, account)) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS shortlist_entries (
            run INTEGER NOT NULL REFERENCES runs(seq) ON DELETE CASCADE, brief_id TEXT NOT NULL, rank INTEGER NOT NULL,
            account INTEGER NOT NULL, score REAL NOT NULL,
            PRIMARY KEY (run, brief_id, rank)) WITHOUT ROWID;
        """

    /// The schema version this build writes (`PRAGMA user_version`).
    static let version: Int64 = 1

    /// The SQL that brings a file at version `i` to version `i + 1`.
    static let migrations = [
        """
        CREATE TABLE IF NOT EXISTS outcomes (
            key TEXT PRIMARY KEY, creator TEXT NOT NULL, brand TEXT NOT NULL, campaign TEXT NOT NULL,
            date TEXT NOT NULL, cost REAL, currency TEXT NOT NULL, views REAL, engagements REAL, clicks REAL,
            conversions REAL, revenue REAL, recorded_at TEXT NOT NULL) WITHOUT ROWID;
        """
    ]

    /// Brings the file up to `version`, one migration per transaction; a file from a newer Scout is refused rather
    /// than written with a schema this build does not know.
    func migrate() throws {
        let current = try scalar("PRAGMA user_version")
        guard current <= Self.version else {
            throw NightlyError.history(
                path: path,
                message: "schema version \(current) is newer than this Scout's (\(Self.version)); use a newer Scout")
        }
        for step in Int(current)..<Int(Self.version) {
            try transaction { try execute(Self.migrations[step] + "PRAGMA user_version = \(step + 1);") }
        }
    }

    /// Runs one or more SQL statements without results.
    public func execute(_ sql: String) throws {
        var message: UnsafeMutablePointer<CChar>?
        guard sqlite3_exec(handle, sql, nil, nil, &message) == SQLITE_OK else {
            let text = message.map { String(cString: $0) } ?? "error"
            sqlite3_free(message)
            throw NightlyError.history(path: path, message: text)
        }
    }

    /// Prepares `sql` for repeated use.
    public func prepare(_ sql: String) throws -> SQLiteStatement { try SQLiteStatement(database: self, sql: sql) }

    /// Runs `body` in one transaction: committed when it returns, rolled back when it throws.
    public func transaction<T>(_ body: () throws -> T) throws -> T {
        try execute("BEGIN IMMEDIATE")
        do {
            let result = try body()
            try execute("COMMIT")
            return result
        } catch {
            try? execute("ROLLBACK")
            throw error
        }
    }

    /// The single integer a query returns (0 when none).
    public func scalar(_ sql: String, _ values: [SQLiteValue] = []) throws -> Int64 {
        var result: Int64 = 0
        try prepare(sql).query(values) { result = $0.int(0) }
        return result
    }

    func error(_ context: String) -> NightlyError {
        .history(path: path, message: "\(context): " + String(cString: sqlite3_errmsg(handle)))
    }
}
