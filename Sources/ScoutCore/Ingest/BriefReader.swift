import Foundation

/// Reads and strictly validates the briefs file: any bad value fails the run, naming file, line and column.
public struct BriefReader {
    public var taxonomy: NicheTaxonomy

    public init(taxonomy: NicheTaxonomy) { self.taxonomy = taxonomy }

    /// Brief columns and the header names accepted for them (folded: lower case, letters and digits only).
    static let columns: [String: [String]] = [
        "brief_id": ["briefid", "id", "brief", "campaignid"], "brand": ["brand", "brandname", "client"],
        "niches": ["niches", "niche", "categories", "category"], "keywords": ["keywords", "keyword", "terms"],
        "description": ["description", "brief", "summary"], "platforms": ["platforms", "platform", "channels"],
        "min_followers": ["minfollowers"], "max_followers": ["maxfollowers"],
        "min_engagement_rate": ["minengagementrate", "miner", "minengagement"],
        "countries": ["countries", "country", "markets"], "languages": ["languages", "language"],
        "budget": ["budget"], "currency": ["currency"], "shortlist_size": ["shortlistsize", "size", "topk"],
        "exclude": ["exclude", "exclusions", "competitors", "blocklist"], "tier": ["tier", "tiers"],
        "max_per_country": ["maxpercountry", "countrycap"], "primary_niches": ["primaryniches", "primaryniche"],
        "include_contact": ["includecontact"],
        "min_fit": ["minfit"], "budget_mode": ["budgetmode"], "max_per_platform": ["maxperplatform", "platformcap"],
        "platform_mix": ["platformmix", "mix"], "audience_gender": ["audiencegender", "gender"],
        "audience_age": ["audienceage", "age", "ages"], "min_audience_share": ["minaudienceshare", "audienceshare"],
        "unknown_country": ["unknowncountry"], "unknown_language": ["unknownlanguage"],
        "declined_days": ["declineddays"], "pitched_days": ["pitcheddays"], "conflict_days": ["conflictdays"],
        "relationship_mode": ["relationshipmode", "relationships"], "relationship_boost": ["relationshipboost"],
        "seed_creators": ["seedcreators", "seeds", "seedcreator", "lookalikes"], "seed_weight": ["seedweight"],
        "campaign_hashtags": ["campaignhashtags", "hashtags", "campaignhashtag"],
        "outcomes_weight": ["outcomesweight"],
    ]

