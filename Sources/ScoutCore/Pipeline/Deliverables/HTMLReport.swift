import Foundation

/// `report.html`: the night on one self-contained page (inline CSS and SVG, no script, no font or image to fetch;
/// a Content-Security-Policy forbids any load). The funnel, score distributions, tier mix, one card per brief with
/// its top creators and why, and what changed since the last night when history is on.
struct HTMLReport {
    let night: NightReport
    /// Creators shown per brief card (the workbook has every row).
    static let topPerBrief = 5

    func render() -> String {
        let byBrief = night.rowsByBrief
        let bands = night.scoreBandCounts()
        var html = head()
        html +=
            "<header><h1>Scout shortlists — \(HTMLText.escape(night.date.map { "night of " + $0 } ?? night.runID))</h1>"
        html += "<p class=\"sub\">\(HTMLText.escape(headline()))</p>"
        html +=
            "<p class=\"sub\">Every row and column: <code>shortlists.xlsx</code> · one CSV per brief in <code>shortlists/</code>"
            + " · accounts kept off for a check and quarantined rows are sheets of the workbook.</p></header>"
        html += "<section class=\"charts\">"
        html += card("Input funnel", SVGChart.bars(night.funnel.map { ($0.step, $0.count) }, title: "Input funnel"))
        html += card("Score distribution (all briefs)", scoreHistogram(bands))
        html += card(
            "Tier mix of the shortlisted", SVGChart.mix(night.tierMix.map { ($0.tier, $0.count) }, title: "Tier mix"))
        html += "</section>"
        html += overview(byBrief)
        if night.hasHistory { html += changes(byBrief) }
        html += "<section><h2>Briefs</h2><div class=\"briefs\">"
        for brief in night.briefs {
            html += briefCard(brief, rows: byBrief[brief.id] ?? [], bands: bands.byBrief[brief.id] ?? [])
        }
        html += "</div></section>"
        html +=
            "<footer>Scout · run \(HTMLText.escape(night.runID)) · scores 0–100 · prices per post in each brief's currency"
            + " (est. = Scout's cost table, not the export)</footer></body></html>\n"
        return html
    }

    private func headline() -> String {
        let t = night.totals
        return
            "\(night.briefs.count) briefs · \(night.rows.count) creators shortlisted · \(DisplayText.grouped(t.rowsRead)) rows read, "
            + "\(DisplayText.grouped(t.rowsAccepted)) kept, \(DisplayText.grouped(t.rowsMerged)) merged, "
            + "\(DisplayText.grouped(t.rowsQuarantined)) quarantined · \(DisplayText.grouped(t.creators)) accounts "
            + "(\(DisplayText.grouped(t.people)) people) · " + night.needsCheckText
    }

    private func scoreHistogram(_ bands: (all: [Int], byBrief: [String: [Int]])) -> String {
        let perBrief = night.briefs.count <= WorkbookWriter.maxBandSeries
        let none = Array(repeating: 0, count: NightReport.scoreBands.count)
        let series = perBrief ? night.briefs.map { ($0.id, bands.byBrief[$0.id] ?? none) } : [("All briefs", bands.all)]
        var html = SVGChart.histogram(bands: NightReport.scoreBands, series: series, title: "Score distribution")
        if perBrief && series.count > 1 {
            html +=
                "<p class=\"legend\">"
                + series.enumerated().map { i, item in
                    "<span><i style=\"background:\(SVGChart.palette[i % SVGChart.palette.count])\"></i>\(HTMLText.escape(item.0))</span>"
                }.joined(separator: " ") + "</p>"
        }
        return html
    }

    private func overview(_ byBrief: [String: [ShortlistRow]]) -> String {
        var html =
            "<section><h2>Tonight per brief</h2><table class=\"overview\"><thead><tr><th>Brief</th><th>Brand</th>"
            + "<th class=\"num\">Returned</th><th>Why short</th><th class=\"num\">Est. cost</th><th class=\"num\">Budget</th></tr></thead><tbody>"
        for brief in night.briefs {
            let short = brief.returned < brief.asked
            html +=
                "<tr><td><a href=\"#brief-\(anchor(brief.id))\">\(HTMLText.escape(brief.id))</a></td><td>\(HTMLText.escape(brief.brand))</td>"
            html +=
                "<td class=\"num\(short ? " short" : "")\">\(brief.returned) of \(brief.asked)</td><td>\(HTMLText.escape(brief.whyShort))</td>"
            html +=
                "<td class=\"num\">\(brief.pricedRows > 0 ? HTMLText.escape(DisplayText.money(brief.estimatedCost, brief.currency)) : "")</td>"
            html +=
                "<td class=\"num\">\(brief.budget.map { HTMLText.escape(DisplayText.money($0, brief.currency)) } ?? "")"
            if let share = brief.costShareOfBudget {
                html += " <span class=\"\(share > 1 ? "over" : "muted")\">(\(DisplayText.percent(share)))</span>"
            }
            html += "</td></tr>"
        }
        return html + "</tbody></table></section>"
    }

