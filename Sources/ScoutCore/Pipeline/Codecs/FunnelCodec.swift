/// Encodes the per-brief funnels for `stages/score/funnels.csv` (read back whole) and `brief_report.csv`.
package enum FunnelCodec {
    /// `brief_id, requested, shortlisted, considered, <one column per ExclusionReason>, left, do_not_contact,
    /// tie_beyond_list, note`: the columns of `brief_report.csv` but the brand. `not_related` (a brief with
    /// `relationship_mode` = `only`) only when some funnel counts it, so nights without such a brief keep their
    /// columns.
    static func columns(_ funnels: [BriefFunnel]) -> [String] {
        ["brief_id", "requested", "shortlisted", "considered"] + reasons(funnels).map(\.rawValue)
            + ["left", "do_not_contact", "tie_beyond_list", "note"]
    }

    /// The reasons that get a column: every one but `not_related` when no funnel counts it.
    static func reasons(_ funnels: [BriefFunnel]) -> [ExclusionReason] {
        funnels.contains { $0.removed(by: .notRelated) > 0 }
            ? ExclusionReason.allCases : ExclusionReason.allCases.filter { $0 != .notRelated }
    }

    /// `stages/score/funnels.csv`: the report's columns and, per platform, the accounts without a country
    /// (`tiktok:3058/3058|…`), and the candidates a total budget left out unpriced, so the note can be written again
    /// from the file.
    package static func header(_ funnels: [BriefFunnel]) -> [String] {
        columns(funnels) + ["unknown_country_by_platform", "unpriced"]
    }

    /// `brief_report.csv`: the brief id, the brand, then the funnel.
    package static func reportHeader(_ funnels: [BriefFunnel]) -> [String] {
        let columns = columns(funnels)
        return [columns[0], "brand"] + columns.dropFirst()
    }

    /// A funnel's cells in `columns(funnels)` order.
    static func cells(_ f: BriefFunnel, reasons: [ExclusionReason]) -> [String] {
        [f.briefID, String(f.requested), String(f.shortlisted), String(f.considered)]
            + reasons.map { String(f.removed(by: $0)) }
            + [String(f.left), String(f.doNotContact), f.tieBeyondList ? "yes" : "no", f.note]
    }

    /// `brief_report.csv` rows: each funnel with its brief's brand.
    static func reportRows(_ funnels: [(brand: String, funnel: BriefFunnel)]) -> [[String]] {
        let reasons = reasons(funnels.map(\.funnel))
        return funnels.map { brand, funnel in
            let row = cells(funnel, reasons: reasons)
            return [row[0], brand] + row.dropFirst()
        }
    }

    package static func write(_ funnels: [BriefFunnel], to path: String) throws {
        let reasons = reasons(funnels)
        try IntermediateTable.write(
            path, header: header(funnels),
            rows: funnels.map { f in
                cells(f, reasons: reasons) + [
                    f.unknownCountry.map { "\($0.platform.rawValue):\($0.unknown)/\($0.total)" }.joined(separator: "|"),
                    String(f.unpriced),
                ]
            })
    }

    /// The funnels of `path`, in file order.
    package static func read(_ path: String) throws -> [BriefFunnel] {
        let table = try IntermediateTable.read(
            path, required: header([]))
        return try table.rows.map { r in
            func bad() -> ScoutError {
                .badIntermediate(path: path, reason: "bad funnel row for brief \(table.value(r, "brief_id"))")
            }
            let names =
                ["requested", "shortlisted", "considered", "left", "do_not_contact", "unpriced"]
                + ExclusionReason.allCases.map(\.rawValue)
            let numbers = try names.map { name -> Int in
                // `not_related` is written only when some brief counts it.
                let text = table.value(r, name)
                if text.isEmpty && name == ExclusionReason.notRelated.rawValue { return 0 }
                guard let value = Int(text) else { throw bad() }
                return value
            }
            var funnel = BriefFunnel(briefID: table.value(r, "brief_id"), requested: numbers[0])
            (funnel.shortlisted, funnel.considered, funnel.left, funnel.doNotContact) = (
                numbers[1], numbers[2], numbers[3], numbers[4]
            )
            funnel.unpriced = numbers[5]
            funnel.removed = Array(numbers[6...])
            funnel.tieBeyondList = table.value(r, "tie_beyond_list") == "yes"
            for entry in table.value(r, "unknown_country_by_platform").split(separator: "|") {
                let parts = entry.split(separator: ":")
                let counts = parts.last?.split(separator: "/") ?? []
                guard parts.count == 2, counts.count == 2, let platform = Platform(rawValue: String(parts[0])),
                    let unknown = Int(counts[0]), let total = Int(counts[1])
                else { throw bad() }
                funnel.unknownCountry.append(
                    BriefFunnel.UnknownCount(platform: platform, unknown: unknown, total: total))
            }
            return funnel
        }
    }
}
