/// Encodes the per-brief funnels for `stages/score/funnels.csv` and `brief_report.csv`.
public enum FunnelCodec {
    /// `brief_id, requested, shortlisted, considered, <one column per ExclusionReason>, left, tie_beyond_list, note`.
    public static let header = ["brief_id", "requested", "shortlisted", "considered"] + ExclusionReason.allCases.map(\.rawValue)
        + ["left", "tie_beyond_list", "note"]

    /// `brief_report.csv`: the same columns with the brand after the brief id.
    public static let reportHeader = [header[0], "brand"] + header.dropFirst()

    /// One row per funnel, with its note (`BriefFunnel.note`, or the note read back from stage 3).
    public static func rows(_ funnels: [(funnel: BriefFunnel, note: String)]) -> [[String]] {
        funnels.map { f, note in
            [f.briefID, String(f.requested), String(f.shortlisted), String(f.considered)] + f.removed.map { String($0) }
                + [String(f.left), f.tieBeyondList ? "yes" : "no", note]
        }
    }

    public static func write(_ funnels: [BriefFunnel], to path: String) throws {
        try IntermediateTable.write(path, header: header, rows: rows(funnels.map { ($0, $0.note) }))
    }

    /// The funnels of `path`, in file order; the note is read back as written.
    public static func read(_ path: String) throws -> [(funnel: BriefFunnel, note: String)] {
        let table = try IntermediateTable.read(path, required: header)
        return try table.rows.map { r in
            let numbers = (["requested", "shortlisted", "considered", "left"] + ExclusionReason.allCases.map(\.rawValue)).map { Int(table.value(r, $0)) }
            guard !numbers.contains(nil) else {
                throw ScoutError.badIntermediate(path: path, reason: "bad funnel row for brief \(table.value(r, "brief_id"))")
            }
            var funnel = BriefFunnel(briefID: table.value(r, "brief_id"), requested: numbers[0]!)
            funnel.shortlisted = numbers[1]!
            funnel.considered = numbers[2]!
            funnel.left = numbers[3]!
            funnel.removed = numbers[4...].map { $0! }
            funnel.tieBeyondList = table.value(r, "tie_beyond_list") == "yes"
            return (funnel, table.value(r, "note"))
        }
    }
}
