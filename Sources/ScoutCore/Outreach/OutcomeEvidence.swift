import Foundation

/// One creator's past campaigns for one brief's brand, as the brief's score takes them: the metric compared, the
/// creator's figure against the night's median, the evidence and the signed adjustment (`Outcomes+Adjustment`).
public struct OutcomeEvidence: Sendable, Hashable {
    /// The brand as the brief names it.
    public var brand: String
    public var measure: OutcomeMeasure
    /// The creator's return per unit of cost over the night's median one (> 1: better than the median; for a cost
    /// metric the creator's cost per unit is 1 / ratio of the median's).
    public var ratio: Double
    /// Campaigns behind the figure.
    public var campaigns: Int
    /// The campaigns' decayed weight (each halves every `Outcomes.halfLifeDays` before the night).
    public var evidence: Double
    /// What it adds to the score: shrunk toward 0 (the median) by `evidence / (evidence + Outcomes.priorCampaigns)`.
    public var adjustment: Double
    /// The same figure taken at face value (no shrinkage), for comparison.
    public var unshrunk: Double

    /// `why`'s words: `past Glowlab campaigns: CPC 40% below median (2 campaigns, shrunk to +0.017)`.
    public var phrase: String {
        let plural = campaigns == 1 ? "" : "s"
        let shown = NumberText.fixed(adjustment, 3)
        let signed = shown == "0.000" || shown == "-0.000" ? "0.000" : (adjustment > 0 ? "+" : "") + shown
        return
            "past \(brand) campaign\(plural): \(measure.metric) \(comparison) (\(campaigns) campaign\(plural), shrunk to \(signed))"
    }

    /// The figure against the median in words: `40% below median`, `25% above median`, `3.2× the median`.
    var comparison: String {
        if ratio == 0 { return "with no \(measure.rawValue) for the cost" }
        // A cost metric is better when lower: compare the creator's cost per unit with the median's.
        let relative = measure == .revenue ? ratio : 1 / ratio
        let percent = Int((abs(relative - 1) * 100).rounded())
        if percent == 0 { return "at the median" }
        if relative < 1 { return "\(percent)% below median" }
        return relative < 2 ? "\(percent)% above median" : "\(NumberText.fixed(relative, 1))× the median"
    }
}
