/// Remembers what preparing accounts computes again and again: the tokens of text pieces outside ASCII (which go
/// through Foundation's Unicode normalisation), the match keys of tags outside ASCII (the same) and the taxonomy ids
/// of niche labels.
///
/// Bios and hashtags repeat the same non-ASCII words (`café`, `スキンケア`, `recetas fáciles`) and niche labels
/// (`Skincare`, `スキンケア`) across thousands of creators; both lookups are pure functions of their input, so a hit
/// returns exactly what the uncached call would. One cache per worker (it is a value type); each table empties
/// itself when full so memory stays bounded.
struct PreparationCache: Sendable {
    private var pieces: [String: [String]] = [:]
    private var niches: [String: String?] = [:]
    private var keys: [String: String] = [:]
    /// Entries kept per table before it starts over; 0 turns caching off.
    let capacity: Int

    init(capacity: Int = 50_000) { self.capacity = capacity }

    /// `TextTokens.unicodeTokens(piece)`, from the cache when seen before.
    mutating func unicodeTokens(_ piece: String) -> [String] {
        guard capacity > 0 else { return TextTokens.unicodeTokens(piece) }
        if let tokens = pieces[piece] { return tokens }
        let tokens = TextTokens.unicodeTokens(piece)
        if pieces.count >= capacity { pieces.removeAll(keepingCapacity: true) }
        pieces[piece] = tokens
        return tokens
    }

    /// `MatchModel.key(text)`; text outside ASCII from the cache when seen before (ASCII text is keyed at once).
    mutating func key(_ text: String) -> String {
        guard capacity > 0, !text.utf8.allSatisfy({ $0 < 0x80 }) else { return MatchModel.key(text) }
        if let key = keys[text] { return key }
        let key = MatchModel.key(text)
        if keys.count >= capacity { keys.removeAll(keepingCapacity: true) }
        keys[text] = key
        return key
    }

    /// `taxonomy.resolve(label)`, from the cache when seen before.
    mutating func niche(_ label: String, in taxonomy: NicheTaxonomy) -> String? {
        guard capacity > 0 else { return taxonomy.resolve(label) }
        if let id = niches[label] { return id }
        let id = taxonomy.resolve(label)
        if niches.count >= capacity { niches.removeAll(keepingCapacity: true) }
        niches[label] = .some(id)
        return id
    }
}
