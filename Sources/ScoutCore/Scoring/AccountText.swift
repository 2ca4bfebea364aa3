/// An account's words as `MatchModel.prepare` tokenises them, before they become a token set, a BM25 document and
/// tagged keys: the model counts them into a `TokenDocument`, compiling interns them straight into term ids.
struct AccountText: Sendable {
    /// The document's token runs: bio and captions, hashtags, display name.
    var pieces: [[String]]
    /// Joined hashtags that were several tokens: the document counts each once more.
    var extraTokens: [String]
    /// Each hashtag's tokens joined (`#Home_Workout` → `homeworkout`): in the token set, not in the document.
    var joinedTags: [String]
    /// The tokens of the brand mentions: in the token set, not in the document.
    var mentionTokens: [String]
    /// Brand mentions, hashtags and `@name` / `#tag` words folded by `MatchModel.key`, non-empty, possibly repeated.
    var taggedKeys: [String]

    /// The document's length in tokens (`TokenDocument.length`).
    var length: Int { pieces.reduce(extraTokens.count) { $0 + $1.count } }
}
