/// Tonight against the nights before it: flags follower spikes, fills the change column, lists the creators
/// dropped since the previous shortlist, and records tonight (every account's numbers, every shortlist).
///
/// Nights are ordered by the history's `seq`; a re-run of a night compares with the same earlier nights and
/// replaces its own records, so it gives the same outputs.
struct HistoryNight {
    var store: HistoryStore
    var runID: String
    /// When tonight is first recorded (kept on re-runs).
    var recordedAt: String
    /// For the reason of a dropped creator that was excluded.
    var doNotContact: DoNotContactList?
    /// Tonight's creators kept off a list by the do-not-contact list or the statuses, for the same reason.
    var excluded: [ExcludedCreator] = []
    var spike = FollowerSpike()

    /// Annotates `final` (after do-not-contact) and records tonight.
    /// - Parameter snapshots: every account's numbers tonight, by id (computed only when history is on).
    /// - Throws: `NightlyError.history` when the database refuses.
    func annotate(_ final: inout FinalShortlist, snapshots: () throws -> [CreatorSnapshot]) throws {
        let seq = try store.sequence(of: runID, recordedAt: recordedAt)
        let past = try store.followerHistory(of: final.briefs.flatMap { $0.rows.map(\.creatorID) }, before: seq)
        let previous = try store.previousShortlists(before: seq)
        final.hasPreviousNight = !previous.isEmpty
        var entries: [ShortlistEntry] = []
        var gone: [(briefID: String, entry: ShortlistEntry)] = []
        for b in final.briefs.indices {
            let id = final.briefs[b].briefID
            let before = Dictionary((previous[id] ?? []).map { ($0.accountID, $0) }, uniquingKeysWith: { a, _ in a })
            for r in final.briefs[b].rows.indices {
                var row = final.briefs[b].rows[r]
                if spike.isSpike(history: past[row.creatorID] ?? [], tonight: row.followers) {
                    if !row.flags.contains(FollowerSpike.flag) { row.flags.append(FollowerSpike.flag) }
                    final.followerSpikes += 1
                }
                let last = before[row.creatorID]
                row.change = Self.change(
                    previous: last?.rank, now: row.rank, scoreMoved: last.map { abs(row.score - $0.score) } ?? 0)
                entries.append(ShortlistEntry(briefID: id, rank: row.rank, accountID: row.creatorID, score: row.score))
                final.briefs[b].rows[r] = row
            }
            let tonight = Set(final.briefs[b].rows.map(\.creatorID))
            gone += (previous[id] ?? []).filter { !tonight.contains($0.accountID) }.map { (id, $0) }
        }
        let snapshots = try snapshots()
        // Only the dropped creators' presence tonight is looked up, not every account's.
        let wanted = Set(gone.map(\.entry.accountID))
        let present = Dictionary(
            snapshots.lazy.filter { wanted.contains($0.accountID) }.map { ($0.accountID, $0.person) },
            uniquingKeysWith: { a, _ in a })
        // Their people's other accounts, for do-not-contact entries about the person (one pass, only wanted people).
        var accountsOfPerson: [String: [String]] = [:]
        if doNotContact != nil {
            let people = Set(present.values)
            for s in snapshots where people.contains(s.person) {
                accountsOfPerson[s.person, default: []].append(s.accountID)
            }
        }
        let keptOff = Dictionary(
            excluded.map { ($0.briefID + "\u{0}" + $0.creatorID, $0.reason) }, uniquingKeysWith: { a, _ in a })
        final.dropped = gone.map { briefID, old in
            let others =
                present[old.accountID].map { (accountsOfPerson[$0] ?? []).filter { $0 != old.accountID } } ?? []
            let reason =
                (keptOff[briefID + "\u{0}" + old.accountID]
                ?? doNotContact?.reason(for: old.accountID, otherAccounts: others))
                .map { "excluded: " + $0 }
                ?? (present[old.accountID] != nil ? "below the shortlist cut" : "not in tonight's exports")
            return DroppedCreator(
                briefID: briefID, creatorID: old.accountID, previousRank: old.rank, previousScore: old.score,
                reason: reason)
        }
        try store.record(seq: seq, snapshots: snapshots, shortlists: entries)
    }

    /// A score that moved no more than this since the previous night (one point on the workbook's 0–100 scale) is
    /// noise: the creator's rank may shift as others move, but the change column says `same`.
    static let noiseBand = 0.01

    /// `new`, `same`, `up N` (moved N places towards rank 1) or `down N`; `same` also when the creator's own score moved
    /// by no more than `noiseBand` (0.7500 → 0.7437 is not "up 5").
    static func change(previous: Int?, now: Int, scoreMoved: Double = .infinity) -> String {
        guard let previous else { return "new" }
        if previous == now || scoreMoved <= noiseBand { return "same" }
        return previous > now ? "up \(previous - now)" : "down \(now - previous)"
    }
}
