import ArgumentParser
import ScoutCore

/// Stage 3's options (`scout run`, `scout nightly`, `scout score`).
struct ScoreArguments: ParsableArguments {
    @Option(help: ArgumentHelp("Scoring threads (default: every core). Results do not depend on it.", valueName: "n"))
    var threads: Int?

    @Option(
        help: ArgumentHelp(
            "Exclude creators whose authenticity score (0–1) is below this; 0 keeps everyone. (default: \(NumberText.format(MatchModel.defaultMinAuthenticity)))",
            valueName: "score"))
    var minAuthenticity: Double?

    @Option(
        help: ArgumentHelp(
            "Least niche score (0–1) that counts as fit for briefs without min_fit; 0: any niche match or matched keyword. (default: \(NumberText.format(MatchModel.defaultMinFit)))",
            valueName: "score"))
    var minFit: Double?

    @Option(
        name: .customLong("do-not-contact"),
        help: ArgumentHelp(
            "CSV (creator,reason) of creators never to list; the next ones move up; listed in excluded.csv (nightly: default DATA/do_not_contact.csv when present).",
            valueName: "file"))
    var doNotContact: String?

    @Option(
        help: ArgumentHelp(
            "Outreach statuses CSV (creator,brand,brief_id,status,date,note): declined, pitched, competitor bookings and do_not_contact keep creators off lists before they are chosen (nightly: default DATA/statuses.csv when present).",
            valueName: "file"))
    var statuses: String?

    @Option(
        help: ArgumentHelp(
            "Relationships CSV (creator,brand,relationship: employee, customer, ambassador, affiliate, roster): briefs with relationship_mode=prefer boost those creators, with only list them alone (nightly: default DATA/relationships.csv when present).",
            valueName: "file"))
    var relationships: String?

    @Option(
        help: ArgumentHelp(
            "Campaign outcomes CSV (creator, brand, campaign, date, cost, currency, then any of views, engagements, clicks, conversions, revenue): past results for a brief's brand move creators up or down (outcomes_weight); kept in the history for later nights (nightly: default DATA/outcomes.csv when present).",
            valueName: "file"))
    var outcomes: String?

    @Option(
        name: .customLong("as-of"),
        help: ArgumentHelp(
            "The date (yyyy-mm-dd) the status windows and the outcomes' decay count back from (default: the run id when it is a date, else today's UTC date).",
            valueName: "date"))
    var asOf: String?

    func validate() throws {
        if let asOf, SnapshotDate.normalise(asOf) == nil {
            throw ValidationError("--as-of must be a date such as 2026-11-30")
        }
        if let minAuthenticity, !(0...1).contains(minAuthenticity) {
            throw ValidationError("--min-authenticity must be between 0 and 1")
        }
        if let minFit, !(0...1).contains(minFit) { throw ValidationError("--min-fit must be between 0 and 1") }
        if let threads, threads < 1 { throw ValidationError("--threads must be at least 1") }
    }

    /// Sets stage 3's options; `runID` (a night's id) dates the status windows when it is a date and `--as-of` is not given.
    func apply(to options: inout PipelineOptions, runID: String? = nil) {
        options.score = ScoreOptions(
            minAuthenticity: minAuthenticity ?? MatchModel.defaultMinAuthenticity,
            minFit: minFit ?? MatchModel.defaultMinFit, doNotContact: doNotContact, statuses: statuses)
        options.score.relationships = relationships
        options.score.outcomes = outcomes
        if statuses != nil || outcomes != nil {
            options.score.asOf =
                asOf.flatMap(SnapshotDate.normalise) ?? runID.flatMap(SnapshotDate.normalise) ?? RunClock.today()
        }
        options.threads = threads
    }
}
