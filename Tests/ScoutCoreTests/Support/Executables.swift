import Foundation

/// The built executables, started as a user or a scheduler starts them: the one place tests launch a process.
///
/// Standard output and error go to temporary files (not pipes), so a chatty process can never block on a full
/// pipe while the test waits for it.
enum Executables {
    /// The directory holding the built `scout` binaries: beside the test bundle (`swift build --build-tests` builds
    /// them), or `$SCOUT_TEST_BIN` to run the executable tests against another build (to see a regression test
    /// fail on the build before a fix).
    static let binDirectory: String = {
        if let other = ProcessInfo.processInfo.environment["SCOUT_TEST_BIN"], !other.isEmpty { return other }
        let beside = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
            .deletingLastPathComponent()
        for candidate in [beside, beside.deletingLastPathComponent()]
        where FileManager.default.fileExists(atPath: candidate.appendingPathComponent("scout").path) {
            return candidate.path
        }
        return Fixtures.packageDirectory.appendingPathComponent(".build/debug").path
    }()

    /// How a finished process ended.
    struct Outcome {
        var status: Int32
        var stdout: String
        var stderr: String
        /// True when a signal (a trap, a kill) ended it rather than an exit.
        var signalled: Bool
    }

    /// A started process and where its output goes.
    struct Launched {
        let process: Process
        let stdoutPath: String
        let stderrPath: String

        /// Waits for the process to end and reads its output.
        func finish() -> Outcome {
            process.waitUntilExit()
            func text(_ path: String) -> String {
                String(decoding: FileManager.default.contents(atPath: path) ?? Data(), as: UTF8.self)
            }
            return Outcome(
                status: process.terminationStatus, stdout: text(stdoutPath), stderr: text(stderrPath),
                signalled: process.terminationReason == .uncaughtSignal)
        }
    }

    /// Starts `tool` (`scout`, `scout-ingest`, …, or a script by its absolute path) with `arguments`. `SCOUT_DATA` is the package's `data/` and
    /// `COLUMNS` 80 unless `environment` sets them; a nil value there removes a variable.
    static func start(_ tool: String, _ arguments: [String], environment: [String: String?] = [:]) throws -> Launched {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool.hasPrefix("/") ? tool : binDirectory + "/" + tool)
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        env["SCOUT_DATA"] = Fixtures.dataDirectory
        env["COLUMNS"] = "80"
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let directory = Fixtures.temporaryDirectory()
        let launched = Launched(process: process, stdoutPath: directory + "/stdout", stderrPath: directory + "/stderr")
        for path in [launched.stdoutPath, launched.stderrPath] {
            FileManager.default.createFile(atPath: path, contents: nil)
        }
        process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: launched.stdoutPath))
        process.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: launched.stderrPath))
        try process.run()
        return launched
    }

    /// Runs `tool` to the end.
    @discardableResult
    static func run(_ tool: String, _ arguments: [String], environment: [String: String?] = [:]) throws -> Outcome {
        try start(tool, arguments, environment: environment).finish()
    }

    /// Polls until `condition` holds (up to `seconds`).
    static func waitFor(_ seconds: Double, _ condition: () -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if condition() { return true }
            usleep(20_000)
        }
        return condition()
    }
}
