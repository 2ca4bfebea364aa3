/// A social platform a creator account lives on.
public enum Platform: String, Sendable, Hashable, CaseIterable, Comparable, Codable {
    case instagram, tiktok, youtube, twitch, x, facebook, pinterest, snapchat, threads, linkedin

    /// Parses a platform name as exports and briefs write it (`IG`, `Insta`, `TikTok`, `YT`, `Twitter`, …).
    public init?(parsing text: String) {
        let folded = ASCIIFastPath.lettersAndDigits(text) ?? text.lowercased().filter { $0.isLetter || $0.isNumber }
        switch folded {
        case "instagram", "ig", "insta", "instagramcom": self = .instagram
        case "tiktok", "tt", "douyin", "tiktokcom": self = .tiktok
        case "youtube", "yt", "youtubecom", "youtubeshorts": self = .youtube
        case "twitch", "twitchtv": self = .twitch
        case "x", "twitter", "xcom", "twittercom": self = .x
        case "facebook", "fb", "facebookcom": self = .facebook
        case "pinterest": self = .pinterest
        case "snapchat", "snap": self = .snapchat
        case "threads": self = .threads
        case "linkedin": self = .linkedin
        default: return nil
        }
    }

    /// The platform a host name belongs to (`www.instagram.com`, `youtu.be`, `vm.tiktok.com`).
    public init?(host: String) {
        if let domain = ASCIIFastPath.registrableDomain(host) {
            guard let domain else { return nil }
            self.init(domain: domain)
            return
        }
        let parts = host.lowercased().split(separator: ".")
        guard parts.count >= 2 else { return nil }
        self.init(domain: parts.suffix(2).joined(separator: "."))
    }

    /// The platform of a lower-case `name.tld` domain.
    init?(domain: String) {
        switch domain {
        case "instagram.com", "instagr.am": self = .instagram
        case "tiktok.com": self = .tiktok
        case "youtube.com", "youtu.be": self = .youtube
        case "twitch.tv": self = .twitch
        case "twitter.com", "x.com": self = .x
        case "facebook.com", "fb.com": self = .facebook
        case "pinterest.com": self = .pinterest
        case "snapchat.com": self = .snapchat
        case "threads.net": self = .threads
        case "linkedin.com": self = .linkedin
        default: return nil
        }
    }

    public static func < (lhs: Platform, rhs: Platform) -> Bool { lhs.rawValue < rhs.rawValue }
}
