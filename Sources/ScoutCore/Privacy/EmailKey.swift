import Crypto

/// Turns an e-mail address into a key for linking accounts without keeping the address.
///
/// The key is `e:` + the first 16 hex digits of HMAC-SHA256 over the trimmed, lower-cased address, keyed with the
/// installation's secret (`InstallationSecret`): stable across nights on one installation, and not reversible by
/// hashing guessed addresses without the secret. See docs/privacy.md.
package enum EmailKey {
    /// The key of `email`; empty for a cell that is not an address (no `@`), or when the secret is unavailable
    /// (runs call `InstallationSecret.require()` first, so that is a failed run, never a silent one).
    package static func hash(_ email: String) -> String {
        let normalised = (ASCIIFastPath.trimmedIfASCII(email) ?? email.trimmingCharacters(in: .whitespacesAndNewlines))
            .lowercased()
        guard normalised.contains("@"), normalised.count >= 3, case .success(let secret) = InstallationSecret.shared
        else { return "" }
        let mac = HMAC<Crypto.SHA256>.authenticationCode(for: Array(normalised.utf8), using: secret.key)
        var text = "e:"
        for byte in mac.prefix(8) {
            text.append(hexDigits[Int(byte >> 4)])
            text.append(hexDigits[Int(byte & 0x0F)])
        }
        return text
    }

    private static let hexDigits = Array("0123456789abcdef")

    /// Whether `text` is a key this type made (`e:` and 16 lower-case hex digits).
    package static func isKey(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        return bytes.count == 18 && bytes[0] == 0x65 && bytes[1] == 0x3A
            && bytes[2...].allSatisfy { (0x30...0x39).contains($0) || (0x61...0x66).contains($0) }
    }
}
