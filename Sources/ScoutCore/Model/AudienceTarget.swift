/// The audience a brief asks for (`audience_gender`, `audience_age`, `min_audience_share`).
public struct AudienceTarget: Sendable, Hashable {
    public enum Gender: String, Sendable, Hashable, CaseIterable {
        case women, men
    }

    public var gender: Gender?
    /// Age buckets whose shares add up to the targeted age group (`18-34` = 18–24 and 25–34).
    public var ages: [AudienceDemographics.AgeBucket] = []
    /// The share of the audience that fully satisfies a target; less scores share / minShare.
    public var minShare = AudienceTarget.defaultMinShare

    /// Half the audience: "mostly women", "mostly 18–34".
    public static let defaultMinShare = 0.5

    public init() {}

    /// True when the brief targets neither gender nor age.
    public var isEmpty: Bool { gender == nil && ages.isEmpty }

    /// `18–34` for the targeted buckets (their span; `45+` open-ended).
    public var ageLabel: String {
        guard let first = ages.first, let last = ages.last else { return "" }
        return last.years.high.map { "\(first.years.low)–\($0)" } ?? "\(first.years.low)+"
    }

    /// The buckets a brief's age cell names: `18-24|25-34`, a span such as `18-34` or `25+` (every bucket inside it).
    /// `nil` when a span covers no whole bucket or an item is not an age range.
    public static func buckets(_ items: [String]) -> [AudienceDemographics.AgeBucket]? {
        var chosen = Set<AudienceDemographics.AgeBucket>()
        for item in items {
            let text = item.replacingOccurrences(of: "–", with: "-").replacingOccurrences(of: " ", with: "")
            let low: Int
            let high: Int?
            if text.hasSuffix("+"), let value = Int(text.dropLast()) {
                (low, high) = (value, nil)
            } else {
                let parts = text.split(separator: "-")
                guard parts.count == 2, let a = Int(parts[0]), let b = Int(parts[1]), a <= b else { return nil }
                (low, high) = (a, b)
            }
            let inside = AudienceDemographics.AgeBucket.allCases.filter { bucket in
                bucket.years.low >= low && (high.map { h in bucket.years.high.map { $0 <= h } ?? false } ?? true)
            }
            guard !inside.isEmpty else { return nil }
            chosen.formUnion(inside)
        }
        return chosen.sorted { $0.rawValue < $1.rawValue }
    }
}
