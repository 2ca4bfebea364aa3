import Foundation

/// Tokenises bios, hashtags and brief keywords the same way, across scripts.
///
/// Text is NFKC-normalised, lower-cased and stripped of accents (`café` → `cafe`). Runs of letters and digits
/// are tokens; `#hashtags` lose the `#`. Scripts written without spaces (Han, Hiragana, Katakana, Hangul,
/// Thai) are split into overlapping character bigrams (`日焼け止め` → `日焼`, `焼け`, `け止`, `止め`), so a
/// Japanese keyword matches inside a Japanese bio without a dictionary.
///
/// Fast path: the text is cut at ASCII punctuation and spaces that are followed by ASCII (or the end). Such a
/// character ends any token, and Unicode normalisation, case mapping and grapheme clustering never reach
/// across it, so each piece can be tokenised on its own: all-ASCII pieces byte by byte, the rest through
/// `unicodeTokens`. The result equals `unicodeTokens(text)` (tests compare the two).
public enum TextTokens {
    public static func tokens(_ text: String) -> [String] {
        var cache = PreparationCache(capacity: 0)
        return tokens(text, cache: &cache)
    }

    /// `tokens(text)`, with the pieces outside ASCII looked up in (and added to) `cache`.
    static func tokens(_ text: String, cache: inout PreparationCache) -> [String] {
        let fast: [String]? = text.utf8.withContiguousStorageIfAvailable { bytes in
            var tokens: [String] = []
            var start = 0
            var ascii = true
            let count = bytes.count
            func emit(_ end: Int) {
                guard end > start else { return }
                let piece = UnsafeBufferPointer(rebasing: bytes[start..<end])
                if ascii {
                    asciiTokens(piece, into: &tokens)
                } else {
                    tokens += cache.unicodeTokens(String(decoding: piece, as: UTF8.self))
                }
            }
            for index in 0..<count {
                let byte = bytes[index]
                if byte >= 0x80 {
                    ascii = false
                    continue
                }
                if isASCIIAlphanumeric(byte) { continue }
                if index + 1 < count && bytes[index + 1] >= 0x80 { continue }
                emit(index)
                start = index + 1
                ascii = true
            }
            emit(count)
            return tokens
        }
        return fast ?? cache.unicodeTokens(text)
    }

    @inline(__always)
    static func isASCIIAlphanumeric(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
    }

    /// Runs of ASCII letters and digits, lower-cased (NFKC and accent folding are the identity on ASCII).
    static func asciiTokens(_ bytes: UnsafeBufferPointer<UInt8>, into tokens: inout [String]) {
        var index = 0
        while index < bytes.count {
            while index < bytes.count && !isASCIIAlphanumeric(bytes[index]) { index += 1 }
            let start = index
            while index < bytes.count && isASCIIAlphanumeric(bytes[index]) { index += 1 }
            if index > start {
                tokens.append(
                    String(unsafeUninitializedCapacity: index - start) { buffer in
                        for offset in 0..<(index - start) {
                            let byte = bytes[start + offset]
                            buffer[offset] = byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
                        }
                        return index - start
                    })
            }
        }
    }

    /// The general tokenizer: NFKC, lower case, accents stripped, letter/digit runs, CJK bigrams.
    static func unicodeTokens(_ text: String) -> [String] {
        let folded = text.precomposedStringWithCompatibilityMapping.lowercased()
            .folding(options: [.diacriticInsensitive], locale: nil)
        var tokens: [String] = []
        var word = ""
        var cjkRun: [Character] = []
        func flushWord() {
            if !word.isEmpty {
                tokens.append(word)
                word = ""
            }
        }
        func flushCJK() {
            if cjkRun.count == 1 { tokens.append(String(cjkRun[0])) }
            if cjkRun.count > 1 {
                for index in 0..<(cjkRun.count - 1) { tokens.append(String(cjkRun[index...index + 1])) }
            }
            cjkRun = []
        }
        for character in folded {
            if isUnspacedScript(character) {
                flushWord()
                cjkRun.append(character)
            } else if character.isLetter || character.isNumber {
                flushCJK()
                word.append(character)
            } else {
                flushWord()
                if character != "ー" { flushCJK() }
            }
        }
        flushWord()
        flushCJK()
        return tokens
    }

    static func isUnspacedScript(_ character: Character) -> Bool {
        guard let scalar = character.unicodeScalars.first else { return false }
        switch scalar.value {
        case 0x3040...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0xAC00...0xD7AF, 0x1100...0x11FF,
            0x0E00...0x0E7F, 0x31F0...0x31FF:
            return true
        default:
            return false
        }
    }
}
