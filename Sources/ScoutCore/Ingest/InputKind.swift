/// What an input file is to Scout (`kind` in `manifest.json` inputs).
public enum InputKind: String, Sendable, Codable, Hashable {
    /// A creator export: its rows become accounts (or are quarantined).
    case creators
    /// The briefs file.
    case briefs
}
