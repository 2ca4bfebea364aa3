import ScoutCore

/// The end-of-run summary printed on standard error by `scout run` and `scout shortlist`.
enum RunSummary {
    static func text(_ output: ShortlistOutput, directory: String) -> String {
        let manifest = output.manifest
        var lines = ["scout: done"]
        for file in manifest.inputs {
            lines.append(RunSummary.fileLine(file))
        }
        let t = manifest.totals
        lines.append(
            "  creators after dedupe: \(t.creators) accounts, \(t.people) people; briefs: \(t.briefs); shortlisted: \(t.shortlisted)"
        )
        let short = manifest.briefs.filter { $0.shortlisted < $0.requested }
        if !short.isEmpty {
            lines.append(
                "  briefs with fewer candidates than asked: "
                    + short.map { "\($0.id) \($0.shortlisted)/\($0.requested)" }.joined(separator: ", "))
            for brief in short { if let funnel = brief.funnel { lines.append("    \(brief.id): \(funnel.note)") } }
            lines.append("  per-brief funnels: \(directory)/brief_report.csv")
        }
        lines.append("  workbook: \(directory)/shortlists.xlsx (one sheet per brief); report: \(directory)/report.html")
        lines.append("  shortlists: \(directory)/shortlists.csv and \(directory)/shortlists/")
        if let excluded = t.excludedDoNotContact {
            lines.append("  kept off (do-not-contact, statuses): \(excluded) (\(directory)/excluded.csv)")
        }
        if let dropped = t.dropped {
            lines.append(
                "  dropped since the last night: \(dropped) (\(directory)/dropped.csv); follower spikes: \(output.final.followerSpikes)"
            )
        }
        if let authenticity = t.authenticity {
            lines.append(
                "  authenticity: \(authenticity.sentence)"
                    + (t.excludedInauthentic > 0 ? " (\(directory)/inauthentic.csv)" : ""))
        } else if t.excludedInauthentic > 0 {
            lines.append(
                "  excluded on several strong authenticity signals: \(t.excludedInauthentic) creators (\(directory)/inauthentic.csv)"
            )
        }
        if t.rowsQuarantined > 0 { lines.append("  quarantined rows: \(directory)/quarantine.csv") }
        lines.append("  warnings: \(directory)/diagnostics.txt")
        return lines.joined(separator: "\n")
    }

    /// One input file's line: its row accounting, or why it was set aside.
    static func fileLine(_ file: FileReport) -> String {
        if let reason = file.setAside { return "  \(file.path): SET ASIDE, not read: \(reason)" }
        return
            "  \(file.path): read \(file.rowsRead), kept \(file.rowsAccepted), merged \(file.rowsMerged), quarantined \(file.rowsQuarantined)"
    }
}
