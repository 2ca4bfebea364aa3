extension NightReport {
    /// The night as the workbook, report and summary show it, from the last stage's `FinalShortlist`.
    /// - Parameter runID: the night's name (`--run-id`, else the run directory's name).
    public init(_ final: FinalShortlist, runID: String) {
        self.init(
            runID: runID, inputs: final.inputs, totals: Manifest.Totals(final), briefs: [],
            rows: final.briefs.flatMap(\.rows),
            quarantine: final.quarantine, needsCheck: NeedsCheckList(rows: final.inauthentic))
        hasHistory = final.hasHistory
        hasPreviousNight = final.hasPreviousNight
        var excluded: [String: Int] = [:]
        for creator in final.excluded ?? [] { excluded[creator.briefID, default: 0] += 1 }
        let dropped = Dictionary(grouping: final.dropped ?? [], by: \.briefID)
        briefs = final.briefs.map { brief in
            var outcome = BriefOutcome(
                id: brief.briefID, brand: brief.brand, asked: brief.requested, returned: brief.rows.count)
            outcome.budget = brief.budget
            outcome.currency = brief.currency
            outcome.budgetMode = brief.budgetMode
            outcome.includesContact = brief.includesContact
            outcome.excluded = excluded[brief.briefID] ?? 0
            outcome.dropped = dropped[brief.briefID] ?? []
            let priced = brief.rows.compactMap(\.price).filter { $0.currency == brief.currency }
            outcome.pricedRows = priced.count
            outcome.estimatedCost = priced.map(\.amount).reduce(0, +)
            outcome.whyShort = Self.whyShort(outcome, funnel: brief.funnel)
            return outcome
        }
    }

    /// Why a list is short, from what the last stage knows: how many creators passed the brief's filters (with the
    /// filter that emptied the list or removed the most, from the brief's funnel), and how many the do-not-contact
    /// list removed.
    static func whyShort(_ brief: BriefOutcome, funnel: BriefFunnel? = nil) -> String {
        guard brief.returned < brief.asked else { return "" }
        let passed = brief.returned + brief.excluded
        var parts: [String] = []
        if passed < brief.asked, let funnel, funnel.left > passed {
            // More passed than the list holds: the list rules (caps, platform mix, total budget) left places empty.
            parts.append(
                "\(DisplayText.grouped(funnel.left)) creators passed the brief's filters; its caps, platform mix or total budget "
                    + "filled \(passed) of \(brief.asked) places")
        } else if passed < brief.asked {
            parts.append(
                passed == 0
                    ? "no creator passed the brief's filters"
                    : "only \(passed) creator\(passed == 1 ? "" : "s") passed the brief's filters")
            if let funnel, let cause = funnel.mainCause {
                parts.append((funnel.left == 0 ? "emptied by: " : "most removed by: ") + cause.label)
            }
        }
        if brief.excluded > 0 { parts.append("\(brief.excluded) kept off by do-not-contact or statuses") }
        return parts.joined(separator: "; ")
    }
}
