extension Platform {
    /// The platform's name as people write it (`TikTok`, `YouTube`).
    public var displayName: String {
        switch self {
        case .instagram: "Instagram"
        case .tiktok: "TikTok"
        case .youtube: "YouTube"
        case .twitch: "Twitch"
        case .x: "X"
        case .facebook: "Facebook"
        case .pinterest: "Pinterest"
        case .snapchat: "Snapchat"
        case .threads: "Threads"
        case .linkedin: "LinkedIn"
        }
    }
}
