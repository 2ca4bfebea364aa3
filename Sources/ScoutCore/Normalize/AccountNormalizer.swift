import Foundation

/// Turns mapped source rows into typed accounts, quarantining rows without a usable handle or follower count.
public struct AccountNormalizer: Sendable {
    public init() {}

    /// The account for `row`, or the reason it cannot be one. Optional fields that do not parse are
    /// dropped with a diagnostic; only the required ones quarantine the row.
    public func normalise(_ row: SourceRow, diagnostics: inout DiagnosticsCollector) -> Result<
        CreatorAccount, QuarantineEntry
    > {
        var profileURL: ParsedHandle?
        var memo = CellMemo()
        return normalise(row, diagnostics: &diagnostics, profileURL: &profileURL, memo: &memo)
    }

    /// `normalise(row, diagnostics:)`, also handing back the parsed `profile_url` cell (for `BlockingKeys`);
    /// `memo` holds what earlier rows' repeated cells parsed to (the same values, computed once).
    func normalise(
        _ row: SourceRow, diagnostics: inout DiagnosticsCollector,
        profileURL: inout ParsedHandle?, memo: inout CellMemo
    ) -> Result<CreatorAccount, QuarantineEntry> {
        func quarantine(_ reason: QuarantineReason, _ message: String) -> Result<CreatorAccount, QuarantineEntry> {
            .failure(QuarantineEntry(file: row.file, line: row.line, reason: reason, message: message, raw: row.raw))
        }
        let fromHandle = HandleParsing.parse(row[.handle])
        let fromURL = HandleParsing.parse(row[.profileURL])
        profileURL = fromURL
        guard let parsed = fromHandle ?? fromURL else {
            if HandleParsing.containsControlCharacter(row[.handle]) {
                return quarantine(
                    .missingHandle,
                    "handle '\(VisibleText.escaped(row[.handle]))' holds a control character (NUL, tab…); not usable")
            }
            return quarantine(
                .missingHandle,
                row[.handle].isEmpty ? "no handle or profile URL" : "handle '\(row[.handle])' is not usable")
        }
        var platform: Platform
        if !row[.platform].isEmpty {
            guard let named = Platform(parsing: row[.platform]) else {
                return quarantine(.unknownPlatform, "unknown platform '\(row[.platform])'")
            }
            platform = named
        } else if let fromLink = parsed.platform ?? fromURL?.platform {
            platform = fromLink
        } else {
            return quarantine(
                .missingPlatform, "no platform column, and neither the file nor the handle names one (use --platform)")
        }
        if let urlPlatform = parsed.platform, urlPlatform != platform, row[.platform].isEmpty == false {
            diagnostics.warning(
                .platformConflict, file: row.file, line: row.line,
                "platform '\(row[.platform])' but the handle links to \(urlPlatform.rawValue); using \(platform.rawValue)"
            )
        }
        let followers: Double
        switch ValueParsing.count(row[.followers]) {
        case .missing: return quarantine(.missingFollowers, "no follower count")
        case .invalid: return quarantine(.badCount, "follower count '\(row[.followers])' is not a number")
        case .outOfRange:
            return quarantine(.badCount, "follower count '\(row[.followers])' is out of range (more than 10^15)")
        case .value(let value): followers = value
        }
        // Counts are at most 10^15 (`ValueParsing.maximumCount`), so the `Int` conversions below are exact.
        var account = CreatorAccount(platform: platform, handle: parsed.handle, followers: Int(followers.rounded()))
        account.platformID = parsed.platformID.isEmpty ? (fromURL?.platformID ?? "") : parsed.platformID
        if !row[.platformID].isEmpty { account.platformID = row[.platformID].trimmingCharacters(in: .whitespaces) }
        account.displayName = row[.displayName]
        account.profileURL = row[.profileURL]
        // A count no real account has is a corrupt row, not a missing value: the row is quarantined (below).
        var outOfRange: CreatorField?
        // An empty cell is a missing value (`ValueParsing.missingMarkers` holds ""): no parsing needed.
        func count(_ field: CreatorField) -> Double? {
            if row[field].isEmpty { return nil }
            switch ValueParsing.count(row[field]) {
            case .missing: return nil
            case .value(let value): return value
            case .outOfRange:
                if outOfRange == nil { outOfRange = field }
                return nil
            case .invalid:
                diagnostics.warning(
                    .badValue, file: row.file, line: row.line,
                    "\(field.rawValue) '\(row[field])' is not a number; left empty")
                return nil
            }
        }
        func rate(_ field: CreatorField) -> Double? {
            if row[field].isEmpty { return nil }
            switch ValueParsing.rate(row[field], percentColumn: false) {
            case .missing: return nil
            case .value(let value): return value
            case .invalid, .outOfRange:
                diagnostics.warning(
                    .badValue, file: row.file, line: row.line,
                    "\(field.rawValue) '\(row[field])' is not a rate; left empty")
                return nil
            }
        }
        account.following = count(.following).map { Int($0.rounded()) }  // at most 10^15: exact
        account.posts = count(.posts).map { Int($0.rounded()) }
        account.avgLikes = count(.avgLikes)
        account.avgComments = count(.avgComments)
        account.avgViews = count(.avgViews)
        account.avgShares = count(.avgShares)
        account.avgSaves = count(.avgSaves)
        account.avgEngagements = count(.avgEngagements)
        account.statedEngagementRate = rate(.engagementRate)
        account.sponsoredRatio = rate(.sponsoredRatio)
        account.audience.female = rate(.audienceFemale)
        account.audience.male = rate(.audienceMale)
        // Only known buckets are written: an account without ages keeps sharing `unknownAges`.
        for (k, field) in CreatorField.audienceAges.enumerated() {
            if let share = rate(field) { account.audience.ages[k] = share }
        }
        account.audience.countryShare = rate(.audienceCountryShare)
        account.audience.credibility = rate(.audienceCredibility)
        account.estCost = count(.estCost)
        if let field = outOfRange {
            return quarantine(.badCount, "\(field.rawValue) '\(row[field])' is out of range (more than 10^15)")
        }
        account.niches = CellMemo.value(row[.niches], in: &memo.lists, Self.list)
        account.bio = row[.bio]
        account.hashtags = row[.hashtags].isEmpty ? [] : Self.hashtags(row[.hashtags])
        account.captions = row[.captions]
        account.country = CellMemo.value(row[.country], in: &memo.countries, Self.countryCode)
        account.audienceCountry = CellMemo.value(row[.audienceCountry], in: &memo.countries, Self.countryCode)
        account.language = CellMemo.value(row[.language], in: &memo.languages, Self.languageCode)
        // Ingest already keyed the address (stage files of older versions may still hold one in clear).
        account.emailHash = EmailKey.isKey(row[.email]) ? row[.email] : EmailKey.hash(row[.email])
        account.website = row[.website].isEmpty || ValueParsing.isMissing(row[.website]) ? "" : row[.website]
        account.brandMentions = CellMemo.value(row[.brandMentions], in: &memo.lists, Self.list)
        account.currency = row[.currency].isEmpty ? Self.currency(in: row[.estCost]) : row[.currency].uppercased()
        if !row[.asOf].isEmpty {
            if let date = SnapshotDate.normalise(row[.asOf]) {
                account.asOf = date
            } else {
                diagnostics.warning(
                    .badValue, file: row.file, line: row.line, "as_of '\(row[.asOf])' is not a date; left empty")
            }
        }
        account.sources = [SourceRef(file: row.file, line: row.line)]
        return .success(account)
    }

