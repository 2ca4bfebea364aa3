import Foundation

/// Every table Scout reads from its `data/` folder.
public struct ReferenceData: Sendable {
    /// The files of the data folder, the one list of them: `load` reads each through `path(_:in:)`, and every
    /// resumable stage fingerprints all of them (`ReferenceData.files(in:)`), so a table cannot be read without
    /// being fingerprinted.
    public enum Table: String, Sendable, CaseIterable {
        case headerAliases = "header_aliases.csv"
        case niches = "niches.csv"
        case tiers = "tiers.csv"
        case engagementBenchmarks = "engagement_benchmarks.csv"
        case costEstimates = "cost_estimates.csv"
        case currencyRates = "currency_rates.csv"
        case linkServices = "link_services.csv"
        /// Optional: no file means no overrides.
        case mergeOverrides = "merge_overrides.csv"
    }

    public var aliases: HeaderAliases
    public var taxonomy: NicheTaxonomy
    public var tiers: TierTable
    public var benchmarks: EngagementBenchmarks
    /// Typical post prices per platform and tier (USD), for creators whose export gives no price.
    public var costs = CostEstimates()
    /// Approximate exchange rates for comparing prices with budgets.
    public var currencies = CurrencyRates()
    /// Domains that never link two accounts to one person (`link_services.csv`).
    public var linkServices: SharedDomains
    /// Never/always merge corrections shipped in `merge_overrides.csv` (empty when the file is absent).
    public var mergeOverrides: MergeOverrides
    /// The folder these tables came from.
    public var directory: String

    /// Loads every `Table` from `directory`.
    public static func load(from directory: String) throws -> ReferenceData {
        func path(_ table: Table) -> String { Self.path(table, in: directory) }
        return ReferenceData(
            aliases: try HeaderAliases.load(path(.headerAliases)),
            taxonomy: try NicheTaxonomy.load(path(.niches)),
            tiers: try TierTable.load(path(.tiers)),
            benchmarks: try EngagementBenchmarks.load(path(.engagementBenchmarks)),
            costs: try CostEstimates.load(path(.costEstimates)),
            currencies: try CurrencyRates.load(path(.currencyRates)),
            linkServices: try SharedDomains.load(path(.linkServices)),
            mergeOverrides: FileManager.default.fileExists(atPath: path(.mergeOverrides))
                ? try MergeOverrides.load(path(.mergeOverrides)) : MergeOverrides(),
            directory: directory)
    }

    /// Where `table` lives in `directory`.
    public static func path(_ table: Table, in directory: String) -> String {
        (directory as NSString).appendingPathComponent(table.rawValue)
    }

    /// Every table's path in `directory`, in `Table` order: what a resumable stage fingerprints.
    public static func files(in directory: String) -> [String] {
        Table.allCases.map { path($0, in: directory) }
    }

    /// The do-not-contact list `scout nightly` uses when none is given and this file exists. Not a reference table:
    /// scoring reads it, and its bytes are part of the score stage's fingerprint and of `run.json`'s inputs.
    public static func defaultDoNotContact(in directory: String) -> String {
        (directory as NSString).appendingPathComponent("do_not_contact.csv")
    }

    /// `DIR/statuses.csv`: the outreach statuses `scout nightly` reads when present (`OutreachStatuses`).
    public static func defaultStatuses(in directory: String) -> String {
        (directory as NSString).appendingPathComponent("statuses.csv")
    }

    /// `DIR/relationships.csv`: the creators' relationships to brands `scout nightly` reads when present (`Relationships`).
    public static func defaultRelationships(in directory: String) -> String {
        (directory as NSString).appendingPathComponent("relationships.csv")
    }

    /// `DIR/outcomes.csv`: the campaign outcomes `scout nightly` reads when present (`Outcomes`).
    public static func defaultOutcomes(in directory: String) -> String {
        (directory as NSString).appendingPathComponent("outcomes.csv")
    }

    /// The default data folder: `$SCOUT_DATA`, else `./data`, else `data/` beside the package the binary was built in.
    public static func defaultDirectory(executablePath: String = CommandLine.arguments[0]) -> String {
        let manager = FileManager.default
        if let env = ProcessInfo.processInfo.environment["SCOUT_DATA"], !env.isEmpty { return env }
        if manager.fileExists(atPath: "data/niches.csv") { return "data" }
        var url = URL(fileURLWithPath: executablePath).resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<5 {
            let candidate = url.appendingPathComponent("data")
            if manager.fileExists(atPath: candidate.appendingPathComponent("niches.csv").path) { return candidate.path }
            url.deleteLastPathComponent()
        }
        return "data"
    }
}
