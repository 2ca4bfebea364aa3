import ArgumentParser
import ScoutCore

/// Options every stage shares.
struct CommonOptions: ParsableArguments {
    @Option(name: .customLong("out"), help: "The run directory: stage files go in DIR/stages, results in DIR.")
    var out: String

    @Option(name: .customLong("data"), help: "Reference tables folder (default: $SCOUT_DATA, ./data, or the package's data/).")
    var data: String?

    var dataDirectory: String { data ?? ReferenceData.defaultDirectory() }
}
