import Foundation

/// A brief prepared for scoring: niches resolved to taxonomy ids, the relevance query, exclusions parsed.
public struct PreparedBrief: Sendable {
    public var brief: Brief
    public var nicheIDs: [String]
    /// Per niche in `nicheIDs`: 1 for a primary niche, `MatchModel.secondaryNicheFactor` for a secondary one.
    public var nicheFactors: [Double]
    /// Whether the brief asks for a topic at all (niches or keywords): only then does minimum fit apply.
    public var needsFit: Bool
    /// The least niche score that counts as fit (the brief's `min_fit`, else the run's default).
    public var minFit: Double
    /// Each keyword as its tokens (all must occur), with its display text.
    public var keywords: [(text: String, tokens: [String], joined: String)]
    /// Keywords, brand and description as a weighted BM25 query.
    public var query: RelevanceQuery
    public var excludedHandles: Set<String>
    /// Each `exclude` entry as written and as tokens (all must occur in the creator's text to exclude).
    public var excludedWords: [(text: String, tokens: [String])]
    /// The brand folded to lower-case letters and digits (`Verde Mesa` → `verdemesa`), for brand affinity.
    public var brandKey: String
    /// The brand's tokens (`verde`, `mesa`), for a brand named in running text.
    public var brandTokens: [String]
    public var weights: ScoreWeights
    /// The brief's `campaign_hashtags` as written without `#` and folded like `brandKey` (`glowlabsummer`), distinct,
    /// in the brief's order: a creator whose tagged keys hold one counts as tagging the brand.
    public var hashtags: [(text: String, key: String)] = []
}

/// An account prepared for scoring: tier, benchmark, niche ids and the tokens of what it posts about.
public struct PreparedAccount: Sendable {
    public var account: CreatorAccount
    public var tier: String
    /// The rate the model uses (see `MatchModel.engagementRate(of:)`).
    public var engagementRate: Double?
    public var benchmark: EngagementBenchmark?
    public var nicheIDs: [String]
    /// Per niche in `nicheIDs`: 1 for a stated niche, the inference's confidence for an inferred one.
    public var nicheWeights: [Double]
    public var nicheSource: NicheSource
    /// The niches read off the creator's words (empty when the export states niches the taxonomy knows).
    public var inferredNiches: [InferredNiche]
    /// Every token of bio, captions, hashtags, display name and brand mentions (conflict checks).
    public var tokens: Set<String>
    /// Bio, captions, hashtags and display name as a BM25 document.
    public var document: TokenDocument
    /// Brand mentions, hashtags and `@name` / `#tag` words of bio and captions, folded like `PreparedBrief.brandKey`.
    public var taggedKeys: Set<String>
    public var authenticity: Authenticity
    /// The stated language, else one read off the bio's script (`ja` for kana, `ko` for Hangul), else empty.
    public var language: String
    public var languageInferred: Bool
    public var cost: PostCost?
    /// Cost per expected engagement in USD, when cost, currency and engagement are known.
    public var costPerEngagement: Double?
}

/// The match model: hard filters, then seven components in [0, 1] (documented in docs/scoring.md).
public struct MatchModel: Sendable {
    public var reference: ReferenceData
    /// Accounts whose authenticity is below this are excluded from every shortlist.
    public var minAuthenticity: Double
    /// Hook for follower history (another issue): ids of accounts whose follower count jumped implausibly.
    public var followerSpikes: Set<String>
    /// The least niche score that counts as fit for briefs without `min_fit` (`--min-fit`); 0: any niche match.
    public var minFit: Double

    /// The default `--min-authenticity`: no single signal reaches it; two strong signals or several weaker ones do.
    public static let defaultMinAuthenticity = 0.3
    /// The default `--min-fit`: any niche match or matched keyword is fit.
    public static let defaultMinFit = 0.0
    /// A match on a secondary niche (a brief with `primary_niches`) counts this share of the same match on a primary
    /// one: a secondary exact match (0.35) stays below every primary match but a distant one (sibling 0.4).
    public static let secondaryNicheFactor = 0.35

    public init(
        reference: ReferenceData, minAuthenticity: Double = MatchModel.defaultMinAuthenticity,
        followerSpikes: Set<String> = [],
        minFit: Double = MatchModel.defaultMinFit
    ) {
        self.reference = reference
        self.minAuthenticity = minAuthenticity
        self.followerSpikes = followerSpikes
        self.minFit = minFit
    }

