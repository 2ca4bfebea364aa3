/// Text made safe to quote in a one-line message: control characters shown as `\u{…}`, long text cut.
public enum VisibleText {
    /// `text` with C0/C1 control characters (NUL, line breaks, tabs…) written as `\u{0}`, `\u{a}`…
    public static func escaped(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        var result = ""
        for scalar in text.unicodeScalars {
            if isControl(scalar) {
                result += "\\u{" + String(scalar.value, radix: 16) + "}"
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// At most `limit` characters of `text`, with `… (N characters)` when cut: a runaway cell never floods a message.
    public static func shortened(_ text: String, limit: Int = 200) -> String {
        guard text.utf8.count > limit else { return text }
        let count = text.count
        return count <= limit ? text : String(text.prefix(limit)) + "… (\(count) characters)"
    }

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }
}
