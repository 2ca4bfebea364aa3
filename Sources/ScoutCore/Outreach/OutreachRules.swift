/// Who may not take a place on which brief tonight: the do-not-contact list and the rules over the outreach
/// statuses, resolved to accounts (and to every account of a listed creator's person) before the top K is chosen,
/// so the next creators move up and every brief still gets its full `shortlist_size` when enough qualify.
///
/// Rules, each with a default window a brief overrides with its own column (days, counted back from the night's
/// date `today`):
/// - on the do-not-contact list, or any `do_not_contact` status: never listed, for any brand;
/// - latest status for the brief's brand (or the brief itself) `declined`: not listed for `declined_days` (180);
/// - latest status for the brief's brand `pitched` with nothing after it: listed again only after `pitched_days` (30);
/// - `booked` or `completed` with a competitor of the brief's brand (a brand named in the brief's `exclude`
///   column) within `conflict_days` (90): a conflict, not listed.
/// `replied`, `booked` and `completed` for the brief's own brand keep a creator listable.
public struct OutreachRules: Sendable {
    public var doNotContact: DoNotContactList?
    public var statuses: OutreachStatuses?
    /// The night's date (`yyyy-mm-dd`): windows count back from it.
    public var today: String

    public static let defaultDeclinedDays = 180
    public static let defaultPitchedDays = 30
    public static let defaultConflictDays = 90

    public init(doNotContact: DoNotContactList?, statuses: OutreachStatuses?, today: String) {
        self.doNotContact = doNotContact
        self.statuses = statuses
        self.today = today
    }

    public var isEmpty: Bool { (doNotContact?.isEmpty ?? true) && (statuses?.isEmpty ?? true) }

    /// What is known of one creator: a do-not-contact reason and status records, its own or its person's.
    struct Standing {
        var doNotContact: String?
        var records: [OutreachRecord] = []
    }

    /// Per brief, the accounts (positions in `order`) that may not take a place, with the reason.
    /// - Complexity: O(N) dictionary look-ups over the accounts, then O(matched × B); nothing when both lists are empty.
    func blocked(briefs: [Brief], accounts: [CreatorAccount], order: [Int]) -> [[Int32: String]] {
        guard !isEmpty else { return briefs.map { _ in [:] } }
        let lookup = Lookup(statuses?.records ?? [])
        var own: [Int: Standing] = [:]
        var ofPerson: [String: [(accountID: String, standing: Standing)]] = [:]
        for position in order.indices {
            let account = accounts[order[position]]
            guard let standing = standing(account.id, handle: account.handle, lookup) else { continue }
            own[position] = standing
            if !account.personID.isEmpty { ofPerson[account.personKey, default: []].append((account.id, standing)) }
        }
        var standings = own
        if !ofPerson.isEmpty {
            // A status or a do-not-contact entry is about a person, not one of their accounts.
            for position in order.indices {
                let account = accounts[order[position]]
                guard !account.personID.isEmpty, let others = ofPerson[account.personKey] else { continue }
                var standing = own[position] ?? Standing()
                for other in others.sorted(by: { $0.accountID < $1.accountID }) where other.accountID != account.id {
                    if standing.doNotContact == nil, let reason = other.standing.doNotContact {
                        standing.doNotContact = "\(reason) (same person as \(other.accountID))"
                    }
                    standing.records += other.standing.records
                }
                standings[position] = standing
            }
        }
        let sorted = standings.sorted { $0.key < $1.key }
        return briefs.map { brief in
            let competitors = Set(brief.exclude.map(Self.fold).filter { !$0.isEmpty })
            var blocked: [Int32: String] = [:]
            for (position, standing) in sorted {
                if let reason = reason(brief, standing, competitors: competitors) { blocked[Int32(position)] = reason }
            }
            return blocked
        }
    }

    /// The records of the statuses file by account id and by bare handle.
    struct Lookup {
        var records: [OutreachRecord]
        var byAccount: [String: [Int]] = [:], byHandle: [String: [Int]] = [:]

