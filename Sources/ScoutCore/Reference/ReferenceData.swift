import Foundation

/// Every table Scout reads from its `data/` folder.
public struct ReferenceData: Sendable {
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

    /// Loads `header_aliases.csv`, `niches.csv`, `tiers.csv`, `engagement_benchmarks.csv`, `cost_estimates.csv`,
    /// `currency_rates.csv`, `link_services.csv` and (if present) `merge_overrides.csv` from `directory`.
    public static func load(from directory: String) throws -> ReferenceData {
        func path(_ name: String) -> String { (directory as NSString).appendingPathComponent(name) }
        return ReferenceData(
            aliases: try HeaderAliases.load(path("header_aliases.csv")),
            taxonomy: try NicheTaxonomy.load(path("niches.csv")),
            tiers: try TierTable.load(path("tiers.csv")),
            benchmarks: try EngagementBenchmarks.load(path("engagement_benchmarks.csv")),
            costs: try CostEstimates.load(path("cost_estimates.csv")),
            currencies: try CurrencyRates.load(path("currency_rates.csv")),
            linkServices: try SharedDomains.load(path("link_services.csv")),
            mergeOverrides: FileManager.default.fileExists(atPath: path("merge_overrides.csv"))
                ? try MergeOverrides.load(path("merge_overrides.csv")) : MergeOverrides(),
            directory: directory)
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
