import Foundation

/// Where a creator's niche evidence was found, for `why` (`inferred from hashtags, bio`).
public enum NicheEvidenceSource: String, Sendable, Hashable, CaseIterable {
    case hashtags, bio, name
}

/// One niche read off a creator's own words, with how sure the reading is.
public struct InferredNiche: Sendable, Hashable {
    public var id: String
    /// 1 − exp(−evidence), see `NicheInference.confidence(_:)`; in [0, 1).
    public var confidence: Double
    public var sources: [NicheEvidenceSource]
}

/// Finds taxonomy niches in bios, captions, hashtags and display names: every synonym of `data/niches.csv` (English,
/// Japanese and the other languages listed there) is matched as tokens, the way brief keywords are, plus compound
/// hashtags that start or end with a one-word synonym (`#skincareroutine`, `#veganrecipes`).
///
/// Evidence per distinct synonym found: a hashtag 0.7, a compound hashtag 0.5, the bio or captions 0.45, the display
/// name 0.45. A niche's confidence is 1 − exp(−Σ evidence): one bio mention 0.36, one hashtag 0.50, a hashtag and a
/// bio mention 0.68, three mentions about 0.8. Niches below `minimumConfidence` are dropped; at most `limit` are kept.
/// Everyday words that name a niche only in context (`home`, `family`, `coach`…) are not read on their own.
public struct NicheInference: Sendable {
    /// A synonym as tokens, and the niche it names.
    struct Phrase: Sendable {
        var tokens: [String]
        var id: String
    }

    /// Phrases by their first token.
    private var byFirstToken: [String: [Phrase]] = [:]
    /// One-word Latin-script synonyms of at least 4 letters, for compound hashtags.
    private var words: [String: String] = [:]

    public static let hashtagEvidence = 0.7, compoundEvidence = 0.5, bioEvidence = 0.45, nameEvidence = 0.45
    public static let minimumConfidence = 0.3
    public static let limit = 3

    /// Words that are synonyms in briefs and export categories but too common in bios to name a niche alone.
    static let contextWords: Set<String> = [
        "home", "family", "training", "coach", "design", "setup", "covers", "budget", "saving", "career", "learning",
        "money", "shows", "games", "hair", "nature", "interior", "producer", "beats", "apps", "study", "studying",
        "news",
        "phones", "animals", "sport", "sports", "music", "art", "artist", "artists", "cinema", "film", "films", "tv",
        "television", "actors", "movies", "comedy", "funny", "eco", "climate", "diet", "sleep", "baby", "babies",
    ]

    /// Builds the index from synonym → niche id pairs (ids with `/` are skipped: their leaf is a synonym already).
    init(synonyms: [(String, String)]) {
        for (synonym, id) in synonyms.sorted(by: { $0.0 < $1.0 }) where !synonym.contains("/") {
            let tokens = TextTokens.tokens(synonym)
            guard let first = tokens.first else { continue }
            if tokens.count == 1 {
                let token = tokens[0]
                let latin = token.utf8.allSatisfy { $0 < 0x80 }
                if latin && token.utf8.count < 3 { continue }  // `ai`, `ev`, `tv`: too short to read alone
                if !latin && token.count < 2 { continue }  // one Han character (`本`, `旅`)
                if Self.contextWords.contains(token) { continue }
                if latin && token.utf8.count >= 4 && words[token] == nil { words[token] = id }
            }
            if byFirstToken[first]?.contains(where: { $0.tokens == tokens }) == true { continue }
            byFirstToken[first, default: []].append(Phrase(tokens: tokens, id: id))
        }
    }

    /// The niches the texts point to, most confident first (ties by id).
    /// - Parameters:
    ///   - bio: tokens of the bio and captions; `name`: of the display name; `hashtags`: of the hashtags, and
    ///     `joinedTags` each hashtag's tokens joined (`#Home_Workout` → `homeworkout`).
    func infer(bio: [String], hashtags: [String], joinedTags: [String], name: [String]) -> [InferredNiche] {
        guard !byFirstToken.isEmpty else { return [] }
        var evidence: [String: (total: Double, sources: [NicheEvidenceSource])] = [:]
        var seen = Set<String>()  // "source|phrase" pairs already counted
        func record(_ id: String, _ phrase: String, _ source: NicheEvidenceSource, _ weight: Double) {
            guard seen.insert(source.rawValue + "|" + phrase).inserted else { return }
            var entry = evidence[id] ?? (0, [])
            entry.total += weight
            if !entry.sources.contains(source) { entry.sources.append(source) }
            evidence[id] = entry
        }
        // Token lists are short (a bio's words): `contains` on the array beats building a set per account.
        func scan(_ tokens: [String], _ source: NicheEvidenceSource, _ weight: Double) {
            for token in tokens {
                guard let phrases = byFirstToken[token] else { continue }
                for phrase in phrases where phrase.tokens.count == 1 || phrase.tokens.allSatisfy(tokens.contains) {
                    record(phrase.id, phrase.tokens.joined(separator: " "), source, weight)
                }
            }
        }
        scan(hashtags + joinedTags, .hashtags, Self.hashtagEvidence)
        for tag in joinedTags where tag.utf8.count >= 7 && tag.utf8.allSatisfy({ $0 < 0x80 }) {
            let bytes = Array(tag.utf8)
            for cut in 4...(bytes.count - 3) {
                let head = String(decoding: bytes[..<cut], as: UTF8.self)
                let tail = String(decoding: bytes[(bytes.count - cut)...], as: UTF8.self)
                if let id = words[head] { record(id, head, .hashtags, Self.compoundEvidence) }
                if let id = words[tail] { record(id, tail, .hashtags, Self.compoundEvidence) }
            }
        }
        scan(bio, .bio, Self.bioEvidence)
        scan(name, .name, Self.nameEvidence)
        var niches: [InferredNiche] = []
        for (id, entry) in evidence {
            let confidence = Self.confidence(entry.total)
            if confidence >= Self.minimumConfidence {
                niches.append(InferredNiche(id: id, confidence: confidence, sources: entry.sources))
            }
        }
        niches.sort { (a: InferredNiche, b: InferredNiche) -> Bool in
            a.confidence != b.confidence ? a.confidence > b.confidence : a.id < b.id
        }
        return Array(niches.prefix(Self.limit))
    }

    /// 1 − exp(−evidence).
    static func confidence(_ evidence: Double) -> Double { 1 - exp(-evidence) }
}
