import Foundation

/// The final shortlists with memory across nights: removes do-not-contact creators (→ `excluded.csv`), flags
/// follower spikes, sets the `change` column, writes `dropped.csv`, and records the night. Works on the night's
/// typed rows before any deliverable is written.
public struct ShortlistAnnotator {
    public var doNotContact: DoNotContactList?
    public var history: HistoryStore?
    public var runID: String
    /// Start `excluded.csv` and `dropped.csv` with a UTF-8 BOM (the default for deliverables; `--no-bom` turns it off).
    public var utf8BOM = true
    public var spike = FollowerSpike()

    public static let excludedHeader = ["brief_id", "creator_id", "handle", "rank_before_exclusion", "reason"]
    public static let droppedHeader = ["brief_id", "creator_id", "previous_rank", "previous_score", "reason"]

    public init(doNotContact: DoNotContactList?, history: HistoryStore?, runID: String, utf8BOM: Bool = true) {
        self.doNotContact = doNotContact
        self.history = history
        self.runID = runID
        self.utf8BOM = utf8BOM
    }

    /// What the annotation did, for the summary.
    public struct Result: Sendable {
        public var shortlistSizes: [(briefID: String, size: Int)] = []
        public var excluded = 0
        public var dropped = 0
        public var spikes = 0
    }

    /// Applies the do-not-contact list and history to the night's rows (removes listed creators and renumbers the
    /// ranks, flags follower spikes, sets `change`, lists dropped creators), records the night, and writes
    /// `excluded.csv` / `dropped.csv`. The shortlists themselves are written afterwards from `night`.
    /// - Parameter accounts: tonight's accounts (follower counts for spikes, presence for dropped reasons).
    public func annotate(_ night: inout NightReport, accounts: [CreatorAccount], layout: RunLayout, recordedAt: String) throws -> Result {
        var result = Result()
        var kept: [ShortlistRow] = []
        var keptPerBrief: [String: Int] = [:]
        var excluded: [[String]] = []
        var excludedPerBrief: [String: Int] = [:]
        for row in night.rows {
            if let reason = doNotContact?.reason(for: row.creatorID) {
                excluded.append([row.briefID, row.creatorID, row.handle, String(row.rank), reason])
                excludedPerBrief[row.briefID, default: 0] += 1
                continue
            }
            var row = row
            row.rank = keptPerBrief[row.briefID, default: 0] + 1
            keptPerBrief[row.briefID] = row.rank
            kept.append(row)
        }
        night.rows = kept
        for i in night.briefs.indices { night.briefs[i].excluded = excludedPerBrief[night.briefs[i].id] ?? 0 }
        result.excluded = excluded.count

        var dropped: [[String]] = []
        if let history {
            let seq = try history.sequence(of: runID, recordedAt: recordedAt)
            let present = Set(accounts.map(\.id))
            let followers = Dictionary(accounts.map { ($0.id, $0.followers) }, uniquingKeysWith: { a, _ in a })
            let past = try history.followerHistory(of: night.rows.map(\.creatorID), before: seq)
            let previous = try history.previousShortlists(before: seq)
            night.hasPreviousNight = !previous.isEmpty
            var entries: [ShortlistEntry] = []
            var indicesByBrief: [String: [Int]] = [:]
            for i in night.rows.indices { indicesByBrief[night.rows[i].briefID, default: []].append(i) }
            for b in night.briefs.indices {
                let briefID = night.briefs[b].id
                let before = Dictionary((previous[briefID] ?? []).map { ($0.accountID, $0.rank) }, uniquingKeysWith: { a, _ in a })
                var tonight = Set<String>()
                for i in indicesByBrief[briefID] ?? [] {
                    let id = night.rows[i].creatorID, rank = night.rows[i].rank
                    tonight.insert(id)
                    if let now = followers[id], spike.isSpike(history: past[id] ?? [], tonight: now) {
                        if !night.rows[i].flags.contains(FollowerSpike.flag) { night.rows[i].flags.append(FollowerSpike.flag) }
                        result.spikes += 1
                    }
                    night.rows[i].change = ShortlistAnnotator.change(previous: before[id], now: rank)
                    // History keeps the score as the CSVs show it (four decimals), as it always has.
                    let shown = Double(NumberText.fixed(night.rows[i].score, 4)) ?? night.rows[i].score
                    entries.append(ShortlistEntry(briefID: briefID, rank: rank, accountID: id, score: shown))
                }
                for old in previous[briefID] ?? [] where !tonight.contains(old.accountID) {
                    let reason = doNotContact?.reason(for: old.accountID).map { "excluded: " + $0 }
                        ?? (present.contains(old.accountID) ? "below the shortlist cut" : "not in tonight's exports")
                    dropped.append([briefID, old.accountID, String(old.rank), NumberText.fixed(old.score, 4), reason])
                    night.briefs[b].dropped.append(DroppedCreator(creatorID: old.accountID, previousRank: old.rank,
                                                                  previousScore: old.score, reason: reason))
                }
            }
            let snapshots = accounts.map { CreatorSnapshot(accountID: $0.id, followers: $0.followers, engagementRate: $0.engagementRate) }
            try history.record(seq: seq, snapshots: snapshots, shortlists: entries)
            result.dropped = dropped.count
            night.hasHistory = true
        }
        night.settleBriefs()
        result.shortlistSizes = night.briefs.map { ($0.id, $0.returned) }

        if doNotContact != nil {
            try IntermediateTable.write(layout.excluded, header: ShortlistAnnotator.excludedHeader, rows: excluded,
                                        spreadsheetSafe: true, utf8BOM: utf8BOM)
        }
        if history != nil {
            try IntermediateTable.write(layout.dropped, header: ShortlistAnnotator.droppedHeader, rows: dropped,
                                        spreadsheetSafe: true, utf8BOM: utf8BOM)
        }
        return result
    }

    /// `new`, `same`, `up N` (moved N places towards rank 1) or `down N`.
    public static func change(previous: Int?, now: Int) -> String {
        guard let previous else { return "new" }
        if previous == now { return "same" }
        return previous > now ? "up \(previous - now)" : "down \(now - previous)"
    }
}

extension RunLayout {
    /// Creators removed from shortlists by the do-not-contact list, with the reason.
    public var excluded: String { path("excluded.csv") }
    /// Creators on a brief's previous shortlist that are not on tonight's.
    public var dropped: String { path("dropped.csv") }
}
