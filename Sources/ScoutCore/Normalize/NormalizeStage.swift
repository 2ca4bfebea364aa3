import Foundation
import Dispatch
import Synchronization

/// The output of normalise + dedupe: one account per platform and handle, and what happened to every row.
public struct NormalizedAccounts: Sendable {
    public var accounts: [CreatorAccount]
    /// Account merges (sorted by kept id), then person links (sorted by person id).
    public var merges: [MergeRecord]
    public var quarantine: [QuarantineEntry]
    /// Per input file: rows kept as the surviving snapshot, merged into another, quarantined here.
    public var counts: [String: (accepted: Int, merged: Int, quarantined: Int)]
}

/// Stage 2: parse values, quarantine unusable rows, merge snapshots of the same account, and link accounts
/// into people (`AccountDeduplicator`, then `PersonLinker`).
public enum NormalizeStage {
    /// Rows are normalised in parallel chunks; results and diagnostics are then taken in row order, so the
    /// output is the same as a sequential pass.
    public static func run(_ rows: [SourceRow], identity: IdentityRules = IdentityRules(),
                           diagnostics: inout DiagnosticsCollector) -> NormalizedAccounts {
        let normalizer = AccountNormalizer()
        let chunkCount = max(1, min(rows.count / 256, ProcessInfo.processInfo.activeProcessorCount * 8))
        let chunkSize = (rows.count + chunkCount - 1) / chunkCount
        let parts = Mutex<[([Result<CreatorAccount, QuarantineEntry>], DiagnosticsCollector)]>(
            Array(repeating: ([], DiagnosticsCollector()), count: chunkCount))
        DispatchQueue.concurrentPerform(iterations: chunkCount) { chunk in
            var local = DiagnosticsCollector()
            let range = min(rows.count, chunk * chunkSize)..<min(rows.count, (chunk + 1) * chunkSize)
            let results = rows[range].map { normalizer.normalise($0, diagnostics: &local) }
            parts.withLock { $0[chunk] = (results, local) }
        }
        var accounts: [CreatorAccount] = []
        var quarantine: [QuarantineEntry] = []
        var counts: [String: (accepted: Int, merged: Int, quarantined: Int)] = [:]
        var rowIndex = 0
        for (part, local) in parts.withLock({ $0 }) {
            diagnostics.merge(local)
            for result in part {
                let row = rows[rowIndex]
                rowIndex += 1
                counts[row.file, default: (0, 0, 0)] = counts[row.file] ?? (0, 0, 0)
                switch result {
                case .success(let account): accounts.append(account)
                case .failure(let entry):
                    quarantine.append(entry)
                    counts[row.file]!.quarantined += 1
                }
            }
        }
        let resolution = AccountDeduplicator(overrides: identity.overrides).resolve(accounts)
        var deduplicated = resolution.accounts
        let links = PersonLinker(rules: identity).link(&deduplicated, aliases: resolution.aliases, diagnostics: &diagnostics)
        let merges = resolution.merges + links
        for account in deduplicated {
            counts[account.sources[0].file]!.accepted += 1
            for source in account.sources.dropFirst() { counts[source.file]!.merged += 1 }
        }
        return NormalizedAccounts(accounts: deduplicated, merges: merges, quarantine: quarantine, counts: counts)
    }
}
