/// Accounts the authenticity threshold keeps off every shortlist, for diagnostics and `inauthentic.csv`.
///
/// They "need a check" on several strong signals (no single signal can take an account below the default
/// threshold); `reason` says which, in words.
public enum AuthenticityReport {
    public static let header = [
        "creator_id", "platform", "handle", "followers", "following", "posts", "engagement_rate", "authenticity",
        "authenticity_confidence", "flags", "reason",
    ]

    /// The excluded accounts, sorted by id, as `inauthentic.csv` rows.
    public static func rows(_ accounts: [CreatorAccount], model: MatchModel) -> [[String]] {
        let excluded = accounts.indices.compactMap { i -> (CreatorAccount, Authenticity)? in
            let authenticity = model.authenticity(of: accounts[i])
            return authenticity.score < model.minAuthenticity ? (accounts[i], authenticity) : nil
        }
        return excluded.sorted { $0.0.id < $1.0.id }.map { account, authenticity in
            [
                account.id, account.platform.rawValue, account.handle, String(account.followers),
                account.following.map { String($0) } ?? "", account.posts.map { String($0) } ?? "",
                MatchModel.engagementRate(of: account).map { NumberText.fixed($0, 4) } ?? "",
                NumberText.fixed(authenticity.score, 2), NumberText.fixed(authenticity.confidence, 2),
                authenticity.flags.map(\.rawValue).joined(separator: "|"), reason(account, authenticity, model: model),
            ]
        }
    }

    /// `needs a check: no posts; follows 2,164 accounts, 17.9× its followers (authenticity 0.12 < --min-authenticity 0.3)`.
    static func reason(_ account: CreatorAccount, _ authenticity: Authenticity, model: MatchModel) -> String {
        let tier = model.reference.tiers.tier(platform: account.platform, followers: account.followers)
        let reasons = authenticity.signals.map { model.reason($0, account: account, tier: tier) }
        return "needs a check: " + reasons.joined(separator: "; ")
            + " (authenticity \(NumberText.fixed(authenticity.score, 2)) < --min-authenticity \(NumberText.format(model.minAuthenticity)))"
    }

    /// One warning per excluded account (the collector shows the first 20) and a note with the total, from the
    /// `inauthentic.csv` rows (by id), so one process and a sharded night's merge step say the same.
    static func diagnose(_ excluded: [[String]], model: MatchModel, diagnostics: inout DiagnosticsCollector) {
        for row in excluded {
            let flags = row[9].split(separator: "|").joined(separator: ", ")
            diagnostics.warning(
                .lowAuthenticity,
                "\(row[0]) excluded from every shortlist: needs a check on several signals, authenticity "
                    + "\(row[7]) < \(NumberText.format(model.minAuthenticity)) (\(flags))")
        }
        if !excluded.isEmpty {
            diagnostics.note(
                .lowAuthenticityTotal,
                "\(excluded.count) creators excluded on several strong authenticity signals (see inauthentic.csv)")
        }
    }
}
