/// The history file is not a readable SQLite database (`SQLITE_NOTADB`, `SQLITE_CORRUPT`).
///
/// `HistoryStore` answers it by moving the file aside and starting a fresh history, loudly, so one damaged file
/// does not fail every later night.
public struct HistoryCorruption: Error, Sendable, CustomStringConvertible {
    public var path: String
    public var message: String

    public var description: String { "\(path): history database is damaged: \(message)" }
}
