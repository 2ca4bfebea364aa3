/// The four stages, in run order. The raw value names the stage's folder under `stages/`, its subcommand
/// (`scout ingest`) and its executable (`scout-ingest`).
public enum StageName: String, Sendable, Codable, CaseIterable {
    case ingest, normalize, score, shortlist
}
