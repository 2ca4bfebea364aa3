/// `manifest.json`: what the run read, where every row went, and what it produced. Deterministic: no clock times.
public struct Manifest: Codable, Sendable {
    public struct Totals: Codable, Sendable, Equatable {
        public var rowsRead = 0
        public var rowsAccepted = 0
        public var rowsMerged = 0
        public var rowsQuarantined = 0
        public var creators = 0
        /// Distinct people after linking accounts across platforms.
        public var people = 0
        public var briefs = 0
        public var shortlisted = 0
        /// Accounts kept off every shortlist by the authenticity threshold (listed in `inauthentic.csv`).
        public var excludedInauthentic = 0
        /// Shortlist places the do-not-contact list removed (rows of `excluded.csv`); absent without a list.
        public var excludedDoNotContact: Int?
        /// Creators on a brief's previous shortlist and not on tonight's (rows of `dropped.csv`); absent without history.
        public var dropped: Int?
        /// How many accounts need an authenticity check, on which signals (absent when scoring left no numbers).
        public var authenticity: AuthenticitySummary?

        enum CodingKeys: String, CodingKey {
            case creators, people, briefs, shortlisted, dropped, authenticity
            case rowsRead = "rows_read"
            case rowsAccepted = "rows_accepted"
            case rowsMerged = "rows_merged"
            case rowsQuarantined = "rows_quarantined"
            case excludedInauthentic = "excluded_inauthentic"
            case excludedDoNotContact = "excluded_do_not_contact"
        }
    }

    public struct BriefSummary: Codable, Sendable {
        public var id: String
        public var requested: Int
        /// Rows of the brief's shortlist as written (after the do-not-contact list and statuses kept creators off).
        public var shortlisted: Int
        /// Why the list is as long as it is (`brief_report.csv` has the same numbers).
        public var funnel: Funnel?
        /// The brief's budget, its currency and mode, and the shortlisted prices in that currency summed (the planned
        /// spend; under `budget_mode` = `total` never above the budget); absent without a budget.
        public var budget: Budget?
    }

    /// A brief's money: the budget and what the shortlist plans to spend of it.
    public struct Budget: Codable, Sendable, Equatable {
        public var amount: Double
        public var currency: String
        public var mode: String
        public var plannedSpend: Double
        /// Shortlisted creators whose price is in `currency` (the others are not in `plannedSpend`).
        public var pricedRows: Int

        enum CodingKeys: String, CodingKey {
            case amount, currency, mode
            case plannedSpend = "planned_spend"
            case pricedRows = "priced_rows"
        }

        init?(_ brief: BriefShortlist) {
            guard let budget = brief.budget else { return nil }
            let priced = brief.rows.compactMap(\.price).filter { $0.currency == brief.currency }
            amount = budget
            currency = brief.currency
            mode = brief.budgetMode.rawValue
            plannedSpend = (priced.map(\.amount).reduce(0, +) * 100).rounded() / 100
            pricedRows = priced.count
        }
    }

    /// A brief's funnel: creators considered, removed by each hard filter (in the order they are checked), left.
    public struct Funnel: Codable, Sendable, Equatable {
        public var considered: Int
        /// Filter (`ExclusionReason` raw value) → creators it removed; filters that removed nobody are left out.
        public var removed: [String: Int]
        public var left: Int
        /// Creators the do-not-contact list or the outreach statuses kept off the list (the next moved up); absent when none.
        public var doNotContact: Int?
        public var note: String

        enum CodingKeys: String, CodingKey {
            case considered, removed, left, note
            case doNotContact = "do_not_contact"
        }

        public init(_ funnel: BriefFunnel) {
            considered = funnel.considered
            removed = [:]
            for (k, reason) in ExclusionReason.allCases.enumerated() where funnel.removed[k] > 0 {
                removed[reason.rawValue] = funnel.removed[k]
            }
            left = funnel.left
            doNotContact = funnel.doNotContact > 0 ? funnel.doNotContact : nil
            note = funnel.note
        }
    }

    public var scoutVersion: String
    public var inputs: [FileReport]
    public var briefs: [BriefSummary]
    public var totals: Totals
    public var outputs: [String]

    enum CodingKeys: String, CodingKey {
        case inputs, briefs, totals, outputs
        case scoutVersion = "scout_version"
    }

    public static let version = "0.1.0"
}

extension Manifest {
    /// The manifest of what the last stage delivers: every count from `final`, the rows the deliverables hold,
    /// and `outputs` from the deliverables written.
    init(_ final: FinalShortlist, outputs: [Deliverable]) {
        self.init(
            scoutVersion: Manifest.version, inputs: final.inputs,
            briefs: final.briefs.map {
                BriefSummary(
                    id: $0.briefID, requested: $0.requested, shortlisted: $0.rows.count,
                    funnel: $0.funnel.map(Funnel.init),
                    budget: Budget($0))
            },
            totals: Totals(final), outputs: outputs.map(\.path))
    }
}

extension Manifest.Totals {
    /// Every count of what the last stage delivers (the manifest's, and the workbook's and report's).
    init(_ final: FinalShortlist) {
        for file in final.inputs where file.kind == .creators {
            rowsRead += file.rowsRead
            rowsAccepted += file.rowsAccepted
            rowsMerged += file.rowsMerged
            rowsQuarantined += file.rowsQuarantined
        }
        creators = final.creators
        people = final.people
        briefs = final.briefs.count
        shortlisted = final.shortlisted
        excludedInauthentic = final.inauthentic.count
        excludedDoNotContact = final.excluded?.count
        dropped = final.dropped?.count
        authenticity = final.authenticity
    }
}
