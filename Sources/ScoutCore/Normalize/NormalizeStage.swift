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
    /// - Parameter workers: the threads normalising rows may use (`--threads`; default: every core).
    static func run(
        taking rows: inout [SourceRow], identity: IdentityRules,
        diagnostics: inout DiagnosticsCollector, workers: Int = ProcessInfo.processInfo.activeProcessorCount
    ) -> NormalizedAccounts {
        TerminalProgress.shared.phase("parsing \(DisplayText.grouped(rows.count)) rows")
        var normalized = normaliseRows(taking: &rows, workers: workers)
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

    /// `normaliseRows(rows)` on rows it takes over (`rows` is left empty). Chunks of rows are moved out of `rows`
    /// and normalised on the other cores while this thread joins the finished ones in row order
    /// (`OrderedBatchPipeline`): the cores never wait for a wave of chunks, joining overlaps normalising, and each
    /// chunk's rows are freed by the worker that normalised them, so when the caller held the only reference the
    /// rows and the accounts are never both whole in memory.
    /// - Parameter workers: the threads to use (default: every core); 1 normalises on the caller's thread.
    static func normaliseRows(
        taking rows: inout [SourceRow], workers: Int = ProcessInfo.processInfo.activeProcessorCount
    ) -> NormalizedRows {
        let workers = max(1, workers)
        var result = NormalizedRows()
        result.accounts.reserveCapacity(rows.count)
        result.keys.reserveCapacity(rows.count)
        let pipeline = OrderedBatchPipeline<[SourceRow], NormalizedChunk>(workers: workers, inFlight: 2 * workers) {
            normalise($0[...])
        }
        let join = { (part: NormalizedChunk) in
            var part = part
            result.diagnostics.merge(part.diagnostics)
            ChunkConcatenation.moveAppend(&part.accounts, to: &result.accounts, filler: CreatorAccount.filler)
            ChunkConcatenation.moveAppend(&part.keys, to: &result.keys, filler: BlockingKeys.filler)
            result.quarantine += part.quarantine
            for run in part.runs {
                result.counts[run.file, default: (0, 0, 0)].accepted += run.accepted
                result.counts[run.file, default: (0, 0, 0)].quarantined += run.quarantined
            }
        }
        for range in chunkRanges(rows.count, workers: workers) {
            pipeline.submit(ChunkConcatenation.moveOut(range, of: &rows, filler: SourceRow.filler), take: join)
        }
        rows = []
        pipeline.finish(take: join)
        return result
    }

    /// Chunks of about 4,096 rows (at least eight per worker, so the last chunks balance the cores; none under
    /// 256 rows). How rows are chunked changes no output: each row is normalised alone.
    static func chunkRanges(_ count: Int, workers: Int) -> [Range<Int>] {
        guard count > 0 else { return [] }
        let chunkCount = max(1, min(count / 256, max(workers * 8, count / 4096)))
        let size = (count + chunkCount - 1) / chunkCount
        return stride(from: 0, to: count, by: size).map { $0..<min(count, $0 + size) }
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
