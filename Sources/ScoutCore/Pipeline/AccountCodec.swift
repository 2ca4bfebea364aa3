/// Encodes accounts for `stages/normalize/accounts.csv`: one row per deduplicated account, every typed field.
public enum AccountCodec {
    public static let header = [
        "id", "platform", "handle", "display_name", "profile_url", "platform_id", "followers", "following", "posts",
        "avg_likes", "avg_comments", "avg_views", "avg_shares", "avg_saves", "avg_engagements", "engagement_rate",
        "niches", "bio", "hashtags", "captions", "country", "audience_country", "language", "email_hash", "website",
        "brand_mentions", "sponsored_ratio", "est_cost", "currency", "as_of", "sources", "person_id",
    ]

    public static func row(_ a: CreatorAccount) -> [String] {
        let f = NumberText.format
        return [
            a.id, a.platform.rawValue, a.handle, a.displayName, a.profileURL, a.platformID, String(a.followers),
            f(a.following.map(Double.init)), f(a.posts.map(Double.init)), f(a.avgLikes), f(a.avgComments), f(a.avgViews),
            f(a.avgShares), f(a.avgSaves), f(a.avgEngagements), f(a.statedEngagementRate), a.niches.joined(separator: "|"),
            a.bio, a.hashtags.joined(separator: "|"), a.captions, a.country, a.audienceCountry, a.language, a.emailHash,
            a.website, a.brandMentions.joined(separator: "|"), f(a.sponsoredRatio), f(a.estCost), a.currency, a.asOf,
            a.sources.map { "\($0.file):\($0.line)" }.joined(separator: "|"), a.personID,
        ]
    }

    public static func write(_ accounts: [CreatorAccount], to path: String) throws {
        try ParallelTableWriter.write(path, header: header, count: accounts.count) { row(accounts[$0]) }
    }

    public static func read(_ path: String) throws -> [CreatorAccount] {
        let table = try IntermediateTable.read(path, required: header)
        return try table.rows.map { r in
            func v(_ c: String) -> String { table.value(r, c) }
            func d(_ c: String) throws -> Double? {
                let text = v(c)
                if text.isEmpty { return nil }
                guard let value = Double(text) else { throw ScoutError.badIntermediate(path: path, reason: "\(c) '\(text)' is not a number") }
                return value
            }
            func list(_ c: String) -> [String] { v(c).split(separator: "|").map(String.init) }
            guard let platform = Platform(rawValue: v("platform")), let followers = Int(v("followers")) else {
                throw ScoutError.badIntermediate(path: path, reason: "bad account row \(v("id"))")
            }
            var a = CreatorAccount(platform: platform, handle: v("handle"), followers: followers)
            a.displayName = v("display_name"); a.profileURL = v("profile_url"); a.platformID = v("platform_id")
            a.following = try d("following").map { Int($0) }; a.posts = try d("posts").map { Int($0) }
            a.avgLikes = try d("avg_likes"); a.avgComments = try d("avg_comments"); a.avgViews = try d("avg_views")
            a.avgShares = try d("avg_shares"); a.avgSaves = try d("avg_saves"); a.avgEngagements = try d("avg_engagements")
            a.statedEngagementRate = try d("engagement_rate"); a.niches = list("niches"); a.bio = v("bio")
            a.hashtags = list("hashtags"); a.captions = v("captions"); a.country = v("country")
            a.audienceCountry = v("audience_country"); a.language = v("language"); a.emailHash = v("email_hash")
            a.website = v("website"); a.brandMentions = list("brand_mentions"); a.sponsoredRatio = try d("sponsored_ratio")
            a.estCost = try d("est_cost"); a.currency = v("currency"); a.asOf = v("as_of")
            a.sources = list("sources").map { ref in
                let colon = ref.lastIndex(of: ":")!
                return SourceRef(file: String(ref[..<colon]), line: Int(ref[ref.index(after: colon)...]) ?? 0)
            }
            a.personID = v("person_id")
            return a
        }
    }
}
