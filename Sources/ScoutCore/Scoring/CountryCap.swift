/// Optional shortlist diversity: at most `max_per_country` creators from one country (brief column).
///
/// A creator's country is its own country, else its audience country; creators with neither are one group
/// ("unknown"). The cap walks the ranked candidates best first and skips those whose country is full, so the
/// result stays deterministic. Scoring keeps a pool of 5 × shortlist size per brief when a cap is set; if the
/// pool cannot fill the shortlist under the cap, the shortlist comes out short (the run summary lists it).
public enum CountryCap {
    /// How many candidates per brief scoring must keep for the cap to have enough to choose from.
    public static let poolFactor = 5

    /// The heap capacity for `brief`.
    public static func poolSize(_ brief: Brief) -> Int {
        brief.maxPerCountry == nil ? brief.shortlistSize : brief.shortlistSize * poolFactor
    }

    /// The country the cap counts an account under: its own, else its audience's; empty for neither.
    public static func country(of account: CreatorAccount) -> String {
        account.country.isEmpty ? account.audienceCountry : account.country
    }

    /// The first `shortlistSize` of `ranked` (best first) that respect the cap; `country` gives each one's
    /// `country(of:)`.
    public static func apply<T>(_ brief: Brief, _ ranked: [T], country: (T) -> String) -> [T] {
        guard let cap = brief.maxPerCountry else { return Array(ranked.prefix(brief.shortlistSize)) }
        var counts: [String: Int] = [:]
        var kept: [T] = []
        for candidate in ranked where kept.count < brief.shortlistSize {
            let country = country(candidate)
            if counts[country, default: 0] < cap {
                counts[country, default: 0] += 1
                kept.append(candidate)
            }
        }
        return kept
    }
}
