/// Every code `diagnostics.txt` can show (`… warning: message [code]`), with what it means.
///
/// This enum is the one list: the user documentation lists the same codes (a test compares them), and a
/// diagnostic cannot be emitted with a code that is not here.
public enum DiagnosticCode: String, Sendable, Hashable, CaseIterable {
    // Ingest
    case strayQuote = "stray_quote"
    case windows1252 = "windows_1252"
    case columnMisfit = "column_misfit"
    case asOfFromFileName = "as_of_from_file_name"
    case unknownWeight = "unknown_weight"
    case unknownBriefColumn = "unknown_brief_column"
    // Normalise and identity
    case badValue = "bad_value"
    case platformConflict = "platform_conflict"
    case sharedContact = "shared_contact"
    case overrideUnused = "override_unused"
    // Scoring
    case unknownNiche = "unknown_niche"
    case unknownTier = "unknown_tier"
    case lowAuthenticity = "low_authenticity"
    case lowAuthenticityTotal = "low_authenticity_total"

    /// One line for the documentation's list: when Scout emits it and what happened to the data.
    public var summary: String {
        switch self {
        case .strayQuote: return "a quote inside an unquoted field (`5'11\"`); the text was kept literally"
        case .windows1252: return "records that were not valid UTF-8 were read as Windows-1252 (count and first line)"
        case .columnMisfit: return "a column that looked like a known field holds other values; it was ignored"
        case .asOfFromFileName: return "no snapshot-date column; the date in the file name was used"
        case .unknownWeight: return "a brief's `w_` column names no score component; it was ignored"
        case .unknownBriefColumn: return "a briefs column Scout does not use"
        case .badValue: return "an optional value (count, rate, date) could not be read; left empty, the row kept"
        case .platformConflict: return "the platform column and the handle's URL disagree; the column was used"
        case .sharedContact: return "an e-mail or web site on several accounts of one platform; not used to link people"
        case .overrideUnused: return "an `always_merge` override names an account that is not in this run"
        case .unknownNiche: return "a creator's or brief's niche is not in `data/niches.csv`"
        case .unknownTier: return "a brief's tier is not in `data/tiers.csv`; no creator can match it"
        case .lowAuthenticity: return "a creator below `--min-authenticity` was kept off every shortlist"
        case .lowAuthenticityTotal: return "how many creators `--min-authenticity` kept off the shortlists"
        }
    }
}
