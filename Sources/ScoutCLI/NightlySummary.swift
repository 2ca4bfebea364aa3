import Foundation
import ScoutCore

/// The one-screen summary `scout nightly` prints on standard error at the end.
enum NightlySummary {
    static func text(_ result: NightlyResult) -> String {
        let manifest = result.manifest
        var lines = ["scout: night done -> \(result.runDirectory)"]
        for file in manifest.inputs {
            lines.append(RunSummary.fileLine(file))
        }
        let t = manifest.totals
        let answered = result.shortlistSizes.filter { $0.size > 0 }.count
        lines.append("  creators after dedupe: \(t.creators); briefs answered: \(answered) of \(t.briefs)")
        let sizes = result.shortlistSizes.map { "\($0.briefID) \($0.size)" }
        lines.append(
            "  shortlist sizes: "
                + (sizes.count > 12
                    ? sizes.prefix(12).joined(separator: ", ") + ", … (\(sizes.count) briefs)"
                    : sizes.joined(separator: ", ")))
        // Why short lists are short (the funnels of brief_report.csv), at most 12 of them.
        let short = manifest.briefs.filter { $0.shortlisted < $0.requested && $0.funnel != nil }
        for brief in short.prefix(12) { lines.append("    \(brief.id): \(brief.funnel!.note)") }
        if short.count > 12 {
            lines.append("    … \(short.count - 12) more short lists in \(result.runDirectory)/brief_report.csv")
        }
        if let authenticity = t.authenticity { lines.append("  authenticity: \(authenticity.sentence)") }
        lines.append(
            "  kept off (do-not-contact, statuses): \(t.excludedDoNotContact ?? 0); dropped since last run: \(t.dropped ?? 0); follower spikes: \(result.followerSpikes)"
        )
        lines.append(
            "  stages: "
                + result.stages.map {
                    $0.skipped ? "\($0.name) skipped" : "\($0.name) \(String(format: "%.2f", $0.seconds))s"
                }.joined(separator: ", "))
        lines.append(
            "  workbook: \(result.runDirectory)/shortlists.xlsx; report: \(result.runDirectory)/report.html; summary: \(result.runDirectory)/summary.md"
        )
        if t.rowsQuarantined > 0 { lines.append("  quarantined rows: \(result.runDirectory)/quarantine.csv") }
        lines.append("  record: \(result.runDirectory)/run.json; warnings: \(result.runDirectory)/diagnostics.txt")
        return lines.joined(separator: "\n")
    }
}