    /// Prepares `brief`, warning about each unknown niche label.
    public func prepare(_ brief: Brief, diagnostics: inout DiagnosticsCollector) -> PreparedBrief {
        var unknown: [String: [String]] = [:]
        let prepared = prepare(brief, unknownNiches: &unknown)
        for label in unknown.keys.sorted() {
            diagnostics.warning(
                .unknownNiche, file: nil, line: brief.line, "brief \(brief.id): niche '\(label)' is not in the taxonomy"
            )
        }
        return prepared
    }

    /// Prepares `brief`, collecting unknown niche labels (label → brief ids) so each is reported once.
    public func prepare(_ brief: Brief, unknownNiches: inout [String: [String]]) -> PreparedBrief {
        var nicheIDs: [String] = []
        var primary: [String] = []
        for label in brief.primaryNiches + brief.niches {
            if let id = reference.taxonomy.resolve(label) {
                if !nicheIDs.contains(id) { nicheIDs.append(id) }
            } else {
                if !(unknownNiches[label]?.contains(brief.id) ?? false) {
                    unknownNiches[label, default: []].append(brief.id)
                }
            }
        }
        for label in brief.primaryNiches { if let id = reference.taxonomy.resolve(label) { primary.append(id) } }
        let factors = nicheIDs.map { primary.isEmpty || primary.contains($0) ? 1 : Self.secondaryNicheFactor }
        let query = RelevanceQuery(keywords: brief.keywords, brand: brief.brand, description: brief.description)
        let handles = brief.exclude.compactMap { HandleParsing.parse($0)?.handle }
        return PreparedBrief(
            brief: brief, nicheIDs: nicheIDs, nicheFactors: factors,
            needsFit: !brief.niches.isEmpty || !brief.primaryNiches.isEmpty || !query.keywords.isEmpty,
            minFit: brief.minFit ?? minFit, keywords: query.keywords, query: query, excludedHandles: Set(handles),
            excludedWords: brief.exclude.map { ($0, TextTokens.tokens($0)) }.filter { !$0.1.isEmpty },
            brandKey: Self.key(brief.brand), brandTokens: TextTokens.tokens(brief.brand),
            weights: ScoreWeights(overrides: brief.weights),
            hashtags: Self.campaignHashtags(brief.campaignHashtags))
    }

    public func prepare(_ account: CreatorAccount, unknownNiches: inout Set<String>) -> PreparedAccount {
        var cache = PreparationCache(capacity: 0)
        return prepare(account, unknownNiches: &unknownNiches, cache: &cache)
    }

    /// `prepare(_:unknownNiches:)`, tokenising through `cache` (scoring keeps one per worker).
    func prepare(_ account: CreatorAccount, unknownNiches: inout Set<String>, cache: inout PreparationCache)
        -> PreparedAccount
    {
        var (prepared, text) = prepareParts(account, unknownNiches: &unknownNiches, cache: &cache)
        let document = TokenDocument(tokens: text.pieces, extraTokens: text.extraTokens)
        var tokens = Set(document.counts.keys)
        tokens.formUnion(text.joinedTags)
        tokens.formUnion(text.mentionTokens)
        prepared.tokens = tokens
        prepared.document = document
        prepared.taggedKeys = Set(text.taggedKeys)
        return prepared
    }

