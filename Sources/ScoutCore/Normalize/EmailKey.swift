/// Turns an e-mail address into a key for linking accounts without keeping the address.
public enum EmailKey {
    /// `e:` followed by the FNV-1a 64-bit hash of the trimmed, lower-cased address; empty for a non-address.
    public static func hash(_ email: String) -> String {
        let normalised = (ASCIIFastPath.trimmedIfASCII(email) ?? email.trimmingCharacters(in: .whitespacesAndNewlines)).lowercased()
        guard normalised.contains("@"), normalised.count >= 3 else { return "" }
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in normalised.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        let hex = String(hash, radix: 16)
        return "e:" + String(repeating: "0", count: 16 - hex.count) + hex
    }
}
