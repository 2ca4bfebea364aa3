/// Honest ranks for one shortlist, best first: creators whose scores read the same (to the 4 decimals written)
/// share a rank, and `why` says they are tied (within a tie the list is by creator id); when the first creator
/// left off shares the last score, `why` says so too. One process and a sharded night's merge step rank alike.
struct ShortlistTies: Sendable {
    /// Per position: the rank, from 1.
    var ranks: [Int] = []
    /// Per position: what `why` gains (empty when the score is not tied).
    var notes: [String] = []
    /// Whether the creator after the list shares the last score on it (`BriefFunnel.tieBeyondList`).
    var tieBeyondList = false

    /// - Parameters:
    ///   - scores: the list's scores, best first.
    ///   - beyond: the score of the first creator the list left off, if any.
    init(scores: [Double], beyond: Double?) {
        let shown = scores.map { NumberText.fixed($0, 4) }
        var ties: [String: Int] = [:]
        for text in shown { ties[text, default: 0] += 1 }
        tieBeyondList = beyond.map { NumberText.fixed($0, 4) == shown.last } ?? false
        var rank = 0
        for position in shown.indices {
            if position == 0 || shown[position] != shown[position - 1] { rank = position + 1 }
            ranks.append(rank)
            let others = ties[shown[position]]! - 1
            let sharedBeyond = tieBeyondList && shown[position] == shown.last
            var note = ""
            if others > 0 || sharedBeyond {
                note =
                    " · tied at \(shown[position])"
                    + (others > 0 ? " with \(others) other\(others == 1 ? "" : "s") (listed by creator id)" : "")
                if sharedBeyond { note += "; more creators share this score beyond the list" }
            }
            notes.append(note)
        }
    }

    /// `list` (the one whose scores were given) with its ranks and tie notes.
    func apply<T>(to list: [T], rank: WritableKeyPath<T, Int>, why: WritableKeyPath<T, String>) -> [T] {
        list.enumerated().map { position, item in
            var item = item
            item[keyPath: rank] = ranks[position]
            item[keyPath: why] += notes[position]
            return item
        }
    }
}
