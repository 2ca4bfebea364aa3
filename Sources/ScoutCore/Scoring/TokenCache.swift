/// Remembers the tokens of text pieces outside ASCII, which go through Foundation's Unicode normalisation.
///
/// Bios and hashtags repeat the same non-ASCII words (`café`, `スキンケア`, `recetas fáciles`) across thousands
/// of creators; tokenising is a pure function of the piece, so a hit returns exactly what `unicodeTokens` would.
/// One cache per worker (it is a value type); it empties itself when full so memory stays bounded.
struct TokenCache: Sendable {
    private var pieces: [String: [String]] = [:]
    /// Entries kept before the cache starts over; 0 turns caching off.
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
}
