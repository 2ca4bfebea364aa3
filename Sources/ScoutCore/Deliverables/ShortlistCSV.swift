import Foundation
import Dispatch
import Synchronization

/// Writes `shortlists.csv` (every brief) and `shortlists/<brief_id>.csv` (one brief each) from the night's rows,
/// spreadsheet-safe, with a UTF-8 BOM unless `--no-bom`; per-brief files of briefs no longer present are removed.
enum ShortlistCSV {
    /// The header for `columns`: `brief_id`, `brand`, then the columns' CSV names.
    static func header(_ columns: [ShortlistColumn]) -> [String] {
        ["brief_id", "brand"] + columns.map(\.csvName)
    }

    static func record(_ row: ShortlistRow, _ columns: [ShortlistColumn]) -> [String] {
        [row.briefID, row.brand] + columns.map(row.text)
    }

    static func write(_ night: NightReport, layout: RunLayout, bom: Bool) throws {
        let all = ShortlistColumn.columns(contact: night.includesContact, history: night.hasHistory)
        // Each row's cells are rendered once (numbers formatted on every core) and shared by both files.
        let rows = night.rows
        let records = OrderedParallelMap.map(rows.count, minimumChunk: 512) { record(rows[$0], all) }
        try IntermediateTable.write(layout.shortlists, header: header(all), rows: records, spreadsheetSafe: true, utf8BOM: bom)
        try FileManager.default.createDirectory(atPath: layout.shortlistFolder, withIntermediateDirectories: true)
        var recordsByBrief: [String: [[String]]] = [:]
        for (i, row) in rows.enumerated() { recordsByBrief[row.briefID, default: []].append(records[i]) }
        // One file per brief, written on all cores: each is small and its fsync dominates. A brief without contact
        // details drops those cells.
        let failures = Mutex<[Int: any Error]>([:])
        let byBrief = recordsByBrief, briefs = night.briefs, history = night.hasHistory
        DispatchQueue.concurrentPerform(iterations: briefs.count) { b in
            let columns = ShortlistColumn.columns(contact: briefs[b].includesContact, history: history)
            let kept = (["brief_id", "brand"] + all.map(\.csvName)).indices.filter { i in i < 2 || columns.contains(all[i - 2]) }
            let records = byBrief[briefs[b].id] ?? []
            do {
                try IntermediateTable.write(layout.shortlist(briefID: briefs[b].id), header: header(columns),
                                            rows: columns == all ? records : records.map { r in kept.map { r[$0] } },
                                            spreadsheetSafe: true, utf8BOM: bom)
            } catch {
                failures.withLock { $0[b] = error }
            }
        }
        if let first = failures.withLock({ $0.min { $0.key < $1.key } }) { throw first.value }
        let current = Set(briefs.map { $0.id + ".csv" })
        for name in (try? FileManager.default.contentsOfDirectory(atPath: layout.shortlistFolder)) ?? []
        where name.hasSuffix(".csv") && !current.contains(name) {
            try? FileManager.default.removeItem(atPath: layout.shortlistFolder + "/" + name)
        }
    }
}
