import Foundation

/// How an input list names a creator: `platform:handle` (`instagram:ana.cooks`), a profile URL
/// (`https://www.tiktok.com/@ana.cooks`), or a bare `@handle` that matches the handle on every platform.
public struct CreatorReference: Sendable, Hashable {
    /// `platform:handle` when the platform is known.
    public var accountID: String?
    /// The handle, for references without a platform.
    public var handle: String

    /// Reads `text`; nil when it names no handle.
    public init?(_ text: String) {
        let text = text.trimmingCharacters(in: .whitespaces)
        if let colon = text.firstIndex(of: ":"), let platform = Platform(parsing: String(text[..<colon])),
            let parsed = HandleParsing.parse(String(text[text.index(after: colon)...]))
        {
            accountID = "\(platform.rawValue):\(parsed.handle)"
            handle = parsed.handle
        } else if let parsed = HandleParsing.parse(text) {
            accountID = parsed.platform.map { "\($0.rawValue):\(parsed.handle)" }
            handle = parsed.handle
        } else {
            return nil
        }
    }

    /// Whether it names the account `accountID` (`platform:handle`).
    public func matches(_ accountID: String) -> Bool {
        if let own = self.accountID { return own == accountID }
        guard let colon = accountID.firstIndex(of: ":") else { return false }
        return accountID[accountID.index(after: colon)...] == handle
    }
}
