/// What identity resolution needs of one input row, without the rest of it: its blocking keys, its place in the
/// survivorship order, the evidence a merge record shows, and the fields person linking reads.
///
/// A sharded night's ingest tasks write one per accepted row (`keys.csv`, about a tenth of the row), and the
/// identity step resolves every account and person of the night from them alone
/// ([sharding.md](../../../docs/sharding.md)).
struct IdentityRecord: Sendable, Hashable, IdentitySnapshot, LinkableAccount {
    var id: String
    var platform: Platform
    var platformID: String
    /// `platform:handle` read from the profile URL (`BlockingKeys.profile`), when it is a platform's URL.
    var profileKey: String?
    var asOf: String
    var followers: Int
    var displayName: String
    var emailHash: String
    var website: String
    /// The bio when it holds a `/` (only then can it hold a profile link); empty otherwise.
    var bio: String
    /// Whether the row's bio is non-empty (survivorship fills an empty bio from the next row that has one).
    var hasBio: Bool
    var source: SourceRef

    var sources: [SourceRef] { [source] }

    /// The blocking keys `BlockingKeys(account)` gives for the row's account.
    var keys: BlockingKeys { BlockingKeys(id: id, platform: platform, platformID: platformID, profile: profileKey) }

    /// The record of a row's account (one source) and its blocking keys.
    init(_ account: CreatorAccount, keys: BlockingKeys) {
        id = keys.id
        platform = account.platform
        platformID = account.platformID
        profileKey = keys.profile
        asOf = account.asOf
        followers = account.followers
        displayName = account.displayName
        emailHash = account.emailHash
        website = account.website
        bio = PersonLinker.containsSlash(account.bio) ? account.bio : ""
        hasBio = !account.bio.isEmpty
        source = account.sources[0]
    }

    init(
        id: String, platform: Platform, platformID: String, profileKey: String?, asOf: String, followers: Int,
        displayName: String,
        emailHash: String, website: String, bio: String, hasBio: Bool, source: SourceRef
    ) {
        self.id = id
        self.platform = platform
        self.platformID = platformID
        self.profileKey = profileKey
        self.asOf = asOf
        self.followers = followers
        self.displayName = displayName
        self.emailHash = emailHash
        self.website = website
        self.bio = bio
        self.hasBio = hasBio
        self.source = source
    }

    /// The linking fields of a group's survivor: the first row's, each empty one filled from the next row that
    /// has it, as `AccountDeduplicator.fill` fills the whole account.
    static func survivor(of rows: [IdentityRecord]) -> IdentityRecord {
        var survivor = rows[0]
        for other in rows.dropFirst() {
            if survivor.platformID.isEmpty { survivor.platformID = other.platformID }
            if survivor.emailHash.isEmpty { survivor.emailHash = other.emailHash }
            if survivor.website.isEmpty { survivor.website = other.website }
            if !survivor.hasBio { (survivor.bio, survivor.hasBio) = (other.bio, other.hasBio) }
        }
        return survivor
    }
}
