/// The partial credits inside the audience, commercial and affinity components, defined once.
///
/// `MatchModel` and the compiled scorer (`CompiledBrief`, `CompiledAccounts`, `AccountMarks`) both read them
/// here, so the two paths keep giving the same score bit for bit (tested pair by pair).
package enum PartialScore {
    /// Audience: only the creator's audience country, not its own, is among the brief's countries.
    package static let audienceCountryOnly = 0.8
    /// Audience: the creator's language was read off the script of its bio, not stated.
    package static let inferredLanguage = 0.9
    /// Audience: the creator's language is unknown.
    package static let unknownLanguage = 0.5
    /// Commercial: the budget fit when the price is unknown or its currency cannot be compared with the budget's.
    package static let unknownBudgetFit = 0.5
    /// Commercial: the cost-per-engagement score of the night's median cost (half of it scores 1), and of an
    /// unknown cost.
    package static let medianCostPerEngagement = 0.5
    /// Affinity: the bio or captions name the brand as a word without tagging it.
    package static let brandMentioned = 0.8
}