    /// The currency a price cell names by symbol or code (`$250`, `€180`, `¥30,000`, `110 USD`), or empty.
    static func currency(in price: String) -> String {
        if price.isEmpty { return "" }
        let upper = price.uppercased()
        // On ASCII text a substring search on bytes finds what Foundation's `contains` finds.
        let isASCII = upper.utf8.allSatisfy { $0 < 0x80 }
        func contains(_ marker: String) -> Bool {
            isASCII ? ASCIIFastPath.containsBytes(upper, marker) : upper.contains(marker)
        }
        for (marker, code) in [
            ("US$", "USD"), ("$", "USD"), ("€", "EUR"), ("£", "GBP"), ("¥", "JPY"), ("円", "JPY"), ("₩", "KRW"),
            ("R$", "BRL"),
        ]
        where contains(marker) {
            return marker == "$" && contains("R$") ? "BRL" : code
        }
        for code in ["USD", "EUR", "GBP", "JPY", "KRW", "BRL", "MXN", "CAD", "AUD", "INR"] where contains(code) {
            return code
        }
        return ""
    }

    /// The ISO code of a country cell; empty for a missing-value marker.
    static func countryCode(_ cell: String) -> String {
        Locales.countryCode(ValueParsing.isMissing(cell) ? "" : cell)
    }

    /// The ISO code of a language cell; empty for a missing-value marker.
    static func languageCode(_ cell: String) -> String {
        Locales.languageCode(ValueParsing.isMissing(cell) ? "" : cell)
    }

    /// Splits a list cell on `|`, `;` or `,`.
    static func list(_ text: String) -> [String] {
        (ASCIIFastPath.list(text) ?? BriefReader.list(text)).filter { !ValueParsing.isMissing($0) }
    }

    /// Hashtags from a cell like `#vegan #food, skincare`: lower-cased, without `#`.
    static func hashtags(_ text: String) -> [String] {
        if let ascii = ASCIIFastPath.hashtags(text) { return ascii }
        return text.split(whereSeparator: { $0.isWhitespace || $0 == "," || $0 == "|" || $0 == ";" })
            .map { $0.drop(while: { $0 == "#" }).lowercased() }.filter { !$0.isEmpty }
    }
}
