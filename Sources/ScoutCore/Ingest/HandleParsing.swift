import Foundation

/// A handle read from a handle cell or a profile URL.
public struct ParsedHandle: Sendable, Equatable {
    /// Lower-cased, NFKC-normalised, without `@`.
    public var handle: String
    /// The platform named by the URL's host, when the text was a URL.
    public var platform: Platform?
    /// A platform id such as a YouTube channel id (`UC…`), when the URL carried one.
    public var platformID: String = ""
}

/// Normalises handles: `@Name`, `name`, `https://www.instagram.com/name/`, `instagram.com/name?hl=en`,
/// `youtube.com/@name`, `tiktok.com/@name`, full-width `ｎａｍｅ`, all to `name`.
public enum HandleParsing {
    public static func parse(_ text: String) -> ParsedHandle? {
        // ASCII text is its own NFKC form and holds no default-ignorable code points.
        var value =
            ASCIIFastPath.trimmedIfASCII(text)
            ?? text.precomposedStringWithCompatibilityMapping
            .unicodeScalars.filter { !$0.properties.isDefaultIgnorableCodePoint }
            .reduce(into: "") { $0.unicodeScalars.append($1) }
            .trimmingCharacters(in: .whitespacesAndNewlines)
        guard !value.isEmpty, !ValueParsing.isMissing(value), !containsControlCharacter(value) else { return nil }
        if looksLikeURL(value) { return parseURL(value) }
        while value.hasPrefix("@") { value.removeFirst() }
        let handle = collapseSpaces(value.lowercased())
        return handle.isEmpty ? nil : ParsedHandle(handle: handle)
    }

    /// A NUL, tab or other control character (C0, DEL, C1) inside a handle: no platform allows one, so the cell
    /// is corrupt (NUL padding, a binary paste) and the handle is not used.
    public static func containsControlCharacter(_ value: String) -> Bool {
        value.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }
    }

    static func looksLikeURL(_ value: String) -> Bool {
        if let ascii = ASCIIFastPath.looksLikeURL(value) { return ascii }
        let lower = value.lowercased()
        if lower.hasPrefix("http://") || lower.hasPrefix("https://") || lower.hasPrefix("www.") { return true }
        guard let slash = lower.firstIndex(of: "/") else { return false }
        return Platform(host: String(lower[..<slash])) != nil
    }

    static func parseURL(_ value: String) -> ParsedHandle? {
        let parts = ASCIIFastPath.urlParts(value) ?? urlParts(value)
        guard let host = parts.first else { return nil }
        let platform = Platform(host: host)
        var path = Array(parts.dropFirst())
        var platformID = ""
        var handle: String?
        switch platform {
        case .youtube:
            if let first = path.first {
                if first.hasPrefix("@") {
                    handle = first
                } else if first == "channel", path.count > 1 {
                    platformID = path[1]
                    handle = path[1]
                } else if first == "c" || first == "user", path.count > 1 {
                    handle = path[1]
                } else if !["watch", "shorts", "playlist"].contains(first) {
                    handle = first
                }
            }
        case .tiktok:
            handle = path.first { $0.hasPrefix("@") } ?? path.first
        default:
            if path.count > 1 { path.removeAll { ["p", "reel", "reels", "stories", "tv"].contains($0) } }
            handle = path.first
        }
        // Without a `%` there is nothing to decode (and Foundation's decoding is costly).
        guard var name = handle.map({ $0.utf8.contains(0x25) ? ($0.removingPercentEncoding ?? $0) : $0 }) else {
            return nil
        }
        while name.hasPrefix("@") { name.removeFirst() }
        name = name.lowercased()
        guard !name.isEmpty else { return nil }
        return ParsedHandle(handle: name, platform: platform, platformID: platformID)
    }

    /// The path segments of a URL after its scheme, up to `?` or `#`, the host first.
    static func urlParts(_ value: String) -> [String] {
        var rest = value
        if let scheme = rest.range(of: "://") { rest = String(rest[scheme.upperBound...]) }
        rest = String(rest.prefix { $0 != "?" && $0 != "#" })
        return rest.split(separator: "/").map(String.init)
    }

    static func collapseSpaces(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 && !ASCIIFastPath.isWhitespaceOrNewline($0) }) { return text }
        return text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
