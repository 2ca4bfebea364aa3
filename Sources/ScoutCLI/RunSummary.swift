import ScoutCore

/// The end-of-run summary printed on standard error.
enum RunSummary {
    static func text(_ manifest: Manifest, directory: String) -> String {
        var lines = ["scout: done"]
        for file in manifest.inputs {
            lines.append("  \(file.path): read \(file.rowsRead), kept \(file.rowsAccepted), merged \(file.rowsMerged), quarantined \(file.rowsQuarantined)")
        }
        let t = manifest.totals
        lines.append("  creators after dedupe: \(t.creators) accounts, \(t.people) people; briefs: \(t.briefs); shortlisted: \(t.shortlisted)")
        let short = manifest.briefs.filter { $0.shortlisted < $0.requested }
        if !short.isEmpty {
            lines.append("  briefs with fewer candidates than asked: " + short.map { "\($0.id) \($0.shortlisted)/\($0.requested)" }.joined(separator: ", "))
        }
        lines.append("  shortlists: \(directory)/shortlists.csv and \(directory)/shortlists/")
        if t.excludedInauthentic > 0 {
            lines.append("  excluded as likely inauthentic: \(t.excludedInauthentic) creators (\(directory)/inauthentic.csv)")
        }
        if t.rowsQuarantined > 0 { lines.append("  quarantined rows: \(directory)/quarantine.csv") }
        lines.append("  warnings: \(directory)/diagnostics.txt")
        return lines.joined(separator: "\n")
    }
}