    private func changes(_ byBrief: [String: [ShortlistRow]]) -> String {
        guard night.hasPreviousNight else {
            return
                "<section><h2>Changes since the last night</h2><p class=\"muted\">The first night in the history: nothing to compare "
                + "with yet.</p></section>"
        }
        var html =
            "<section><h2>Changes since the last night</h2><table class=\"overview\"><thead><tr><th>Brief</th><th>New tonight</th>"
            + "<th>Dropped</th></tr></thead><tbody>"
        for brief in night.briefs {
            let new = (byBrief[brief.id] ?? []).filter { $0.change == "new" }
            let moved = (byBrief[brief.id] ?? []).filter {
                ($0.change ?? "").hasPrefix("up") || ($0.change ?? "").hasPrefix("down")
            }
            html += "<tr><td>\(HTMLText.escape(brief.id))</td><td>"
            html +=
                new.isEmpty
                ? "<span class=\"muted\">none</span>"
                : new.map { HTMLText.escape($0.handleText) }.joined(separator: ", ")
            if !moved.isEmpty {
                html +=
                    "<br><span class=\"muted\">moved: \(moved.map { HTMLText.escape("\($0.handleText) \($0.change ?? "")") }.joined(separator: ", "))</span>"
            }
            html += "</td><td>"
            html +=
                brief.dropped.isEmpty
                ? "<span class=\"muted\">none</span>"
                : brief.dropped.map { HTMLText.escape("\($0.creatorID) (was #\($0.previousRank): \($0.reason))") }
                    .joined(separator: "<br>")
            html += "</td></tr>"
        }
        return html + "</tbody></table></section>"
    }

    private func briefCard(_ brief: BriefOutcome, rows: [ShortlistRow], bands: [Int]) -> String {
        var html =
            "<article class=\"brief\" id=\"brief-\(anchor(brief.id))\"><h3>\(HTMLText.escape(brief.id)) <span class=\"muted\">"
            + "\(HTMLText.escape(brief.brand))</span></h3>"
        var meta = "\(brief.returned) of \(brief.asked) creators"
        if !brief.whyShort.isEmpty { meta += " — " + brief.whyShort }
        if brief.excluded > 0 && brief.whyShort.isEmpty {
            meta += " · \(brief.excluded) kept off by outreach statuses or do-not-contact (excluded.csv)"
        }
        if brief.pricedRows > 0 {
            meta +=
                (brief.budgetMode == .total ? " · planned spend " : " · est. cost ")
                + DisplayText.money(brief.estimatedCost, brief.currency)
            if let budget = brief.budget {
                meta +=
                    " of " + DisplayText.money(budget, brief.currency)
                    + (brief.budgetMode == .total ? " total budget" : " budget")
            }
            if brief.pricedRows < brief.returned {
                meta += " (\(brief.pricedRows) of \(brief.returned) priced in \(brief.currency))"
            }
        }
        html += "<p class=\"meta\(brief.returned < brief.asked ? " short" : "")\">\(HTMLText.escape(meta))</p>"
        if rows.isEmpty { return html + "</article>" }
        html +=
            "<div class=\"spark\">"
            + SVGChart.histogram(
                bands: NightReport.scoreBands, series: [(brief.id, bands)],
                width: 160, height: 40, title: "Scores of \(brief.id)", axisLabels: false)
            + "<span class=\"muted\">scores 0→100</span></div>"
        html += "<table class=\"top\"><tbody>"
        for row in rows.prefix(Self.topPerBrief) {
            let name = HTMLText.escape(row.creatorName)
            let handle = HTMLText.escape(row.handleText)
            let link =
                row.link.map {
                    "<a href=\"\(HTMLText.escape($0.url))\" rel=\"noopener noreferrer\">\(handle)\($0.kind == .search ? " (search)" : "")</a>"
                } ?? handle
            html +=
                "<tr><td class=\"rank\">\(row.rank)</td><td><b>\(name)</b> \(link)<br><span class=\"muted\">\(row.platform.displayName) · "
                + "\(DisplayText.grouped(row.followers)) followers · \(HTMLText.escape(row.tier))"
                + (row.engagementRate.map { " · ER " + DisplayText.percent($0) } ?? "")
                + (row.price.map {
                    " · " + HTMLText.escape(DisplayText.money($0.amount, $0.currency, estimated: $0.estimated))
                } ?? "")
                + (night.hasPreviousNight ? row.change.map { " · " + HTMLText.escape($0) } ?? "" : "") + "</span>"
                + "<div class=\"why\">\(HTMLText.escape(row.why))</div></td>"
                + "<td class=\"score\"><div class=\"bar\"><i style=\"width:\(DisplayText.score(row.score))%\"></i></div>\(DisplayText.score(row.score))</td></tr>"
        }
        html += "</tbody></table>"
        if rows.count > Self.topPerBrief {
            html += "<p class=\"muted\">+ \(rows.count - Self.topPerBrief) more in the workbook</p>"
        }
        return html + "</article>"
    }

