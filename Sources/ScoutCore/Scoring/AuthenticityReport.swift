/// Accounts the authenticity threshold keeps off every shortlist, for diagnostics and `inauthentic.csv`.
public enum AuthenticityReport {
    public static let header = ["creator_id", "platform", "handle", "followers", "following", "engagement_rate", "authenticity", "flags", "reason"]

    /// The excluded accounts, sorted by id, as `inauthentic.csv` rows.
    public static func rows(_ accounts: [CreatorAccount], model: MatchModel) -> [[String]] {
        let f = NumberText.format
        let excluded = accounts.indices.compactMap { i -> (CreatorAccount, Authenticity)? in
            let authenticity = model.authenticity(of: accounts[i])
            return authenticity.score < model.minAuthenticity ? (accounts[i], authenticity) : nil
        }
        return excluded.sorted { $0.0.id < $1.0.id }.map { account, authenticity in
            [account.id, account.platform.rawValue, account.handle, String(account.followers),
             account.following.map { String($0) } ?? "", MatchModel.engagementRate(of: account).map { NumberText.fixed($0, 4) } ?? "",
             NumberText.fixed(authenticity.score, 2), authenticity.flags.map(\.rawValue).joined(separator: "|"),
             "authenticity below --min-authenticity \(f(model.minAuthenticity))"]
        }
    }

    /// One warning per excluded account (the collector shows the first 20) and a note with the total.
    static func diagnose(_ excluded: [(id: String, authenticity: Authenticity)], model: MatchModel, diagnostics: inout DiagnosticsCollector) {
        for (id, authenticity) in excluded {
            let flags = authenticity.flags.map(\.rawValue).joined(separator: ", ")
            diagnostics.warning(.lowAuthenticity, "\(id) excluded from every shortlist: authenticity "
                                + "\(NumberText.fixed(authenticity.score, 2)) < \(NumberText.format(model.minAuthenticity)) (\(flags))")
        }
        if !excluded.isEmpty {
            diagnostics.note(.lowAuthenticityTotal, "\(excluded.count) creators excluded as likely inauthentic (see inauthentic.csv)")
        }
    }
}
