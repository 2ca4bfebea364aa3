/// Every code `diagnostics.txt` can show (`… warning: message [code]`).
///
/// This enum is the one list: a diagnostic cannot be emitted with a code that is not here, and what each means
/// for the user is in docs/outputs.md ("diagnostics.txt"), whose table a test keeps equal to these cases.
public enum DiagnosticCode: String, Sendable, Hashable, CaseIterable, Codable {
    // Ingest
    case strayQuote = "stray_quote"
    case windows1252 = "windows_1252"
    case columnMisfit = "column_misfit"
    case asOfFromFileName = "as_of_from_file_name"
    case authenticityInputsMissing = "authenticity_inputs_missing"
    case unknownWeight = "unknown_weight"
    case unknownBriefColumn = "unknown_brief_column"
    case oddUTF16Byte = "odd_utf16_byte"
    case duplicateHeader = "duplicate_header"
    case fileSetAside = "file_set_aside"
    // Normalise and identity
    case badValue = "bad_value"
    case platformConflict = "platform_conflict"
    case sharedContact = "shared_contact"
    case overrideUnused = "override_unused"
    // History
    case historySetAside = "history_set_aside"
    // Scoring
    case unknownNiche = "unknown_niche"
    case unknownTier = "unknown_tier"
    case unknownSeed = "unknown_seed"
    case lowAuthenticity = "low_authenticity"
    case lowAuthenticityTotal = "low_authenticity_total"
}