        init(_ records: [OutreachRecord]) {
            self.records = records
            for (i, record) in records.enumerated() {
                if let id = record.creator.accountID {
                    byAccount[id, default: []].append(i)
                } else {
                    byHandle[record.creator.handle, default: []].append(i)
                }
            }
        }
    }

    /// What the lists say about the account `accountID` itself, or nil when they name it nowhere.
    func standing(_ accountID: String, handle: String, _ lookup: Lookup) -> Standing? {
        let found = (lookup.byAccount[accountID] ?? []) + (lookup.byHandle[handle] ?? [])
        let listed = doNotContact?.reason(for: accountID)
        guard listed != nil || !found.isEmpty else { return nil }
        return Standing(doNotContact: listed, records: found.sorted().map { lookup.records[$0] })
    }

    /// Per creator (its account id, handle, and its person's other account ids), the reason it may not take a place on
    /// `brief`, or nil: `blocked`'s rules for creators known only by their shortlist rows (a sharded night's merge).
    func reasons(_ brief: Brief, creators: [(id: String, handle: String, others: [String])]) -> [String?] {
        guard !isEmpty else { return creators.map { _ in nil } }
        let lookup = Lookup(statuses?.records ?? [])
        let competitors = Set(brief.exclude.map(Self.fold).filter { !$0.isEmpty })
        return creators.map { creator in
            var standing = self.standing(creator.id, handle: creator.handle, lookup) ?? Standing()
            for other in creator.others.sorted() where other != creator.id {
                let handle = other.firstIndex(of: ":").map { String(other[other.index(after: $0)...]) } ?? other
                guard let theirs = self.standing(other, handle: handle, lookup) else { continue }
                if standing.doNotContact == nil, let reason = theirs.doNotContact {
                    standing.doNotContact = "\(reason) (same person as \(other))"
                }
                standing.records += theirs.records
            }
            return reason(brief, standing, competitors: competitors)
        }
    }

    /// Why `standing` keeps a creator off `brief`, or nil.
    func reason(_ brief: Brief, _ standing: Standing, competitors: Set<String>) -> String? {
        if let listed = standing.doNotContact { return listed }
        if let record = standing.records.first(where: { $0.status == .doNotContact }) {
            return "do not contact" + (record.note.isEmpty ? "" : ": " + record.note)
                + (record.date.isEmpty ? "" : " (status of \(record.date))")
        }
        let now = OutreachStatuses.dayNumber(today) ?? Int.max
        let conflictDays = brief.conflictDays ?? Self.defaultConflictDays
        let brand = Self.fold(brief.brand)
        let latestFirst = standing.records.sorted { ($0.day, $0.line) > ($1.day, $1.line) }
        if let booking = latestFirst.first(where: { record in
            (record.status == .booked || record.status == .completed) && competitors.contains(Self.fold(record.brand))
                && now - record.day < conflictDays
        }) {
            return
                "\(booking.status.rawValue) with \(booking.brand) on \(booking.date), a competitor of \(brief.brand) (conflict for \(conflictDays) days)"
        }
        guard
            let latest = latestFirst.first(where: {
                $0.briefID == brief.id || (!$0.brand.isEmpty && Self.fold($0.brand) == brand)
            })
        else {
            return nil
        }
        let age = now - latest.day
        let note = latest.note.isEmpty ? "" : ": " + latest.note
        switch latest.status {
        case .declined where age < brief.declinedDays ?? Self.defaultDeclinedDays:
            return
                "declined \(brief.brand) on \(latest.date)\(note) (not pitched again for \(brief.declinedDays ?? Self.defaultDeclinedDays) days)"
        case .pitched where age < brief.pitchedDays ?? Self.defaultPitchedDays:
            return
                "pitched for \(brief.brand) on \(latest.date), no reply yet\(note) (listed again after \(brief.pitchedDays ?? Self.defaultPitchedDays) days)"
        default:
            return nil
        }
    }

    /// A brand name compared without case, spaces or punctuation (`Glow Lab` = `glowlab` = `@glowlab`).
    static func fold(_ text: String) -> String { HeaderAliases.fold(text) }
}