    /// Reads `path`.
    /// - Throws: `ScoutError.badBrief` for a bad value, `unreadableInput` when the file cannot be read.
    public func read(_ path: String, diagnostics: inout DiagnosticsCollector) throws -> (
        briefs: [Brief], report: FileReport
    ) {
        var header: [String]?
        var fieldOf: [Int: String] = [:]
        var briefs: [Brief] = []
        var ids = Set<String>()
        let info: CSVFileInfo
        do {
            info = try CSVFileReader.read(path: path) { record in
                guard let names = header else {
                    header = record.fields
                    for (index, name) in record.fields.enumerated() {
                        let folded = HeaderAliases.fold(name)
                        if let field = Self.columns.first(where: {
                            $0.key == name.trimmingCharacters(in: .whitespaces).lowercased()
                                || $0.value.contains(folded)
                        })?.key {
                            if !fieldOf.values.contains(field) { fieldOf[index] = field }
                        } else if folded.hasPrefix("w"), name.lowercased().hasPrefix("w_") {
                            fieldOf[index] = name.lowercased()
                            let component = String(name.lowercased().trimmingCharacters(in: .whitespaces).dropFirst(2))
                            if !ScoreWeights.names.contains(component) {
                                diagnostics.warning(
                                    .unknownWeight, file: path, line: 1, column: index + 1,
                                    "weight column '\(name)' names no score component (\(ScoreWeights.names.map { "w_" + $0 }.joined(separator: ", ")))"
                                )
                            }
                        } else {
                            diagnostics.warning(
                                .unknownBriefColumn, file: path, line: 1, column: index + 1,
                                "brief column '\(name)' is not used")
                        }
                    }
                    for required in ["brief_id", "brand"] where !fieldOf.values.contains(required) {
                        let hint =
                            Self.looksLikeExport(record.fields)
                            ? "; hint: this looks like a creator export (it has handle/followers columns): were --creators and --briefs swapped?"
                            : ""
                        throw ScoutError.badBrief(
                            path: path, line: 1, column: 1, field: required, value: "",
                            reason:
                                "no '\(required)' column; headers seen: \(VisibleText.shortened(record.fields.joined(separator: ", ")))"
                                + hint)
                    }
                    return
                }
                if record.isEmpty { return }
                guard record.count == names.count else {
                    throw ScoutError.badBrief(
                        path: path, line: record.line, column: min(record.count, names.count) + 1,
                        field: "(row)", value: "\(record.count) fields", reason: "the header has \(names.count)")
                }
                var values: [String: (String, Int)] = [:]
                for (index, field) in fieldOf {
                    values[field] = (
                        EmailRedaction.redact(record[index].trimmingCharacters(in: .whitespacesAndNewlines)), index + 1
                    )
                }
                let brief = try makeBrief(values, line: record.line, path: path)
                guard ids.insert(brief.id).inserted else {
                    throw ScoutError.badBrief(
                        path: path, line: record.line, column: values["brief_id"]!.1, field: "brief_id",
                        value: brief.id, reason: "duplicate brief id")
                }
                briefs.append(brief)
            } onMalformedRecord: { issue in
                let reasons: [CSVMalformedRecord.Kind: String] = [
                    .unterminatedQuote: "quoted field never closed",
                    .textAfterClosingQuote: "text after a closing quote",
                    .recordTooLong:
                        "line of \(issue.byteCount) bytes, above the \(CSVFileReader.defaultMaxRecordBytes >> 20) MiB limit",
                ]
                throw ScoutError.badBrief(
                    path: path, line: issue.line, column: issue.column, field: "(row)",
                    value: issue.kind == .recordTooLong ? "" : "\"", reason: reasons[issue.kind]!)
            }
        } catch let error as CSVError {
            throw ScoutError.unreadableInput(path: path, reason: error.reason)
        }
        guard header != nil else {
            throw ScoutError.badBrief(
                path: path, line: 1, column: 1, field: "(file)", value: "", reason: "file is empty")
        }
        var report = FileReport(path: path, kind: .briefs, info: info)
        report.rowsRead = briefs.count
        report.rowsAccepted = briefs.count
        return (briefs, report)
    }

