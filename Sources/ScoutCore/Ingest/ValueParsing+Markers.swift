extension ValueParsing {
    /// True when `text` holds a letter that survives `cleaned(text).lowercased()` as a non-ASCII scalar other
    /// than a dash, so that the cleaned text cannot be one of the `missingMarkers` (all ASCII but `–` and `—`):
    /// `isMissing` then answers without NFKC, which on Linux costs microseconds per non-ASCII cell.
    ///
    /// The letters looked for have no compatibility mapping and are neither spaces nor apostrophes: NFKC keeps
    /// them or composes them with a following mark into another non-ASCII letter, trimming stops at them, and
    /// lower-casing keeps them non-ASCII. Latin-1 letters, Greek and Cyrillic letters, Arabic letters, kana, CJK
    /// ideographs, Hangul syllables and emoji: the non-ASCII cells of real exports (names, bios).
    static func holdsLetterNoMarkerHas(_ text: String) -> Bool {
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x00C0...0x00D6, 0x00D8...0x00F6, 0x00F8...0x00FF,  // Latin-1 letters
                0x0391...0x03A9, 0x03B1...0x03C9,  // Greek letters
                0x0410...0x044F,  // Cyrillic letters
                0x0621...0x064A,  // Arabic letters
                0x3041...0x3096, 0x30A1...0x30FA,  // kana
                0x3400...0x4DBF, 0x4E00...0x9FFF,  // CJK ideographs
                0xAC00...0xD7A3,  // Hangul syllables
                0x1F300...0x1F64F, 0x1F680...0x1F6FF, 0x1F900...0x1F9FF:  // emoji
                return true
            default: continue
            }
        }
        return false
    }
}
