/// Turns an e-mail address into a key for linking accounts without keeping the address.
public enum EmailKey {
    /// `e:` followed by the FNV-1a 64-bit hash of the trimmed, lower-cased address; empty for a non-address.
    public static func hash(_ email: String) -> String {
        let normalised = (ASCIIFastPath.trimmedIfASCII(email) ?? email.trimmingCharacters(in: .whitespacesAndNewlines)).lowercased()
        guard normalised.contains("@"), normalised.count >= 3 else { return "" }
        let hex = String(StableHash.fnv1a64(normalised), radix: 16)
        return "e:" + String(repeating: "0", count: 16 - hex.count) + hex
    }
}
