/// Why accounts were merged into one or linked into one person (`rule` in `merges.csv`).
///
/// The account rules come from `AccountDeduplicator`, the person rules from `PersonLinker`; `neverMerge` marks a
/// merge or link that a `never_merge` override refused. Raw values are the words written in `merges.csv`.
public enum MergeRule: String, Sendable, Hashable, CaseIterable {
    /// Several rows of the same platform and handle.
    case sameAccount = "same_account"
    /// Accounts with the same platform id (a renamed YouTube channel `UC…`).
    case samePlatformID = "same_platform_id"
    /// Accounts whose profile URLs name the same platform and handle.
    case sameProfileURL = "same_profile_url"
    /// People linked by an `always_merge` override.
    case alwaysMerge = "always_merge"
    /// People linked by the same e-mail hash.
    case sameEmail = "same_email"
    /// People linked by the same personal web-site host.
    case sameWebsite = "same_website"
    /// People linked because one account's bio or website holds the other's profile URL.
    case bioLink = "bio_link"
    /// A merge or link refused by a `never_merge` override.
    case neverMerge = "never_merge"
}
