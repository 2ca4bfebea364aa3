/// The night's authenticity in numbers, for the run summary and `manifest.json`: how many accounts need a check, how
/// many the threshold excluded, which signals explain them, and how many rest on thin evidence.
public struct AuthenticitySummary: Sendable, Hashable, Codable {
    public var accounts = 0
    /// Accounts scoring below `Authenticity.needsCheckBelow` (the excluded ones included).
    public var needsCheck = 0
    /// Accounts below `--min-authenticity`, kept off every shortlist.
    public var excluded = 0
    /// Per flag: accounts needing a check that carry it.
    public var signals: [String: Int] = [:]
    /// Accounts whose evidence covers less than half of the applicable signals (`authenticity_confidence` < 0.5).
    public var lowConfidence = 0

    public init() {}

    enum CodingKeys: String, CodingKey {
        case accounts, excluded, signals
        case needsCheck = "needs_check"
        case lowConfidence = "low_confidence"
    }

    /// Confidence below this is "thin evidence".
    public static let lowConfidenceBelow = 0.5

    mutating func add(_ authenticity: Authenticity, minAuthenticity: Double) {
        accounts += 1
        if authenticity.confidence < Self.lowConfidenceBelow { lowConfidence += 1 }
        if authenticity.score < minAuthenticity { excluded += 1 }
        guard authenticity.needsCheck else { return }
        needsCheck += 1
        for flag in authenticity.flags { signals[flag.rawValue, default: 0] += 1 }
    }

    mutating func merge(_ other: AuthenticitySummary) {
        accounts += other.accounts
        needsCheck += other.needsCheck
        excluded += other.excluded
        lowConfidence += other.lowConfidence
        for (flag, count) in other.signals { signals[flag, default: 0] += count }
    }

    /// `1,204 of 5,870 accounts need a check (mass_following 700, few_posts 300, …); 12 excluded (several strong
    /// signals each); 3,100 rest on thin evidence (no following or post counts)`.
    public var sentence: String {
        let g = BriefFunnel.grouped
        let top = signals.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.map {
            "\($0.key) \(g($0.value))"
        }
        var text = "\(g(needsCheck)) of \(g(accounts)) accounts need a check"
        if !top.isEmpty { text += " (" + top.joined(separator: ", ") + ")" }
        text += "; \(g(excluded)) excluded on several strong signals"
        if lowConfidence > 0 { text += "; \(g(lowConfidence)) rest on thin evidence (authenticity_confidence < 0.5)" }
        return text
    }
}
