/// Encodes accounts for `stages/normalize/accounts.csv`: one row per deduplicated account, every typed field.
package enum AccountCodec {
    package static let header = [
        "id", "platform", "handle", "display_name", "profile_url", "platform_id", "followers", "following", "posts",
        "avg_likes", "avg_comments", "avg_views", "avg_shares", "avg_saves", "avg_engagements", "engagement_rate",
        "niches", "bio", "hashtags", "captions", "country", "audience_country", "language", "email_hash", "website",
        "brand_mentions", "sponsored_ratio", "est_cost", "currency", "as_of", "sources", "person_id",
        "audience_female", "audience_male", "audience_age_13_17", "audience_age_18_24", "audience_age_25_34",
        "audience_age_35_44",
        "audience_age_45_plus", "audience_country_share", "audience_credibility",
    ]

    /// The account's fields in `header` order, as `accounts.csv` holds them.
    package static func row(_ a: CreatorAccount) -> [String] {
        var row: [String] = []
        row.reserveCapacity(header.count)
        fields(a) { row.append($0) }
        return row
    }

    /// `row(a)` written field by field into `writer`: the bytes `writer.write(row(a))` gives, without a `[String]`
    /// per account.
    static func encode(_ a: CreatorAccount, into writer: inout CSVWriter) {
        var first = true
        fields(a) { field in
            writer.write(field: field, first: first)
            first = false
        }
        writer.endRecord()
    }

    /// Hands each of the account's fields, in `header` order, to `put`.
    private static func fields(_ a: CreatorAccount, _ put: (String) -> Void) {
        let f = NumberText.format
        // A list of at most one item is that item, which `joined` would copy into a new string.
        func list(_ items: [String]) -> String { items.count > 1 ? items.joined(separator: "|") : items.first ?? "" }
        func source(_ ref: SourceRef) -> String { ref.file + ":" + String(ref.line) }
        put(a.id)
        put(a.platform.rawValue)
        put(a.handle)
        put(a.displayName)
        put(a.profileURL)
        put(a.platformID)
        put(String(a.followers))
        put(f(a.following.map(Double.init)))
        put(f(a.posts.map(Double.init)))
        put(f(a.avgLikes))
        put(f(a.avgComments))
        put(f(a.avgViews))
        put(f(a.avgShares))
        put(f(a.avgSaves))
        put(f(a.avgEngagements))
        put(f(a.statedEngagementRate))
        put(list(a.niches))
        put(a.bio)
        put(list(a.hashtags))
        put(a.captions)
        put(a.country)
        put(a.audienceCountry)
        put(a.language)
        put(a.emailHash)
        put(a.website)
        put(list(a.brandMentions))
        put(f(a.sponsoredRatio))
        put(f(a.estCost))
        put(a.currency)
        put(a.asOf)
        put(a.sources.count == 1 ? source(a.sources[0]) : a.sources.map(source).joined(separator: "|"))
        put(a.personID)
        put(f(a.audience.female))
        put(f(a.audience.male))
        for age in a.audience.ages { put(f(age)) }
        put(f(a.audience.countryShare))
        put(f(a.audience.credibility))
    }

    package static func write(_ accounts: [CreatorAccount], to path: String) throws {
        try ParallelTableWriter.write(path, header: header, count: accounts.count) { encode(accounts[$0], into: &$1) }
    }

    /// Reads `accounts.csv`, decoding rows on every core (`StageTableReader`).
    package static func read(_ path: String) throws -> [CreatorAccount] {
        try StageTableReader.read(path, required: header) { records, columns in
            records.map { r in Result { try account(r, columns: columns, path: path) } }
        }.values
    }

    /// The accounts of `path` whose first source `wanted` accepts (only those are decoded), in file order.
    static func read(_ path: String, where wanted: @Sendable (SourceRef) -> Bool) throws -> [CreatorAccount] {
        try StageTableReader.read(path, required: header) { records, columns in
            records.compactMap { r -> Result<CreatorAccount, any Error>? in
                let sources = r[columns[30]]
                let first = sources.prefix { $0 != "|" }
                guard let colon = first.lastIndex(of: ":"), let line = Int(first[first.index(after: colon)...]),
                    wanted(SourceRef(file: String(first[..<colon]), line: line))
                else { return nil }
                return Result { try account(r, columns: columns, path: path) }
            }
        }.values
    }

    /// One row; `columns[i]` is the position of `header[i]`.
    /// - Throws: `ScoutError.badIntermediate` naming the file and line of a value that cannot be read (a
    ///   hand-edited file), never a trap.
    static func account(_ r: CSVRecord, columns: [Int], path: String) throws -> CreatorAccount {
        func v(_ c: Int) -> String { r[columns[c]] }
        func bad(_ reason: String) -> ScoutError { .badIntermediate(path: "\(path):\(r.line)", reason: reason) }
        func d(_ c: Int) throws -> Double? {
            let text = v(c)
            if text.isEmpty { return nil }
            guard let value = Double(text) else { throw bad("\(header[c]) '\(text)' is not a number") }
            return value
        }
        func list(_ c: Int) -> [String] { v(c).split(separator: "|").map(String.init) }
        // Positions in `header`: 0 id, 1 platform, 2 handle, … 31 person_id.
        guard let platform = Platform(rawValue: v(1)), let followers = Int(v(6)) else {
            throw bad("bad account row \(v(0))")
        }
        var a = CreatorAccount(platform: platform, handle: v(2), followers: followers)
        a.displayName = v(3)
        a.profileURL = v(4)
        a.platformID = v(5)
        a.following = try d(7).map { Int($0) }
        a.posts = try d(8).map { Int($0) }
        a.avgLikes = try d(9)
        a.avgComments = try d(10)
        a.avgViews = try d(11)
        a.avgShares = try d(12)
        a.avgSaves = try d(13)
        a.avgEngagements = try d(14)
        a.statedEngagementRate = try d(15)
        a.niches = list(16)
        a.bio = v(17)
        a.hashtags = list(18)
        a.captions = v(19)
        a.country = v(20)
        a.audienceCountry = v(21)
        a.language = v(22)
        a.emailHash = v(23)
        a.website = v(24)
        a.brandMentions = list(25)
        a.sponsoredRatio = try d(26)
        a.estCost = try d(27)
        a.currency = v(28)
        a.asOf = v(29)
        a.sources = try list(30).map { ref in
            guard let colon = ref.lastIndex(of: ":"), let line = Int(ref[ref.index(after: colon)...]) else {
                throw bad("sources '\(ref)' is not file:line")
            }
            return SourceRef(file: String(ref[..<colon]), line: line)
        }
        a.personID = v(31)
        // 32… the audience: female, male, the five age buckets, country share, credibility.
        a.audience.female = try d(32)
        a.audience.male = try d(33)
        for k in a.audience.ages.indices { a.audience.ages[k] = try d(34 + k) }
        a.audience.countryShare = try d(39)
        a.audience.credibility = try d(40)
        return a
    }
}
