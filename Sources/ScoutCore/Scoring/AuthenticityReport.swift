/// Accounts the authenticity threshold keeps off every shortlist, for diagnostics and `inauthentic.csv`.
public enum AuthenticityReport {
    public static let header = ["creator_id", "platform", "handle", "followers", "following", "engagement_rate", "authenticity", "flags", "reason"]

    /// The excluded accounts, sorted by id, as `inauthentic.csv` rows.
    public static func rows(_ accounts: [CreatorAccount], model: MatchModel) -> [[String]] {
        let f = NumberText.format
        return accounts.sorted { $0.id < $1.id }.compactMap { account in
            let authenticity = model.authenticity(of: account)
            guard authenticity.score < model.minAuthenticity else { return nil }
            return [account.id, account.platform.rawValue, account.handle, String(account.followers),
                    account.following.map { String($0) } ?? "", MatchModel.engagementRate(of: account).map { NumberText.fixed($0, 4) } ?? "",
                    NumberText.fixed(authenticity.score, 2), authenticity.flags.map(\.rawValue).joined(separator: "|"),
                    "authenticity below --min-authenticity \(f(model.minAuthenticity))"]
        }
    }

    /// One warning per excluded account (the collector shows the first 20) and a note with the total.
    static func diagnose(_ accounts: [PreparedAccount], model: MatchModel, diagnostics: inout DiagnosticsCollector) {
        var count = 0
        for account in accounts where account.authenticity.score < model.minAuthenticity {
            count += 1
            let flags = account.authenticity.flags.map(\.rawValue).joined(separator: ", ")
            diagnostics.warning("low_authenticity", "\(account.account.id) excluded from every shortlist: authenticity "
                                + "\(NumberText.fixed(account.authenticity.score, 2)) < \(NumberText.format(model.minAuthenticity)) (\(flags))")
        }
        if count > 0 {
            diagnostics.note("low_authenticity_total", "\(count) creators excluded as likely inauthentic (see inauthentic.csv)")
        }
    }
}
