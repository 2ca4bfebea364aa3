/// A deliverable could not be written (disk full, permissions, a library failure): not the input's fault, so it
/// ends the run as an internal error (exit 70), naming the file.
public struct OutputError: Error, Sendable, CustomStringConvertible, Equatable {
    public var path: String
    public var reason: String

    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    public var description: String { "\(path): cannot write output: \(reason)" }
}
