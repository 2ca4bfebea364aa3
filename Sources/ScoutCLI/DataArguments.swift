import ArgumentParser
import ScoutCore

/// `--data`, declared once for every command that reads the reference tables.
struct DataArguments: ParsableArguments {
    @Option(
        name: .customLong("data"),
        help: ArgumentHelp(
            "Reference tables folder (default: $SCOUT_DATA, ./data, or the package's data/).", valueName: "dir"))
    var data: String?

    var directory: String { data ?? ReferenceData.defaultDirectory() }
}
