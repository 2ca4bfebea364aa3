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
        var rows = rows
        return run(taking: &rows, identity: identity, diagnostics: &diagnostics)
    }

    /// `run(rows, identity:diagnostics:)` on rows it takes over: when the caller held the only reference, each
    /// part of `rows` is freed as soon as it was normalised (`rows` is left empty).
    static func run(
        taking rows: inout [SourceRow], identity: IdentityRules,
        diagnostics: inout DiagnosticsCollector
    ) -> NormalizedAccounts {
        TerminalProgress.shared.phase("parsing \(DisplayText.grouped(rows.count)) rows")
        var normalized = normaliseRows(taking: &rows)
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
        var rows = rows
        return normaliseRows(taking: &rows)
    }

    /// `normaliseRows(rows)` on rows it takes over (`rows` is left empty). The chunks are normalised in waves of
    /// one chunk per core; each wave's rows are released (on a background thread) once they became accounts, so
    /// when the caller held the only reference the rows and the accounts are never both whole in memory.
    static func normaliseRows(taking rows: inout [SourceRow]) -> NormalizedRows {
        let ranges = OrderedParallelMap.chunks(rows.count, minimumChunk: 256)
        let perWave = max(1, ProcessInfo.processInfo.activeProcessorCount)
        // Each wave's rows copied out (references only), then the whole table let go.
        var waves = stride(from: 0, to: ranges.count, by: perWave).map { first in
            let last = min(first + perWave, ranges.count) - 1
            return (chunks: first...last, rows: Array(rows[ranges[first].lowerBound..<ranges[last].upperBound]))
        }
        rows = []
        var parts: [NormalizedChunk] = []
        parts.reserveCapacity(ranges.count)
        for index in waves.indices {
            let (chunks, waveRows) = waves[index]
            waves[index].rows = []
            let offset = ranges[chunks.lowerBound].lowerBound
            parts += OrderedParallelMap.map(chunks.count, minimumChunk: 1) { chunk in
                let range = ranges[chunks.lowerBound + chunk]
                return normalise(waveRows[(range.lowerBound - offset)..<(range.upperBound - offset)])
            }
            BackgroundRelease.release(waveRows)
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

    /// One chunk of consecutive rows normalised, in row order.
    private static func normalise(_ rows: ArraySlice<SourceRow>) -> NormalizedChunk {
        let normalizer = AccountNormalizer()
        var part = NormalizedChunk()
        var memo = CellMemo()
        for row in rows {
            // Rows of one file are consecutive: count them in runs, not with a lookup per row.
            if part.runs.last?.file != row.file { part.runs.append((row.file, 0, 0)) }
            var profileURL: ParsedHandle?
            switch normalizer.normalise(row, diagnostics: &part.diagnostics, profileURL: &profileURL, memo: &memo) {
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
