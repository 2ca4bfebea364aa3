/// `summary.md`: the night in a few lines per brief, for an e-mail or a chat message (see
/// `pipelines/send-summary.sh`): returned of asked and why short, the top three, new and dropped creators.
struct MorningSummary {
    let night: NightReport
    static let top = 3

    func render() -> String {
        let t = night.totals
        var lines = ["# Scout — " + (night.date.map { "night of " + $0 } ?? "run " + night.runID), ""]
        let answered = night.briefs.filter { $0.returned > 0 }.count
        lines.append(
            "\(night.briefs.count) briefs (\(answered) with creators), \(night.rows.count) creators shortlisted. "
                + "Inputs: \(DisplayText.grouped(t.rowsRead)) rows read, \(DisplayText.grouped(t.rowsAccepted)) kept, "
                + "\(DisplayText.grouped(t.rowsMerged)) merged, \(DisplayText.grouped(t.rowsQuarantined)) quarantined; "
                + night.needsCheckText + ".")
        lines.append("Open `shortlists.xlsx` (one sheet per brief) or `report.html` in the run folder.")
        if night.hasHistory && !night.hasPreviousNight {
            lines.append("The first night in the history: nothing to compare with yet.")
        }
        let byBrief = night.rowsByBrief
        for brief in night.briefs {
            let rows = byBrief[brief.id] ?? []
            lines.append("")
            var title = "## \(Self.escape(brief.id)) — \(Self.escape(brief.brand)): \(brief.returned) of \(brief.asked)"
            if !brief.whyShort.isEmpty { title += " (\(Self.escape(brief.whyShort)))" }
            lines.append(title)
            if !rows.isEmpty {
                lines.append(
                    "Top: "
                        + rows.prefix(Self.top).map { row in
                            "\(row.rank). \(Self.escape(row.creatorName)) `\(row.handleText)` \(row.platform.displayName), score \(DisplayText.score(row.score))"
                        }.joined(separator: " · "))
            }
            if brief.pricedRows > 0 {
                lines.append(
                    (brief.budgetMode == .total ? "Planned spend: " : "Est. cost: ")
                        + DisplayText.money(brief.estimatedCost, brief.currency)
                        + (brief.budget.map {
                            " of " + DisplayText.money($0, brief.currency)
                                + (brief.budgetMode == .total ? " total budget" : " budget")
                        } ?? "")
                        + (brief.pricedRows < brief.returned
                            ? " (\(brief.pricedRows) of \(brief.returned) priced in \(brief.currency))" : ""))
            }
            if brief.excluded > 0 && brief.whyShort.isEmpty {
                lines.append(
                    "Kept off by outreach statuses or do-not-contact: \(brief.excluded); the next moved up (excluded.csv)"
                )
            }
            if night.hasPreviousNight {
                let new = rows.filter { $0.change == "new" }.map { "`\($0.handleText)`" }
                let dropped = brief.dropped.map { "`\($0.creatorID)` (\(Self.escape($0.reason)))" }
                lines.append(
                    "New: " + (new.isEmpty ? "none" : new.joined(separator: ", "))
                        + " · Dropped: " + (dropped.isEmpty ? "none" : dropped.joined(separator: ", ")))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Text with Markdown's emphasis, link and HTML characters escaped.
    static func escape(_ text: String) -> String {
        var out = ""
        for c in text {
            if "\\`*_[]<>#|".contains(c) { out.append("\\") }
            out.append(c == "\n" || c == "\r" ? " " : c)
        }
        return out
    }
}
