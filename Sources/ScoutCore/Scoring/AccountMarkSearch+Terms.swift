extension AccountMarkSearch {
    /// `mark(_:at:in:)` for an account compiled to term ids, recording exactly what it records for the prepared
    /// account (`AccountMarkSearchTermsTests` compares the two).
    ///
    /// `terms` are the distinct ids of the account's document terms, ascending, in `vocabulary`; `triggerOf` gives each
    /// vocabulary id's index in `triggerList` (−1: it starts nothing), so a document term costs an array read instead
    /// of a hash lookup. The rest of the token set (joined hashtags, brand mention tokens) and the tagged keys come
    /// from `text`. An `exclude` entry or keyword is recorded once per account however many of its tokens it holds.
    func mark(
        handle: String, text: AccountText, terms: [Int32], vocabulary: StringInterner, triggerOf: [Int32],
        at position: Int32, in marks: inout AccountMarks
    ) {
        if !handles.isEmpty, let id = handles[handle] { marks.handles[id].append(position) }
        if !hashtags.isEmpty {
            for key in text.taggedKeys {
                if let id = hashtags[key], marks.hashtags[id].last != position { marks.hashtags[id].append(position) }
            }
        }
        guard !triggers.isEmpty else { return }
        var affinity: [Int: Double] = [:]
        var matched: [Int] = []  // keywords matched by this account: few, so an array
        if !brandByKey.isEmpty { for key in text.taggedKeys { if let id = brandByKey[key] { affinity[id] = 1 } } }
        func inDocument(_ token: String) -> Bool {
            guard let id = vocabulary.id(of: token) else { return false }
            var low = 0
            var high = terms.count
            while low < high {
                let mid = (low + high) >> 1
                if terms[mid] == id { return true }
                if terms[mid] < id { low = mid + 1 } else { high = mid }
            }
            return false
        }
        func inTokens(_ token: String) -> Bool {
            inDocument(token) || text.joinedTags.contains(token) || text.mentionTokens.contains(token)
        }
        func visit(_ trigger: Trigger, inDocument isInDocument: Bool) {
            for id in trigger.exclusions where marks.exclusions[id].last != position {
                if exclusions[id].allSatisfy(inTokens) { marks.exclusions[id].append(position) }
            }
            for id in trigger.keywords where !matched.contains(id) {
                if keywords[id].tokens.allSatisfy(inTokens) || inTokens(keywords[id].joined) { matched.append(id) }
            }
            guard isInDocument, trigger.brandKey != nil || !trigger.brands.isEmpty else { return }
            if let id = trigger.brandKey, affinity[id] == nil { affinity[id] = PartialScore.brandMentioned }
            for id in trigger.brands where affinity[id] == nil && brands[id].tokens.allSatisfy(inDocument) {
                affinity[id] = PartialScore.brandMentioned
            }
        }
        for term in terms {
            let trigger = triggerOf[Int(term)]
            if trigger >= 0 { visit(triggerList[Int(trigger)], inDocument: true) }
        }
        // Tokens of the set outside the document: brand affinity reads the document, so these only exclude or match.
        for token in text.joinedTags {
            if let trigger = triggerIndex[token], !inDocument(token) {
                visit(triggerList[Int(trigger)], inDocument: false)
            }
        }
        for token in text.mentionTokens {
            if let trigger = triggerIndex[token], !inDocument(token) {
                visit(triggerList[Int(trigger)], inDocument: false)
            }
        }
        for (id, value) in affinity { marks.brands[id].append((position, value)) }
        for id in matched { marks.keywords[id].append(position) }
    }
}
