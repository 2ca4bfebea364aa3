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
        var email = email
        // The common cell is ASCII: trimmed and lower-cased in place, byte by byte (the same as the Foundation
        // trim and `lowercased()` on ASCII text), without building intermediate strings.
        let ascii: String? = email.withUTF8 { bytes in
            var low = 0
            var high = bytes.count
            for byte in bytes where byte >= 0x80 { return nil }
            while low < high && ASCIIFastPath.isWhitespaceOrNewline(bytes[low]) { low += 1 }
            while high > low && ASCIIFastPath.isWhitespaceOrNewline(bytes[high - 1]) { high -= 1 }
            return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(1, high - low)) { lower in
                var hasAt = false
                var lineBreaks = 0
                for index in low..<high {
                    let byte = bytes[index]
                    lower[index - low] = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
                    if byte == 0x40 { hasAt = true }
                    if byte == 0x0A && index > low && bytes[index - 1] == 0x0D { lineBreaks += 1 }
                }
                // `count` in characters: a CR LF pair is one.
                guard hasAt, high - low - lineBreaks >= 3 else { return "" }
                return key(UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: lower[0..<(high - low)])))
            }
        }
        if let ascii { return ascii }
        let normalised = email.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        guard normalised.contains("@"), normalised.count >= 3 else { return "" }
        return Array(normalised.utf8).withUnsafeBytes(key)
    }

    /// `e:` and the first 16 hex digits of the keyed HMAC of `normalised` (an address already trimmed and
    /// lower-cased); empty when the secret is unavailable.
    private static func key(_ normalised: UnsafeRawBufferPointer) -> String {
        guard var mac = keyedMAC else { return "" }
        mac.update(data: normalised)
        let code = mac.finalize()
        return code.withUnsafeBytes { digest in
            String(unsafeUninitializedCapacity: 18) { text in
                text[0] = 0x65
                text[1] = 0x3A
                for index in 0..<8 {
                    text[2 + 2 * index] = hexDigits[Int(digest[index] >> 4)]
                    text[3 + 2 * index] = hexDigits[Int(digest[index] & 0x0F)]
                }
                return 18
            }
        }
    }

    /// The installation's keyed HMAC, taken once; `nil` when the secret is unavailable.
    private static let keyedMAC: HMAC<Crypto.SHA256>? = try? InstallationSecret.shared.get().keyedMAC

    private static let hexDigits = Array("0123456789abcdef".utf8)

    /// Whether `text` is a key this type made (`e:` and 16 lower-case hex digits).
    package static func isKey(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        return bytes.count == 18 && bytes[0] == 0x65 && bytes[1] == 0x3A
            && bytes[2...].allSatisfy { (0x30...0x39).contains($0) || (0x61...0x66).contains($0) }
    }
}
