import CSQLite

/// A prepared SQLite statement: bind values by position, step through rows, reset to reuse.
public final class SQLiteStatement {
    private let handle: OpaquePointer
    private let database: HistoryDatabase

    init(database: HistoryDatabase, sql: String) throws {
        var statement: OpaquePointer?
        guard sqlite3_prepare_v2(database.handle, sql, -1, &statement, nil) == SQLITE_OK, let statement else {
            throw database.error("prepare: \(sql)")
        }
        self.handle = statement
        self.database = database
    }

    deinit { sqlite3_finalize(handle) }

    /// The value SQLite uses to copy bound text (`SQLITE_TRANSIENT`).
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

    /// Binds `values` to parameters 1…n (Int, Double, String or nil).
    @discardableResult
    public func bind(_ values: [SQLiteValue]) throws -> SQLiteStatement {
        sqlite3_reset(handle)
        sqlite3_clear_bindings(handle)
        for (offset, value) in values.enumerated() {
            let index = Int32(offset + 1)
            let code: Int32
            switch value {
            case .integer(let v): code = sqlite3_bind_int64(handle, index, v)
            case .real(let v): code = sqlite3_bind_double(handle, index, v)
            case .text(let v): code = sqlite3_bind_text(handle, index, v, -1, SQLiteStatement.transient)
            case .null: code = sqlite3_bind_null(handle, index)
            }
            guard code == SQLITE_OK else { throw database.error("bind") }
        }
        return self
    }

    /// Runs a statement that returns no rows.
    public func run(_ values: [SQLiteValue] = []) throws {
        try bind(values)
        guard sqlite3_step(handle) == SQLITE_DONE else { throw database.error("step") }
    }

    /// Runs a query, calling `row` for each result row.
    public func query(_ values: [SQLiteValue] = [], row: (SQLiteRow) throws -> Void) throws {
        try bind(values)
        while true {
            let code = sqlite3_step(handle)
            if code == SQLITE_DONE { return }
            guard code == SQLITE_ROW else { throw database.error("step") }
            try row(SQLiteRow(handle: handle))
        }
    }
}
