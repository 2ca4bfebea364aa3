import Foundation

/// Small inline SVG charts for `report.html`: drawn from numbers alone, no script, no external resource.
enum SVGChart {
    static let palette = ["#4472c4", "#ed7d31", "#a5a5a5", "#ffc000", "#5b9bd5", "#70ad47", "#264478", "#9e480e"]

    /// Horizontal bars, one per labelled value, with the value at the bar's end.
    static func bars(_ items: [(label: String, value: Int)], width: Int = 520, color: String = "#4472c4", title: String)
        -> String
    {
        let rowHeight = 26
        let labelWidth = 190
        let top = 6
        let height = top + rowHeight * items.count + 4
        let maximum = max(items.map(\.value).max() ?? 1, 1)
        let span = Double(width - labelWidth - 70)
        var svg = open(width: width, height: height, title: title)
        for (i, item) in items.enumerated() {
            let y = top + i * rowHeight
            let length = max(Int((Double(item.value) / Double(maximum) * span).rounded()), item.value > 0 ? 2 : 0)
            svg +=
                "<text x=\"\(labelWidth - 8)\" y=\"\(y + 17)\" text-anchor=\"end\">\(HTMLText.escape(item.label))</text>"
            svg +=
                "<rect x=\"\(labelWidth)\" y=\"\(y + 4)\" width=\"\(length)\" height=\"\(rowHeight - 8)\" rx=\"2\" fill=\"\(color)\"/>"
            svg += "<text x=\"\(labelWidth + length + 6)\" y=\"\(y + 17)\">\(DisplayText.grouped(item.value))</text>"
        }
        return svg + "</svg>"
    }

    /// Column histogram of counts per band, stacked when several series are given (one colour per series).
    static func histogram(
        bands: [String], series: [(name: String, counts: [Int])], width: Int = 520, height: Int = 220,
        title: String, axisLabels: Bool = true
    ) -> String {
        let left = axisLabels ? 34 : 2
        let bottom = axisLabels ? 34 : 2
        let top = 8
        let plotHeight = Double(height - bottom - top)
        let totals = bands.indices.map { b in series.map { $0.counts[b] }.reduce(0, +) }
        let maximum = max(totals.max() ?? 1, 1)
        let slot = Double(width - left - 4) / Double(bands.count)
        var svg = open(width: width, height: height, title: title)
        if axisLabels {
            for tick in ticks(maximum) {
                let y = Double(height - bottom) - Double(tick) / Double(maximum) * plotHeight
                svg += "<line x1=\"\(left)\" x2=\"\(width - 4)\" y1=\(q(y)) y2=\(q(y)) class=\"grid\"/>"
                svg += "<text x=\"\(left - 5)\" y=\(q(y + 4)) text-anchor=\"end\" class=\"small\">\(tick)</text>"
            }
        }
        for b in bands.indices {
            var base = Double(height - bottom)
            let x = Double(left) + Double(b) * slot + slot * 0.12
            for (s, item) in series.enumerated() where item.counts[b] > 0 {
                let h = Double(item.counts[b]) / Double(maximum) * plotHeight
                base -= h
                svg +=
                    "<rect x=\(q(x)) y=\(q(base)) width=\(q(slot * 0.76)) height=\(q(h)) fill=\"\(palette[s % palette.count])\">"
                svg +=
                    "<title>\(HTMLText.escape(item.name)) \(HTMLText.escape(bands[b])): \(item.counts[b])</title></rect>"
            }
            if axisLabels {
                svg +=
                    "<text x=\(q(x + slot * 0.38)) y=\"\(height - bottom + 16)\" text-anchor=\"middle\" class=\"small\">"
                    + "\(HTMLText.escape(bands[b]))</text>"
            }
        }
        if axisLabels {
            svg +=
                "<text x=\"\((width + left) / 2)\" y=\"\(height - 4)\" text-anchor=\"middle\" class=\"small\">score (0–100)</text>"
        }
        return svg + "</svg>"
    }

    /// One bar split into coloured parts (a mix), with a legend under it.
    static func mix(_ parts: [(label: String, value: Int)], width: Int = 520, title: String) -> String {
        let total = max(parts.map(\.value).reduce(0, +), 1)
        let legendRows = (parts.count + 3) / 4
        let height = 44 + legendRows * 22
        var svg = open(width: width, height: height, title: title)
        var x = 0.0
        for (i, part) in parts.enumerated() {
            let w = Double(part.value) / Double(total) * Double(width)
            svg += "<rect x=\(q(x)) y=\"4\" width=\(q(w)) height=\"28\" fill=\"\(palette[i % palette.count])\">"
            svg += "<title>\(HTMLText.escape(part.label)): \(part.value)</title></rect>"
            if w > 34 {
                svg +=
                    "<text x=\(q(x + w / 2)) y=\"23\" text-anchor=\"middle\" class=\"onbar\">"
                    + "\(Int((Double(part.value) / Double(total) * 100).rounded()))%</text>"
            }
            x += w
        }
        for (i, part) in parts.enumerated() {
            let lx = (i % 4) * (width / 4)
            let ly = 44 + (i / 4) * 22
            svg += "<rect x=\"\(lx)\" y=\"\(ly)\" width=\"12\" height=\"12\" fill=\"\(palette[i % palette.count])\"/>"
            svg +=
                "<text x=\"\(lx + 17)\" y=\"\(ly + 11)\" class=\"small\">\(HTMLText.escape(part.label)) (\(part.value))</text>"
        }
        return svg + "</svg>"
    }

    private static func open(width: Int, height: Int, title: String) -> String {
        "<svg viewBox=\"0 0 \(width) \(height)\" width=\"\(width)\" height=\"\(height)\" "
            + "role=\"img\" aria-label=\"\(HTMLText.escape(title))\">"
    }

    /// Up to five round tick values from 0 to `maximum`.
    static func ticks(_ maximum: Int) -> [Int] {
        let rough = max(Double(maximum) / 4, 1)
        let magnitude = pow(10, floor(log10(rough)))
        let step = Int(([1.0, 2, 5, 10].first { $0 * magnitude >= rough } ?? 10) * magnitude)
        return Array(stride(from: 0, through: maximum, by: max(step, 1)))
    }

    /// A coordinate as a quoted attribute value with at most one decimal.
    private static func q(_ value: Double) -> String { "\"" + String(format: "%.1f", value) + "\"" }
}