    func makeBrief(_ values: [String: (String, Int)], line: Int, path: String) throws -> Brief {
        func text(_ field: String) -> String { values[field]?.0 ?? "" }
        func fail(_ field: String, _ reason: String) -> ScoutError {
            .badBrief(
                path: path, line: line, column: values[field]?.1 ?? 0, field: field, value: text(field), reason: reason)
        }
        func count(_ field: String) throws -> Double? {
            switch ValueParsing.count(text(field)) {
            case .missing: return nil
            case .value(let value): return value
            case .invalid: throw fail(field, "not a number")
            case .outOfRange: throw fail(field, "out of range (more than 10^15)")
            }
        }
        let id = text("brief_id")
        guard !id.isEmpty else { throw fail("brief_id", "brief_id is empty") }
        guard id.allSatisfy({ $0.isLetter || $0.isNumber || "-_.".contains($0) }), !id.hasPrefix(".") else {
            throw fail("brief_id", "use letters, digits, '-', '_' or '.' (it names a file)")
        }
        var brief = Brief(id: id, brand: text("brand"))
        brief.line = line
        guard !brief.brand.isEmpty else { throw fail("brand", "brand is empty") }
        brief.niches = Self.list(text("niches"))
        brief.keywords = Self.list(text("keywords"))
        brief.description = text("description")
        for name in Self.list(text("platforms")) {
            guard let platform = Platform(parsing: name) else { throw fail("platforms", "unknown platform '\(name)'") }
            if !brief.platforms.contains(platform) { brief.platforms.append(platform) }
        }
        // `count` accepts at most 10^15, so these conversions are exact.
        brief.minFollowers = try count("min_followers").map { Int($0.rounded()) }
        brief.maxFollowers = try count("max_followers").map { Int($0.rounded()) }
        if let low = brief.minFollowers, let high = brief.maxFollowers, low > high {
            throw fail("max_followers", "max_followers is below min_followers (\(low))")
        }
        switch ValueParsing.rate(
            text("min_engagement_rate"), percentColumn: (Double(text("min_engagement_rate")) ?? 0) >= 1)
        {
        case .missing: break
        case .value(let rate): brief.minEngagementRate = rate
        case .invalid, .outOfRange: throw fail("min_engagement_rate", "not a rate (write 2% or 0.02)")
        }
        brief.countries = Self.list(text("countries")).map(Locales.countryCode)
        brief.languages = Self.list(text("languages")).map(Locales.languageCode)
        brief.budget = try count("budget")
        brief.currency = text("currency").uppercased()
        if !text("shortlist_size").isEmpty {
            guard let size = Int(text("shortlist_size")), (1...10_000).contains(size) else {
                throw fail("shortlist_size", "must be a whole number from 1 to 10000")
            }
            brief.shortlistSize = size
        }
        brief.exclude = Self.list(text("exclude"))
        brief.tiers = Self.list(text("tier")).map { $0.lowercased() }
        if !text("max_per_country").isEmpty {
            guard let cap = Int(text("max_per_country")), cap >= 1 else {
                throw fail("max_per_country", "must be a whole number of at least 1")
            }
            brief.maxPerCountry = cap
        }
        if !text("max_per_platform").isEmpty {
            guard let cap = Int(text("max_per_platform")), cap >= 1 else {
                throw fail("max_per_platform", "must be a whole number of at least 1")
            }
            brief.maxPerPlatform = cap
        }
        for item in Self.list(text("platform_mix")) {
            let parts = item.split(separator: ":", omittingEmptySubsequences: false).map {
                $0.trimmingCharacters(in: .whitespaces)
            }
            guard parts.count == 2, let platform = Platform(parsing: parts[0]), let count = Int(parts[1]), count >= 0
            else {
                throw fail("platform_mix", "write platform:count items such as instagram:6|tiktok:4")
            }
            guard brief.platformMix[platform] == nil else {
                throw fail("platform_mix", "\(platform.rawValue) is named twice")
            }
            brief.platformMix[platform] = count
        }
        switch text("audience_gender").lowercased() {
        case "": break
        case "women", "woman", "female", "f": brief.audience.gender = .women
        case "men", "man", "male", "m": brief.audience.gender = .men
        default: throw fail("audience_gender", "write women or men")
        }
        if !text("audience_age").isEmpty {
            guard let buckets = AudienceTarget.buckets(Self.list(text("audience_age"))) else {
                throw fail(
                    "audience_age",
                    "write age ranges made of the buckets 13-17, 18-24, 25-34, 35-44, 45+ (18-34, 25+, 18-24|25-34)")
            }
            brief.audience.ages = buckets
        }
        switch ValueParsing.rate(
            text("min_audience_share"), percentColumn: (Double(text("min_audience_share")) ?? 0) > 1)
        {
        case .missing: break
        case .value(let share) where share > 0 && share <= 1: brief.audience.minShare = share
        default: throw fail("min_audience_share", "a share above 0 and at most 100% (60% or 0.6)")
        }
        if !text("budget_mode").isEmpty {
            let mode = text("budget_mode").lowercased().replacingOccurrences(of: "-", with: "_").replacingOccurrences(
                of: " ", with: "_")
            guard let parsed = BudgetMode(rawValue: mode) else {
                throw fail("budget_mode", "must be 'per_creator' or 'total'")
            }
            brief.budgetMode = parsed
            if parsed == .total && (brief.budget ?? 0) <= 0 {
                throw fail("budget_mode", "a total budget needs a budget above 0")
            }
        }
        brief.primaryNiches = Self.list(text("primary_niches"))
        if !text("min_fit").isEmpty {
            guard let minimum = Double(text("min_fit")), (0...1).contains(minimum) else {
                throw fail("min_fit", "must be a number from 0 to 1")
            }
            brief.minFit = minimum
        }
        for (field, path) in [("unknown_country", \Brief.unknownCountry), ("unknown_language", \Brief.unknownLanguage)]
        where !text(field).isEmpty {
            guard let policy = UnknownValuePolicy(rawValue: text(field).lowercased()) else {
                throw fail(field, "must be 'pass' or 'fail'")
            }
            brief[keyPath: path] = policy
        }
        switch text("include_contact").lowercased() {
        case "", "no", "false", "0", "n": break
        case "yes", "true", "1", "y": brief.includeContact = true
        default: throw fail("include_contact", "write yes or no")
        }
        for (field, path) in [
            ("declined_days", \Brief.declinedDays), ("pitched_days", \Brief.pitchedDays),
            ("conflict_days", \Brief.conflictDays),
        ]
        where !text(field).isEmpty {
            guard let days = Int(text(field)), days >= 0 else {
                throw fail(field, "must be a whole number of days (0 or more)")
            }
            brief[keyPath: path] = days
        }
        if !text("relationship_mode").isEmpty {
            guard let mode = RelationshipMode(rawValue: text("relationship_mode").lowercased()) else {
                throw fail("relationship_mode", "must be 'prefer', 'only' or empty")
            }
            brief.relationshipMode = mode
        }
        // The additions after the weighted sum: each a number from 0 to 1 when given.
        for (field, path) in [
            ("relationship_boost", \Brief.relationshipBoost), ("seed_weight", \Brief.seedWeight),
            ("outcomes_weight", \Brief.outcomesWeight),
        ] where !text(field).isEmpty {
            guard let value = Double(text(field)), value >= 0, value <= 1 else {
                throw fail(field, "must be a number from 0 to 1")
            }
            brief[keyPath: path] = value
        }
        brief.seedCreators = Self.list(text("seed_creators"))
        for seed in brief.seedCreators where CreatorReference(seed) == nil {
            throw fail(
                "seed_creators", "'\(seed)' names no creator (creator id, platform:handle, a profile URL or @handle)")
        }
        brief.campaignHashtags = Self.list(text("campaign_hashtags"))
        for tag in brief.campaignHashtags where MatchModel.key(tag).isEmpty {
            throw fail("campaign_hashtags", "'\(tag)' has no letters or digits")
        }
        for (field, (value, _)) in values where field.hasPrefix("w_") && !value.isEmpty {
            guard let weight = Double(value), weight >= 0, weight.isFinite else {
                throw fail(field, "weight must be a number >= 0")
            }
            brief.weights[String(field.dropFirst(2))] = weight
        }
        return brief
    }

    /// Whether a header row reads like a briefs file (a `brief_id` column, or `brand` with `niches`, `keywords` or
    /// `budget`): the hint when it is given as a creator export.
    static func looksLikeBriefs(_ headers: [String]) -> Bool {
        let folded = Set(headers.map(HeaderAliases.fold))
        return folded.contains("briefid") || folded.contains("campaignid")
            || (folded.contains("brand")
                && !folded.isDisjoint(with: ["niches", "keywords", "budget", "shortlistsize"]))
    }

    /// Whether a header row reads like a creator export (a handle or follower column): the hint when it is given as
    /// the briefs file.
    static func looksLikeExport(_ headers: [String]) -> Bool {
        !Set(headers.map(HeaderAliases.fold)).isDisjoint(with: [
            "handle", "username", "followers", "subscribers", "followercount", "profileurl",
        ])
    }

    /// Splits a list cell on `|`, `;` or `,` and trims the items.
    static func list(_ text: String) -> [String] {
        text.split(whereSeparator: { $0 == "|" || $0 == ";" || $0 == "," || $0 == "\n" })
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}
