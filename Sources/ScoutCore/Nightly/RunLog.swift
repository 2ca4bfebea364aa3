import Foundation

/// `run.log`: one timestamped line per event, kept across attempts of the same night (rewritten atomically).
struct RunLog {
    let path: String
    private var text: String

    init(path: String) {
        self.path = path
        text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
    }

    mutating func append(_ line: String) {
        text += RunClock.timestamp(Date()) + " " + line + "\n"
        try? AtomicFile.write(Array(text.utf8), to: path)
    }
}
