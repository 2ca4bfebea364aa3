import Foundation

/// Where a sharded night's tasks write, under `RUN/shards/`: one folder per task, each written whole
/// (`TaskFolder`). Final outputs go where `scout run` puts them (`RunLayout`).
///
///     shards/plan/                    plan.json, briefs.csv, diagnostics.json
///     shards/ingest/K-of-N/           accounts.csv, keys.csv, quarantine-read.csv, quarantine-normalize.csv, files.json, diagnostics.json
///                                     (no e-mail address in clear: the merge reads contact addresses from the exports)
///     shards/identity/                merges.csv, files.json, diagnostics.json, identity.json, assign-K-of-N.csv (one per shard)
///     shards/normalize/K-of-N/        accounts.csv, statistics.json
///     shards/statistics/              statistics.json
///     shards/score/K-of-N/            pool.csv, inauthentic.csv, score.json, snapshots.csv
///
/// Every folder also holds `task.json` (`TaskRecord`): the step, the shard and the plan it was written for.
public struct ShardLayout: Sendable {
    /// `RUN/shards`.
    public var directory: String

    public init(run: String) { directory = (run as NSString).appendingPathComponent("shards") }

    func path(_ parts: String...) -> String { ([directory] + parts).joined(separator: "/") }

    public var plan: String { path("plan") }
    public func ingest(_ shard: Shard) -> String { path("ingest", shard.folder) }
    public var identity: String { path("identity") }
    public func normalize(_ shard: Shard) -> String { path("normalize", shard.folder) }
    public var statistics: String { path("statistics") }
    public func score(_ shard: Shard) -> String { path("score", shard.folder) }

    /// In the identity folder: which rows shard `shard`'s normalize task builds its accounts from.
    static func assignmentFile(_ shard: Shard) -> String { "assign-\(shard.folder).csv" }

    static let planFile = "plan.json", briefsFile = "briefs.csv", diagnosticsFile = "diagnostics.json",
        taskFile = "task.json"
    static let accountsFile = "accounts.csv", keysFile = "keys.csv", filesFile = "files.json"
    static let readQuarantineFile = "quarantine-read.csv", normalizeQuarantineFile = "quarantine-normalize.csv"
    static let mergesFile = "merges.csv", identityFile = "identity.json", statisticsFile = "statistics.json"
    static let poolFile = "pool.csv", inauthenticFile = "inauthentic.csv", scoreFile = "score.json",
        snapshotsFile = "snapshots.csv"
    static let funnelsFile = "funnels.csv"
}
