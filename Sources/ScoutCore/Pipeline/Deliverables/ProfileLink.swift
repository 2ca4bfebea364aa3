import Foundation

/// The canonical link to an account, built from platform and handle (one form per platform), so every shortlist
/// row has a link in the same shape whatever the export gave (`docs`: "Reading the outputs", profile links).
///
/// A handle that cannot be a handle on its platform (YouTube exports often give the channel *name*, such as
/// `logan paul`) gets the platform's search page for that name instead of a guessed profile that may not exist.
public struct ProfileLink: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable {
        /// The account's profile page.
        case profile
        /// A search on the platform for the name (the handle is not a valid handle there).
        case search
    }

    public var url: String
    public var kind: Kind

    /// The link for `platform` and `handle` (lower case, without `@`); `platformID` is a YouTube channel id (`UC…`)
    /// when the export gave one. `nil` when neither a profile nor a search link can be built.
    public init?(platform: Platform, handle: String, platformID: String = "") {
        if platform == .youtube, !platformID.isEmpty, platformID.lowercased() == handle,
            let id = Self.pathSegment(platformID, allowed: "_-")
        {
            self.init(url: "https://www.youtube.com/channel/" + id, kind: .profile)
            return
        }
        if let segment = Self.pathSegment(handle, allowed: Self.handleCharacters(platform)) {
            let url: String
            switch platform {
            case .instagram: url = "https://www.instagram.com/\(segment)/"
            case .tiktok: url = "https://www.tiktok.com/@\(segment)"
            case .youtube: url = "https://www.youtube.com/@\(segment)"
            case .twitch: url = "https://www.twitch.tv/\(segment)"
            case .x: url = "https://x.com/\(segment)"
            case .facebook: url = "https://www.facebook.com/\(segment)"
            case .pinterest: url = "https://www.pinterest.com/\(segment)/"
            case .snapchat: url = "https://www.snapchat.com/add/\(segment)"
            case .threads: url = "https://www.threads.net/@\(segment)"
            case .linkedin: url = "https://www.linkedin.com/in/\(segment)"
            }
            self.init(url: url, kind: .profile)
            return
        }
        let name = handle.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !name.isEmpty, let query = name.addingPercentEncoding(withAllowedCharacters: Self.unreserved) else {
            return nil
        }
        switch platform {
        case .youtube: self.init(url: "https://www.youtube.com/results?search_query=" + query, kind: .search)
        case .tiktok: self.init(url: "https://www.tiktok.com/search/user?q=" + query, kind: .search)
        case .x: self.init(url: "https://x.com/search?q=" + query + "&f=user", kind: .search)
        case .twitch: self.init(url: "https://www.twitch.tv/search?term=" + query, kind: .search)
        case .pinterest: self.init(url: "https://www.pinterest.com/search/users/?q=" + query, kind: .search)
        default: return nil
        }
    }

    init(url: String, kind: Kind) {
        self.url = url
        self.kind = kind
    }

    /// Punctuation a handle may hold besides letters and digits, per platform.
    static func handleCharacters(_ platform: Platform) -> String {
        switch platform {
        case .x, .twitch, .pinterest: "_"
        case .facebook: "."
        case .linkedin: "-"
        case .youtube, .snapchat: "._-"
        case .instagram, .tiktok, .threads: "._"
        }
    }

    /// `text` percent-encoded as one path segment when it is made only of letters, digits and `allowed`
    /// (non-ASCII letters are encoded, so the link stays ASCII); `nil` otherwise.
    static func pathSegment(_ text: String, allowed: String) -> String? {
        guard !text.isEmpty, text.unicodeScalars.count <= 100,
            text.unicodeScalars.allSatisfy({
                $0.properties.isAlphabetic || $0.properties.numericType != nil || allowed.unicodeScalars.contains($0)
            })
        else { return nil }
        return text.addingPercentEncoding(withAllowedCharacters: unreserved)
    }

    /// ASCII letters, digits, `.`, `_`, `-`: everything else in a path segment or a query is percent-encoded.
    private static let unreserved = CharacterSet(
        charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._-")
}
