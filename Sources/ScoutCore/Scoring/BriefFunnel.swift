/// Why a brief's shortlist is as long as it is: how many creators were considered, how many each hard filter removed
/// (each creator counted once, under the first filter it fails in `ExclusionReason` order), and how many were left.
public struct BriefFunnel: Sendable, Hashable {
    public var briefID: String
    public var requested: Int
    public var considered = 0
    /// Per `ExclusionReason.allCases` index.
    public var removed = Array(repeating: 0, count: ExclusionReason.allCases.count)
    /// Creators that pass every filter (accounts; a person with several accounts may count more than once).
    public var left = 0
    public var shortlisted = 0
    /// Creators the do-not-contact list or the outreach statuses kept off the list before it was chosen (the next
    /// ones moved up; they are in `excluded.csv`).
    public var doNotContact = 0
    /// Under a total budget: candidates left out because their price could not be compared with the budget.
    public var unpriced = 0
    /// Whether more creators share the score of the last one on the list than the list holds.
    public var tieBeyondList = false
    /// Per platform the brief allows: accounts whose country (and audience country) is unknown, and all accounts.
    public var unknownCountry: [UnknownCount] = []

    /// How many accounts of one platform lack a value.
    public struct UnknownCount: Sendable, Hashable {
        public var platform: Platform
        public var unknown: Int
        public var total: Int
    }

    public init(briefID: String, requested: Int) {
        self.briefID = briefID
        self.requested = requested
    }

    public func removed(by reason: ExclusionReason) -> Int { removed[reason.ordinal] }

    /// The funnel in words, for the run summary and `brief_report.csv` (ASCII, so a spreadsheet opened without a BOM
    /// reads it): `0 of 10; 5,870 considered; platform -2,812;
    /// country unknown -3,058 (none of the 3,058 tiktok accounts has a country; unknown_country=pass keeps them);
    /// left 0`. Filters that removed nobody are left out.
    public var note: String {
        var parts = ["\(shortlisted) of \(requested)", "\(Self.grouped(considered)) considered"]
        for (k, reason) in ExclusionReason.allCases.enumerated() where removed[k] > 0 {
            var text = "\(reason.label) -\(Self.grouped(removed[k]))"
            if reason == .countryUnknown {
                let detail = unknownCountry.filter { $0.unknown > 0 }.map { entry in
                    entry.unknown == entry.total
                        ? "none of the \(Self.grouped(entry.total)) \(entry.platform.rawValue) accounts has a country"
                        : "\(Self.grouped(entry.unknown)) of \(Self.grouped(entry.total)) \(entry.platform.rawValue) accounts have no country"
                }
                text += " (" + (detail + ["unknown_country=pass keeps them"]).joined(separator: "; ") + ")"
            }
            parts.append(text)
        }
        parts.append("left \(Self.grouped(left))")
        if doNotContact > 0 {
            parts.append(
                "kept off by do-not-contact or outreach statuses -\(Self.grouped(doNotContact)) (the next moved up)")
        }
        if unpriced > 0 {
            parts.append("\(Self.grouped(unpriced)) without a price comparable with the total budget left out")
        }
        if tieBeyondList { parts.append("more creators share the last score than the list holds") }
        if shortlisted < requested && left == 0, let emptied = emptiedBy {
            parts.append("emptied by: \(emptied.label)")
        }
        return parts.joined(separator: "; ")
    }

    /// The last filter that removed anyone when nobody is left: the one that emptied the list.
    public var emptiedBy: ExclusionReason? {
        guard left == 0 else { return nil }
        return ExclusionReason.allCases.enumerated().last { removed[$0.offset] > 0 }?.element
    }

    /// The filter to name when the list is short: the one that emptied it, else the one that removed the most
    /// (the first in filter order on a tie); nil when no filter removed anyone.
    public var mainCause: ExclusionReason? {
        if let emptiedBy { return emptiedBy }
        let most = removed.max() ?? 0
        guard most > 0, let k = removed.firstIndex(of: most) else { return nil }
        return ExclusionReason.allCases[k]
    }

    /// `12,345`.
    static func grouped(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(c)
        }
        return (value < 0 ? "-" : "") + out
    }
}
