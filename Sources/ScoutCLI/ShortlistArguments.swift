import ArgumentParser
import ScoutCore

/// The last stage's options and the exit policy (`scout run`, `scout nightly`, `scout shortlist`).
struct ShortlistArguments: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "History database: adds the change column, dropped.csv and follower_spike flags, and records this night (nightly: default RUNS/history.sqlite; otherwise off unless given).",
            valueName: "file"))
    var history: String?

    @Option(
        name: .customLong("run-id"),
        help: ArgumentHelp(
            "The night's id: what --history records it as, the night's name in the workbook and report, and with nightly the run directory's name (default: today's UTC date; without --history, the output folder's name).",
            valueName: "id"))
    var runID: String?

    @Flag(
        name: .customLong("no-bom"),
        help:
            "Write the CSV deliverables without a UTF-8 BOM (for programs; the default has one so Excel shows non-ASCII names)."
    )
    var noBOM = false

    /// The old way to ask for a BOM, which is now the default; accepted so existing crontabs keep working.
    @Flag(help: .hidden)
    var excel = false

    @Flag(
        name: .customLong("include-contact"),
        help:
            "Put shortlisted creators' e-mail and website into every brief's deliverables (personal data: docs/outputs.md)."
    )
    var includeContact = false

    @Flag(
        help:
            "Exit with code 3 when any row was quarantined (the outputs are still written); in run and nightly, a creator file that cannot be used then fails the run (exit 1) instead of being set aside. Given to scout plan: only the latter, for the ingest shards (scout merge --strict sets the exit code)."
    )
    var strict = false

    func apply(to options: inout PipelineOptions) {
        options.shortlist = ShortlistOptions(
            utf8BOM: !noBOM, includeContact: includeContact, history: history, runID: runID)
        options.ingest.strict = strict
    }

    /// The exit code of a run that finished with `manifest`: 3 under `--strict` when rows were quarantined.
    func exitCode(_ manifest: Manifest) -> Int32 {
        strict && manifest.totals.rowsQuarantined > 0 ? ScoutExit.quarantinedUnderStrict : ScoutExit.success
    }
}
