/// Where a creator's niches come from: the export's niche column, or the creator's own words (`NicheInference`).
public enum NicheSource: String, Sendable, Hashable {
    case stated
    case inferred
    /// Neither: no niche column value the taxonomy knows and nothing in the text.
    case none = ""
}
