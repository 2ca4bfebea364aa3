/// Who follows a creator, as discovery-tool exports (HypeAuditor, Modash, Upfluence…) report it: shares of the
/// audience as fractions (0.64 for 64 %). Every part is optional; an empty value means the export had none.
public struct AudienceDemographics: Sendable, Hashable {
    /// Age buckets of the audience, in order.
    public enum AgeBucket: Int, Sendable, Hashable, CaseIterable {
        case from13to17, from18to24, from25to34, from35to44, from45

        /// The bucket's youngest and oldest age (`nil`: open-ended).
        public var years: (low: Int, high: Int?) {
            switch self {
            case .from13to17: (13, 17)
            case .from18to24: (18, 24)
            case .from25to34: (25, 34)
            case .from35to44: (35, 44)
            case .from45: (45, nil)
            }
        }

        /// `13-17` … `45+`, as the brief column and the stage file write it.
        public var label: String { years.high.map { "\(years.low)-\($0)" } ?? "\(years.low)+" }
    }

    /// Share of women; without it but with `male`, 1 − male.
    public var female: Double?
    public var male: Double?
    /// Per `AgeBucket` (raw value = index); `nil` where the export has no such column.
    public var ages: [Double?] = Self.unknownAges

    /// Every bucket unknown: one array all values without ages share (no allocation per account).
    static let unknownAges: [Double?] = Array(repeating: nil, count: AgeBucket.allCases.count)
    /// Share of the audience in the account's `audienceCountry`.
    public var countryShare: Double?
    /// Share of real, active followers ("audience credibility", "real followers").
    public var credibility: Double?

    public init() {}

    /// True when the export had none of these values.
    public var isEmpty: Bool { self == AudienceDemographics() }

    /// The share of women, stated or as 1 − the share of men.
    public var womenShare: Double? { female ?? male.map { max(0, 1 - $0) } }

    /// Whether any age bucket is known.
    public var hasAges: Bool { ages.contains { $0 != nil } }

    /// The share of the audience in `buckets` (unknown buckets of a known distribution count 0); `nil` without ages.
    public func share(of buckets: [AgeBucket]) -> Double? {
        guard hasAges else { return nil }
        return buckets.reduce(0.0) { $0 + (ages[$1.rawValue] ?? 0) }
    }
}
