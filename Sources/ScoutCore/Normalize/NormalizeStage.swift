import Foundation

/// Stage 2: parse values, quarantine unusable rows, merge snapshots of the same account, and link accounts
/// into people (`AccountDeduplicator`, then `PersonLinker`).
public enum NormalizeStage {
    /// Rows are normalised in parallel chunks; results and diagnostics are then taken in row order, so the
    /// output is the same as a sequential pass. Accounts are moved, not copied, into deduplication.
    public static func run(
        _ rows: [SourceRow], identity: IdentityRules = IdentityRules(),
        diagnostics: inout DiagnosticsCollector
    ) -> NormalizedAccounts {
        TerminalProgress.shared.phase("parsing \(DisplayText.grouped(rows.count)) rows")
        var normalized = normaliseRows(rows)
        diagnostics.merge(normalized.diagnostics)
        let keys = normalized.keys
        normalized.keys = []
        TerminalProgress.shared.phase("merging duplicate rows")
        var resolution = AccountDeduplicator(overrides: identity.overrides).resolve(
            normalized.takeAccounts(), keys: keys)
        // Moved out, so linking (which sets every `personID`) mutates the only reference instead of copying.
        var deduplicated = resolution.accounts
        resolution.accounts = []
        TerminalProgress.shared.phase("linking accounts into people")
        let links = PersonLinker(rules: identity).link(
            &deduplicated, ids: resolution.ids, aliases: resolution.aliases, diagnostics: &diagnostics)
        let merges = resolution.merges + links
        var counts = normalized.counts
        settle(&counts, folded: resolution.foldedSources)
        return NormalizedAccounts(
            accounts: deduplicated, merges: merges, quarantine: normalized.quarantine, counts: counts)
    }

    /// Every account normalised from one row; the rows folded into another account are the merged ones.
    static func settle(_ counts: inout [String: (accepted: Int, merged: Int, quarantined: Int)], folded: [SourceRef]) {
        for source in folded {
            counts[source.file]!.accepted -= 1
            counts[source.file]!.merged += 1
        }
    }

    /// Each row normalised alone (typed values, quarantine, blocking keys), in parallel chunks, results and
    /// diagnostics taken in row order: the part of stage 2 that needs no other row (a sharded night does it in
    /// its ingest tasks).
    static func normaliseRows(_ rows: [SourceRow]) -> NormalizedRows {
        let normalizer = AccountNormalizer()
        let ranges = OrderedParallelMap.chunks(rows.count, minimumChunk: 256)
        var parts = OrderedParallelMap.map(ranges.count, minimumChunk: 1) { chunk in
            var part = NormalizedChunk()
            for row in rows[ranges[chunk]] {
                // Rows of one file are consecutive: count them in runs, not with a lookup per row.
                if part.runs.last?.file != row.file { part.runs.append((row.file, 0, 0)) }
                var profileURL: ParsedHandle?
                switch normalizer.normalise(row, diagnostics: &part.diagnostics, profileURL: &profileURL) {
                case .success(let account):
                    part.keys.append(BlockingKeys(account, parsedProfileURL: profileURL))
                    part.accounts.append(account)
                    part.runs[part.runs.count - 1].accepted += 1
                case .failure(let entry):
                    part.quarantine.append(entry)
                    part.runs[part.runs.count - 1].quarantined += 1
                }
            }
            return part
        }
        var accountChunks: [[CreatorAccount]] = []
        var keyChunks: [[BlockingKeys]] = []
        var result = NormalizedRows()
        for index in parts.indices {
            // Taken out of `parts`, so each chunk's arrays are uniquely referenced when they are moved below.
            let part = parts[index]
            parts[index] = NormalizedChunk()
            result.diagnostics.merge(part.diagnostics)
            accountChunks.append(part.accounts)
            keyChunks.append(part.keys)
            result.quarantine += part.quarantine
            for run in part.runs {
                result.counts[run.file, default: (0, 0, 0)].accepted += run.accepted
                result.counts[run.file, default: (0, 0, 0)].quarantined += run.quarantined
            }
        }
        result.accounts = ChunkConcatenation.moveJoin(
            &accountChunks, filler: CreatorAccount(platform: .instagram, handle: "", followers: 0))
        result.keys = ChunkConcatenation.moveJoin(&keyChunks, filler: BlockingKeys.filler)
        return result
    }
}

/// What one chunk of rows normalised to, in row order.
private struct NormalizedChunk: Sendable {
    var accounts: [CreatorAccount] = []
    /// The blocking keys of `accounts`, computed here while the profile URL is parsed anyway.
    var keys: [BlockingKeys] = []
    var quarantine: [QuarantineEntry] = []
    /// Consecutive rows of one file: how many became accounts, how many were quarantined.
    var runs: [(file: String, accepted: Int, quarantined: Int)] = []
    var diagnostics = DiagnosticsCollector()
}
