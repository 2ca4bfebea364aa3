import Foundation

/// Post-processing of the final shortlists with memory across nights: removes do-not-contact creators
/// (→ `excluded.csv`), flags follower spikes, adds the `change` column, writes `dropped.csv`, and records the night.
///
/// Works on the written `shortlists.csv` rows (columns found by name), so it does not depend on how stage 4 builds them.
public struct ShortlistAnnotator {
    public var doNotContact: DoNotContactList?
    public var history: HistoryStore?
    public var runID: String
    public var excelBOM = false
    public var spike = FollowerSpike()

    public static let excludedHeader = ["brief_id", "creator_id", "handle", "rank_before_exclusion", "reason"]
    public static let droppedHeader = ["brief_id", "creator_id", "previous_rank", "previous_score", "reason"]

    public init(doNotContact: DoNotContactList?, history: HistoryStore?, runID: String, excelBOM: Bool = false) {
        self.doNotContact = doNotContact
        self.history = history
        self.runID = runID
        self.excelBOM = excelBOM
    }

    /// What the annotation did, for the summary.
    public struct Result: Sendable {
        public var shortlistSizes: [(briefID: String, size: Int)] = []
        public var excluded = 0
        public var dropped = 0
        public var spikes = 0
    }

    /// Rewrites the outputs in `layout` (every file atomically).
    public func run(layout: RunLayout, recordedAt: String) throws -> Result {
        let manifest = try IntermediateTable.readJSON(Manifest.self, from: layout.manifest)
        let table = try IntermediateTable.read(layout.shortlists, required: ["brief_id", "rank", "creator_id", "score", "flags"])
        let column = { (name: String) in table.header.firstIndex(of: name)! }
        let (briefCol, rankCol, idCol, scoreCol, flagsCol) = (column("brief_id"), column("rank"), column("creator_id"), column("score"), column("flags"))
        let handleCol = table.header.firstIndex(of: "handle")
        var result = Result()

        var rowsByBrief: [String: [[String]]] = [:]
        var excluded: [[String]] = []
        for row in table.rows {
            if let reason = doNotContact?.reason(for: row[idCol]) {
                excluded.append([row[briefCol], row[idCol], handleCol.map { row[$0] } ?? "", row[rankCol], reason])
                continue
            }
            // Ranks close up over removed rows; equal scores keep sharing a rank.
            var row = row
            let kept = rowsByBrief[row[briefCol]] ?? []
            row[rankCol] = kept.last.map { $0[scoreCol] == row[scoreCol] ? $0[rankCol] : String(kept.count + 1) } ?? "1"
            rowsByBrief[row[briefCol], default: []].append(row)
        }
        result.excluded = excluded.count

        var header = table.header
        var dropped: [[String]] = []
        if let history {
            let seq = try history.sequence(of: runID, recordedAt: recordedAt)
            let accounts = try AccountCodec.read(layout.accounts)
            let present = Set(accounts.map(\.id))
            let followers = Dictionary(accounts.map { ($0.id, $0.followers) }, uniquingKeysWith: { a, _ in a })
            let shortlisted = rowsByBrief.values.flatMap { $0.map { $0[idCol] } }
            let past = try history.followerHistory(of: shortlisted, before: seq)
            let previous = try history.previousShortlists(before: seq)
            header.append("change")
            var entries: [ShortlistEntry] = []
            for brief in manifest.briefs {
                let before = Dictionary((previous[brief.id] ?? []).map { ($0.accountID, $0.rank) }, uniquingKeysWith: { a, _ in a })
                var rows = rowsByBrief[brief.id] ?? []
                for i in rows.indices {
                    let id = rows[i][idCol], rank = Int(rows[i][rankCol]) ?? 0
                    if let now = followers[id], spike.isSpike(history: past[id] ?? [], tonight: now) {
                        var flags = rows[i][flagsCol].split(separator: "|").map(String.init)
                        if !flags.contains(FollowerSpike.flag) { flags.append(FollowerSpike.flag) }
                        rows[i][flagsCol] = flags.joined(separator: "|")
                        result.spikes += 1
                    }
                    rows[i].append(ShortlistAnnotator.change(previous: before[id], now: rank))
                    entries.append(ShortlistEntry(briefID: brief.id, rank: rank, accountID: id, score: Double(rows[i][scoreCol]) ?? 0))
                }
                rowsByBrief[brief.id] = rows
                let tonight = Set(rows.map { $0[idCol] })
                for old in previous[brief.id] ?? [] where !tonight.contains(old.accountID) {
                    let reason = doNotContact?.reason(for: old.accountID).map { "excluded: " + $0 }
                        ?? (present.contains(old.accountID) ? "below the shortlist cut" : "not in tonight's exports")
                    dropped.append([brief.id, old.accountID, String(old.rank), NumberText.fixed(old.score, 4), reason])
                }
            }
            let snapshots = accounts.map { CreatorSnapshot(accountID: $0.id, followers: $0.followers, engagementRate: $0.engagementRate) }
            try history.record(seq: seq, snapshots: snapshots, shortlists: entries)
            result.dropped = dropped.count
        }

        let ordered = manifest.briefs.flatMap { rowsByBrief[$0.id] ?? [] }
        try IntermediateTable.write(layout.shortlists, header: header, rows: ordered, spreadsheetSafe: true, utf8BOM: excelBOM)
        for brief in manifest.briefs {
            try IntermediateTable.write(layout.shortlist(briefID: brief.id), header: header, rows: rowsByBrief[brief.id] ?? [],
                                        spreadsheetSafe: true, utf8BOM: excelBOM)
            result.shortlistSizes.append((brief.id, rowsByBrief[brief.id]?.count ?? 0))
        }
        if doNotContact != nil {
            try IntermediateTable.write(layout.excluded, header: ShortlistAnnotator.excludedHeader, rows: excluded,
                                        spreadsheetSafe: true, utf8BOM: excelBOM)
        }
        if history != nil {
            try IntermediateTable.write(layout.dropped, header: ShortlistAnnotator.droppedHeader, rows: dropped,
                                        spreadsheetSafe: true, utf8BOM: excelBOM)
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