    private func card(_ title: String, _ body: String) -> String {
        "<div class=\"card\"><h2>\(HTMLText.escape(title))</h2>\(body)</div>"
    }

    /// An id usable in a fragment (`#brief-…`): brief ids are letters, digits, `-`, `_`, `.`; anything else is hex.
    private func anchor(_ id: String) -> String {
        id.unicodeScalars.map {
            $0.isASCII && (CharacterSet.alphanumerics.contains($0) || "-_.".unicodeScalars.contains($0))
                ? String($0) : String(format: "x%X", $0.value)
        }.joined()
    }

    private func head() -> String {
        """
        <!doctype html>
        <html lang="en"><head><meta charset="utf-8">
        <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>Scout — \(HTMLText.escape(night.date.map { "night of " + $0 } ?? night.runID))</title>
        <style>
        body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Noto Sans CJK JP","Hiragino Sans",sans-serif;margin:0;padding:24px 32px;color:#1f2328;background:#f6f8fa;font-size:14px}
        h1{font-size:24px;margin:0 0 6px}h2{font-size:16px;margin:0 0 10px}h3{font-size:15px;margin:0 0 4px}
        header{margin-bottom:18px}.sub{color:#57606a;margin:2px 0}.muted{color:#6e7781;font-weight:normal}
        section{margin:18px 0}.charts{display:flex;flex-wrap:wrap;gap:16px}
        .card,.brief,table.overview{background:#fff;border:1px solid #d0d7de;border-radius:8px}
        .card{padding:14px 16px;flex:1 1 540px;max-width:560px}
        svg text{font-size:12px;fill:#1f2328}svg .small{font-size:11px;fill:#57606a}svg .onbar{font-size:11px;fill:#fff;font-weight:600}svg .grid{stroke:#eaeef2}
        .legend{margin:6px 0 0;font-size:12px}.legend span{margin-right:12px;white-space:nowrap}.legend i{display:inline-block;width:10px;height:10px;margin-right:4px}
        table.overview{border-collapse:separate;border-spacing:0;width:100%;overflow:hidden}
        table.overview th,table.overview td{padding:6px 10px;border-bottom:1px solid #eaeef2;text-align:left;vertical-align:top}
        table.overview th{background:#f0f3f6;font-weight:600}.num{text-align:right!important;white-space:nowrap}
        .short{color:#b35900;font-weight:600}.over{color:#cf222e}
        .briefs{display:grid;grid-template-columns:repeat(auto-fill,minmax(560px,1fr));gap:16px}
        .brief{padding:14px 16px}.meta{margin:0 0 8px;color:#57606a}.spark{display:flex;align-items:end;gap:8px;margin-bottom:6px}
        table.top{border-collapse:collapse;width:100%}table.top td{padding:6px 4px;border-top:1px solid #eaeef2;vertical-align:top}
        td.rank{width:22px;color:#57606a;font-weight:600}td.score{width:70px;text-align:right;font-weight:600}
        .bar{background:#eaeef2;height:6px;border-radius:3px;margin:6px 0 4px}.bar i{display:block;height:6px;border-radius:3px;background:#2da44e}
        .why{color:#424a53;font-size:12.5px;margin-top:3px}a{color:#0969da;text-decoration:none}a:hover{text-decoration:underline}
        footer{color:#6e7781;font-size:12px;margin-top:24px}
        </style></head><body>

        """
    }
}
