import Foundation

/// Campaign outcomes: what past campaigns with creators cost and returned for brands, one row per creator ×
/// campaign. Each brief adds a creator's signed `outcomes` adjustment (`Outcomes+Adjustment`) to its score: past
/// results for the brief's brand against the night's medians, shrunk toward the median and decayed with age.
///
/// Columns (header names folded: case, spaces and punctuation ignored; aliases in `columns`): `creator` (required:
/// `platform:handle`, a profile URL or a bare `@handle`, as in the statuses file), `brand` and/or `campaign` (a brief
/// or campaign id; one of the two on every row), `date` (required, `yyyy-mm-dd`), `cost` (required column; an empty
/// cell is a campaign with no known cost, kept but used by no metric), `currency`, and any of `views`,
/// `engagements`, `clicks`, `conversions`, `revenue`.
public struct Outcomes: Sendable {
    public var path: String
    public private(set) var records: [OutcomeRecord] = []
    /// The night's date (`yyyy-mm-dd`): a campaign's weight halves every `halfLifeDays` before it.
    public var today = ""

    public init(path: String = "", records: [OutcomeRecord] = [], today: String = "") {
        self.path = path
        self.records = records
        self.today = today
    }

    public var isEmpty: Bool { records.isEmpty }

    /// Header names accepted per column (folded).
    static let columns: [String: [String]] = [
        "creator": ["creator", "creatorid", "handle", "profileurl", "account", "influencer"],
        "brand": ["brand", "client", "brandname", "advertiser"],
        "campaign": ["campaign", "campaignid", "briefid", "brief"],
        "date": ["date", "campaigndate", "posted", "postedon", "postdate", "enddate", "ended"],
        "cost": ["cost", "spend", "fee", "price", "amount", "paid"],
        "currency": ["currency", "costcurrency", "cur"],
        "views": ["views", "impressions", "videoviews", "plays"],
        "engagements": ["engagements", "engagement", "interactions"],
        "clicks": ["clicks", "linkclicks", "swipeups"],
        "conversions": ["conversions", "sales", "orders", "purchases", "signups"],
        "revenue": ["revenue", "salesrevenue", "gmv", "salesvalue"],
    ]

    /// The header a new outcomes file starts with.
    public static let header =
        "creator,brand,campaign,date,cost,currency,views,engagements,clicks,conversions,revenue"

    /// Reads the file.
    /// - Throws: `ScoutError.missingColumns` without a `creator`, `date` or `cost` column, `badListRow` naming the
    ///   line and column of a creator that names no handle, a row with neither brand nor campaign, a bad date, a
    ///   number that is not one, a currency that is not a 3-letter code, or a row repeating an earlier row's creator,
    ///   brand, campaign and date; `unreadableInput`.
    public static func load(_ path: String) throws -> Outcomes {
        var result = Outcomes(path: path)
        var lineOfKey: [String: Int] = [:]
        let expected = header.split(separator: ",").map(String.init)
        try ListFile.read(
            path, kind: "outcome", columns: columns, required: ["creator", "date", "cost"], expected: expected,
            header: "creator,brand,date,cost,currency,clicks"
        ) { row in
            let creator = try row.creator()
            guard !OutreachRules.fold(row.value("brand")).isEmpty || !row.value("campaign").isEmpty else {
                throw row.fail(
                    "brand", "empty, and no campaign either (name the brand as in the briefs, or a brief id)")
            }
            guard let date = SnapshotDate.normalise(row.value("date")), OutreachStatuses.dayNumber(date) != nil else {
                throw row.fail("date", "'\(row.value("date"))' is not a date (write 2026-11-30)")
            }
            func number(_ field: String) throws -> Double? {
                switch ValueParsing.count(row.value(field)) {
                case .missing: return nil
                case .value(let value): return value
                case .invalid, .outOfRange:
                    throw row.fail(field, "'\(row.value(field))' is not a number (0 or more)")
                }
            }
            let currency = row.value("currency").uppercased()
            guard currency.isEmpty || (currency.count == 3 && currency.allSatisfy { $0.isASCII && $0.isLetter }) else {
                throw row.fail("currency", "'\(row.value("currency"))' is not a currency code (USD, EUR, JPY…)")
            }
            var measures: [OutcomeMeasure: Double] = [:]
            for measure in OutcomeMeasure.allCases {
                if let value = try number(measure.rawValue) { measures[measure] = value }
            }
            let record = OutcomeRecord(
                creator: creator, brand: row.value("brand"), campaign: row.value("campaign"), date: date,
                cost: try number("cost"), currency: currency, measures: measures, line: row.line)
            if let earlier = lineOfKey[record.key] {
                throw row.fail(
                    "date",
                    "same creator, brand, campaign and date as line \(earlier) (one row per campaign: give each a campaign id)"
                )
            }
            lineOfKey[record.key] = row.line
            result.records.append(record)
        }
        return result
    }

    /// The file's rows and the rows an earlier night kept (`history`), deduplicated by `OutcomeRecord.key` (the
    /// file's row wins: it may correct a figure), sorted by key so the night does not depend on either's order.
    public static func merged(_ file: Outcomes?, history: [OutcomeRecord], today: String) -> Outcomes? {
        var byKey: [String: OutcomeRecord] = [:]
        for record in history { byKey[record.key] = record }
        for record in file?.records ?? [] { byKey[record.key] = record }
        guard !byKey.isEmpty else { return nil }
        return Outcomes(
            path: file?.path ?? "", records: byKey.keys.sorted().map { byKey[$0]! }, today: today)
    }
}