    /// Everything `prepare` computes except the token set, the BM25 document and the tagged keys, which are left
    /// empty; `AccountText` holds the tokens they are made of (compiling interns those directly).
    func prepareParts(_ account: CreatorAccount, unknownNiches: inout Set<String>, cache: inout PreparationCache)
        -> (PreparedAccount, AccountText)
    {
        let tier = reference.tiers.tier(platform: account.platform, followers: account.followers)
        var nicheIDs: [String] = []
        for label in account.niches {
            if let id = cache.niche(label, in: reference.taxonomy) {
                if !nicheIDs.contains(id) { nicheIDs.append(id) }
            } else {
                unknownNiches.insert(label)
            }
        }
        // Each hashtag's tokens joined (`#Home_Workout` → `homeworkout`); the document also counts those that were
        // several tokens, as one more token.
        let joinedTags = account.hashtags.map { TextTokens.tokens($0, cache: &cache).joined() }
        // A joined tag in ASCII is one run of letters and digits, so one token: only others are tokenised again.
        let extraTokens = joinedTags.filter { tag in
            !tag.isEmpty && !tag.utf8.allSatisfy { $0 < 0x80 } && TextTokens.tokens(tag, cache: &cache).count > 1
        }
        let bioTokens =
            TextTokens.tokens(account.bio, cache: &cache) + TextTokens.tokens(account.captions, cache: &cache)
        let tagTokens = TextTokens.tokens(account.hashtags.joined(separator: " "), cache: &cache)
        let nameTokens = TextTokens.tokens(account.displayName, cache: &cache)
        let text = AccountText(
            pieces: [bioTokens, tagTokens, nameTokens], extraTokens: extraTokens, joinedTags: joinedTags,
            mentionTokens: account.brandMentions.flatMap { TextTokens.tokens($0, cache: &cache) },
            taggedKeys: (account.brandMentions + account.hashtags + Self.tags(in: account.bio + " " + account.captions))
                .map { cache.key($0) }.filter { !$0.isEmpty })
        var nicheWeights = Array(repeating: 1.0, count: nicheIDs.count)
        var inferredNiches: [InferredNiche] = []
        if nicheIDs.isEmpty && text.length > 0 {
            // `#tags` written in the bio or captions count as hashtags.
            let inline = Self.hashtags(in: account.bio) + Self.hashtags(in: account.captions)
            let inlineTokens = inline.flatMap { TextTokens.tokens($0, cache: &cache) }
            let inlineJoined = inline.map { TextTokens.tokens($0, cache: &cache).joined() }
            inferredNiches = reference.taxonomy.inference.infer(
                bio: bioTokens, hashtags: tagTokens + inlineTokens,
                joinedTags: joinedTags + inlineJoined, name: nameTokens)
            nicheIDs = inferredNiches.map(\.id)
            nicheWeights = inferredNiches.map(\.confidence)
        }
        let rate = Self.engagementRate(of: account)
        let benchmark = reference.benchmarks.benchmark(platform: account.platform, tier: tier)
        let (language, inferred) = Self.language(of: account)
        let cost = postCost(account, tier: tier, rate: rate, benchmark: benchmark)
        let prepared = PreparedAccount(
            account: account, tier: tier, engagementRate: rate, benchmark: benchmark, nicheIDs: nicheIDs,
            nicheWeights: nicheWeights,
            nicheSource: inferredNiches.isEmpty ? (nicheIDs.isEmpty ? .none : .stated) : .inferred,
            inferredNiches: inferredNiches, tokens: [], document: TokenDocument(tokens: []), taggedKeys: [],
            authenticity: authenticity(account, tier: tier, rate: rate, benchmark: benchmark),
            language: language, languageInferred: inferred, cost: cost,
            costPerEngagement: costPerEngagement(account, cost: cost, rate: rate, benchmark: benchmark))
        return (prepared, text)
    }

    /// Why `account` cannot be on `brief`'s shortlist at all (the first failing filter in `ExclusionReason` order), or
    /// `nil` when it passes every hard filter.
    ///
    /// An unknown country fails a country filter and an unknown language passes a language filter (many exports
    /// carry neither) unless the brief's `unknown_country` / `unknown_language` say otherwise; an unknown language
    /// scores 0.5 in audience fit.
    public func exclusion(_ brief: PreparedBrief, _ account: PreparedAccount) -> ExclusionReason? {
        let b = brief.brief
        let a = account.account
        if !b.platforms.isEmpty && !b.platforms.contains(a.platform) { return .platform }
        if account.authenticity.score < minAuthenticity { return .lowAuthenticity }
        if !b.countries.isEmpty && !b.countries.contains(a.country) && !b.countries.contains(a.audienceCountry) {
            if !a.country.isEmpty || !a.audienceCountry.isEmpty { return .country }
            if b.unknownCountry == .fail { return .countryUnknown }
        }
        if let low = b.minFollowers, a.followers < low { return .followersBelowMin }
        if let high = b.maxFollowers, a.followers > high { return .followersAboveMax }
        if !b.tiers.isEmpty && !b.tiers.contains(account.tier) { return .tier }
        if let minimum = b.minEngagementRate, (account.engagementRate ?? 0) < minimum { return .engagementBelowMin }
        if !b.languages.isEmpty {
            if !account.language.isEmpty && !b.languages.contains(account.language) { return .language }
            if account.language.isEmpty && b.unknownLanguage == .fail { return .languageUnknown }
        }
        if brief.excludedHandles.contains(a.handle) { return .excludedHandle }
        if conflict(brief, account) != nil { return .excludedCompetitor }
        if !fits(brief, account) { return .noFit }
        return nil
    }

