import ArgumentParser
import ScoutCore

/// A stage subcommand as its own executable (`scout-ingest` …): the same options and work, and its own name in
/// help and usage.
package struct StageExecutable<Command: ParsableCommand>: ParsableCommand {
    package static var configuration: CommandConfiguration {
        var configuration = Command.configuration
        configuration.commandName = "scout-" + (Command.configuration.commandName ?? "")
        configuration.version = Manifest.version
        return configuration
    }

    @OptionGroup var command: Command

    package init() {}

    package mutating func run() throws { try command.run() }
}
