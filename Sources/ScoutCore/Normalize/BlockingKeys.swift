/// The keys under which `AccountDeduplicator` looks for other snapshots of an account.
///
/// Each kind of key has its own namespace (its own dictionary), so the keys need no prefixes.
struct BlockingKeys: Sendable {
    /// `platform:handle`, the account id.
    var id: String
    /// `platform:platform_id` (a YouTube channel id `UC…`), when the account has one.
    var platformID: String?
    /// `platform:handle` read from the profile URL, when it is a platform's URL.
    var profile: String?

    init(_ account: CreatorAccount) {
        self.init(account, parsedProfileURL: account.profileURL.isEmpty ? nil : HandleParsing.parse(account.profileURL))
    }

    /// The keys of `account`, whose `profileURL` parsed (`HandleParsing.parse`) to `parsedProfileURL`.
    init(_ account: CreatorAccount, parsedProfileURL: ParsedHandle?) {
        id = account.id
        if !account.platformID.isEmpty { platformID = "\(account.platform.rawValue):\(account.platformID)" }
        if let parsed = parsedProfileURL, let platform = parsed.platform {
            // Usually the URL names the account itself: share the id's storage instead of building the same text.
            profile =
                platform == account.platform && parsed.handle == account.handle
                ? id : "\(platform.rawValue):\(parsed.handle)"
        }
    }

    /// The keys of a row known by its parts (an `IdentityRecord` read back from `keys.csv`).
    init(id: String, platform: Platform, platformID: String, profile: String?) {
        self.id = id
        if !platformID.isEmpty { self.platformID = "\(platform.rawValue):\(platformID)" }
        self.profile = profile
    }

    /// A value without heap storage, left behind where keys were moved out.
    static let filler = BlockingKeys(id: "")

    private init(id: String) { self.id = id }

    /// The keys of every account, computed on every core (parsing profile URLs is the costly part).
    /// - Complexity: O(n) in the number of accounts.
    static func compute(_ accounts: [CreatorAccount]) -> [BlockingKeys] {
        OrderedParallelMap.map(accounts.count) { BlockingKeys(accounts[$0]) }
    }

    /// The first node that claimed `key`; `node` itself (now recorded) when none did. One hash lookup.
    @inline(__always)
    static func claim(_ key: String, _ node: Int, in first: inout [String: Int]) -> Int {
        func read(_ value: inout Int) -> Int { value }
        return read(&first[key, default: node])
    }
}