    /// Minimum fit: a brief that names niches or keywords takes only creators with a niche match of at least its
    /// `min_fit` (and above 0) or a matched keyword.
    public func fits(_ brief: PreparedBrief, _ account: PreparedAccount) -> Bool {
        guard brief.needsFit else { return true }
        let niche = nicheMatch(brief, account).score
        if niche > 0 && niche >= brief.minFit { return true }
        return !matchedKeywords(brief, account).isEmpty
    }

    /// Warns about brief tier names that `data/tiers.csv` does not define (they match no creator).
    public func checkTiers(_ briefs: [Brief], diagnostics: inout DiagnosticsCollector) {
        let known = Set(reference.tiers.tiers.map(\.name))
        for brief in briefs {
            for tier in brief.tiers where !known.contains(tier) {
                diagnostics.warning(
                    .unknownTier, line: brief.line,
                    "brief \(brief.id): tier '\(tier)' is not in data/tiers.csv; no creator can match it")
            }
        }
    }

    /// The first `exclude` entry whose words all occur in the creator's bio, captions, hashtags or brand mentions.
    public func conflict(_ brief: PreparedBrief, _ account: PreparedAccount) -> String? {
        brief.excludedWords.first { $0.tokens.allSatisfy(account.tokens.contains) }?.text
    }

    /// The score components; the caller has checked `exclusion` first.
    public func components(_ brief: PreparedBrief, _ account: PreparedAccount, corpus: CorpusStatistics)
        -> ScoreComponents
    {
        components(brief, account, corpus: corpus, relevance: BoundRelevanceQuery(brief.query, corpus: corpus))
    }

    /// The score components, with `brief.query` already bound to `corpus` (scoring binds each brief once).
    package func components(
        _ brief: PreparedBrief, _ account: PreparedAccount, corpus: CorpusStatistics,
        relevance: BoundRelevanceQuery
    ) -> ScoreComponents {
        var components = ScoreComponents()
        components.niche = nicheMatch(brief, account).score
        components.relevance = relevance.score(account.document)
        components.engagement = engagement(account).score
        components.authenticity = account.authenticity.score
        components.audience = audience(brief, account).score
        components.commercial = commercial(brief, account, corpus: corpus, withNote: false).score
        components.affinity = affinity(brief, account).score
        return components
    }

    /// The best niche match: for each creator niche, the best taxonomy similarity to a brief niche times that brief
    /// niche's factor (1 primary, 0.35 secondary), times the creator niche's weight (1 stated, the confidence when
    /// inferred); the highest over the creator's niches. `CompiledBrief` computes the same products in the same order.
    func nicheMatch(_ brief: PreparedBrief, _ account: PreparedAccount) -> (score: Double, label: String) {
        var best = (score: 0.0, niche: "", relation: "", secondary: false)
        for (k, creatorNiche) in account.nicheIDs.enumerated() {
            var inner = (score: 0.0, relation: "", secondary: false)
            for (b, briefNiche) in brief.nicheIDs.enumerated() {
                let (similarity, relation) = reference.taxonomy.similarity(brief: briefNiche, creator: creatorNiche)
                let score = similarity * brief.nicheFactors[b]
                if score > inner.score { inner = (score, relation, brief.nicheFactors[b] < 1) }
            }
            let score = inner.score * account.nicheWeights[k]
            if score > best.score { best = (score, creatorNiche, inner.relation, inner.secondary) }
        }
        guard best.score > 0 else { return (0, "") }
        return (best.score, "\(best.niche) (\(best.relation)\(best.secondary ? ", secondary" : ""))")
    }

    /// The brief keywords found in the creator's text: all of a keyword's tokens, or its joined form as a hashtag.
    func matchedKeywords(_ brief: PreparedBrief, _ account: PreparedAccount) -> [String] {
        brief.keywords.filter { keyword in
            keyword.tokens.allSatisfy(account.tokens.contains) || account.tokens.contains(keyword.joined)
        }.map(\.text)
    }

