import Foundation

/// Tokenises bios, hashtags and brief keywords the same way, across scripts.
///
/// Text is NFKC-normalised, lower-cased and stripped of accents (`café` → `cafe`). Runs of letters and digits
/// are tokens; `#hashtags` lose the `#`. Scripts written without spaces (Han, Hiragana, Katakana, Hangul,
/// Thai) are split into overlapping character bigrams (`日焼け止め` → `日焼`, `焼け`, `け止`, `止め`), so a
/// Japanese keyword matches inside a Japanese bio without a dictionary.
public enum TextTokens {
    public static func tokens(_ text: String) -> [String] {
        let folded = text.precomposedStringWithCompatibilityMapping.lowercased()
            .folding(options: [.diacriticInsensitive], locale: nil)
        var tokens: [String] = []
        var word = ""
        var cjkRun: [Character] = []
        func flushWord() {
            if !word.isEmpty { tokens.append(word); word = "" }
        }
        func flushCJK() {
            if cjkRun.count == 1 { tokens.append(String(cjkRun[0])) }
            if cjkRun.count > 1 { for index in 0..<(cjkRun.count - 1) { tokens.append(String(cjkRun[index...index + 1])) } }
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