    /// The `#tag` words of `text` without the sign (`#skincareroutine`, `＃スキンケア`), in order.
    static func hashtags(in text: String) -> [String] {
        // Without `#` or `＃` (UTF-8 EF BC 83) there is nothing to find; most bios have neither.
        var previous: (UInt8, UInt8) = (0, 0)
        var found = false
        for byte in text.utf8 {
            if byte == UInt8(ascii: "#") || (previous == (0xEF, 0xBC) && byte == 0x83) {
                found = true
                break
            }
            previous = (previous.1, byte)
        }
        guard found else { return [] }
        var result: [String] = []
        var current: String?
        for character in text + " " {
            if character == "#" || character == "＃" {
                if let tag = current, !tag.isEmpty { result.append(tag) }
                current = ""
            } else if current != nil, character.isLetter || character.isNumber || character == "_" {
                current!.append(character)
            } else if let tag = current {
                if !tag.isEmpty { result.append(tag) }
                current = nil
            }
        }
        return result
    }

    /// The `@name` and `#tag` words of `text` without the sign, plus the part before a dot (`@glowlab.jp` → `glowlab`).
    static func tags(in text: String) -> [String] {
        if let ascii = asciiTags(in: text) { return ascii }
        // Without `@`, `#` or their full-width forms (UTF-8 EF BC A0, EF BC 83) there is no tag to find.
        var bytes = text.utf8.makeIterator()
        var previous: (UInt8, UInt8) = (0, 0)
        var mayHaveTags = false
        while let byte = bytes.next() {
            if byte == UInt8(ascii: "@") || byte == UInt8(ascii: "#")
                || (previous == (0xEF, 0xBC) && (byte == 0xA0 || byte == 0x83))
            {
                mayHaveTags = true
                break
            }
            previous = (previous.1, byte)
        }
        guard mayHaveTags else { return [] }
        var result: [String] = []
        var current: String?
        for character in text + " " {
            if character == "@" || character == "#" || character == "＠" || character == "＃" {
                if let tag = current, !tag.isEmpty { result.append(tag) }
                current = ""
            } else if current != nil, character.isLetter || character.isNumber || character == "." || character == "_" {
                current!.append(character)
            } else if let tag = current {
                if !tag.isEmpty { result.append(tag) }
                current = nil
            }
        }
        return result + result.compactMap { $0.contains(".") ? String($0.prefix { $0 != "." }) : nil }
    }

    /// `tags(in:)` for ASCII text, byte by byte (an ASCII character is a letter or number exactly when it is
    /// `A`–`Z`, `a`–`z` or `0`–`9`); `nil` when `text` is not ASCII.
    static func asciiTags(in text: String) -> [String]? {
        var text = text
        return text.withUTF8 { bytes -> [String]? in
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
            var result: [String] = []
            var start = -1
            func close(_ end: Int) {
                if start >= 0 && end > start {
                    result.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self))
                }
            }
            for (index, byte) in bytes.enumerated() {
                if byte == UInt8(ascii: "@") || byte == UInt8(ascii: "#") {
                    close(index)
                    start = index + 1
                } else if start >= 0,
                    TextTokens.isASCIIAlphanumeric(byte) || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "_")
                {
                    continue
                } else if start >= 0 {
                    close(index)
                    start = -1
                }
            }
            close(bytes.count)
            return result + result.compactMap { $0.contains(".") ? String($0.prefix { $0 != "." }) : nil }
        }
    }

    /// Lower-case letters and digits only, accents folded: `@GlowLab` → `glowlab`, `#Verde_Mesa` → `verdemesa`.
    static func key(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            // NFKC, case folding and accent folding are the identity on ASCII apart from lower-casing.
            return String(
                decoding: text.utf8.compactMap { byte -> UInt8? in
                    guard TextTokens.isASCIIAlphanumeric(byte) else { return nil }
                    return byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
                }, as: UTF8.self)
        }
        return String(
            text.precomposedStringWithCompatibilityMapping.lowercased().folding(
                options: [.diacriticInsensitive], locale: nil
            )
            .filter { $0.isLetter || $0.isNumber })
    }
}
