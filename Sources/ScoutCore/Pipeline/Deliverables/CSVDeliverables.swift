import Dispatch
import Foundation
import Synchronization

/// Writes a night's deliverables as CSV (and `diagnostics.txt`) from the one `FinalShortlist`; removes the files
/// of an earlier run in the same directory that this night does not deliver (briefs no longer present,
/// `excluded.csv` without a list, `dropped.csv` without history), so the directory matches the manifest.
enum CSVDeliverables {
    /// Writes every file of `deliverables`, each atomically.
    static func write(_ final: FinalShortlist, _ deliverables: [Deliverable], to layout: RunLayout, utf8BOM bom: Bool)
        throws
    {
        let all = ShortlistColumn.columns(contact: final.includesContact, history: final.hasHistory)
        // Each row's cells are rendered once (numbers formatted on every core) and shared by both files.
        let rows = final.briefs.flatMap(\.rows)
        let records = OrderedParallelMap.map(rows.count, minimumChunk: 512) { ShortlistCSV.cells(rows[$0], all) }
        var recordsByBrief: [String: [[String]]] = [:]
        for (i, row) in rows.enumerated() { recordsByBrief[row.briefID, default: []].append(records[i]) }
        let briefs = Dictionary(final.briefs.map { ($0.briefID, $0) }, uniquingKeysWith: { a, _ in a })
        let perBrief = deliverables.compactMap { deliverable -> String? in
            if case .briefShortlist(let id) = deliverable { return id } else { return nil }
        }
        for deliverable in deliverables {
            let path = layout.path(of: deliverable)
            switch deliverable {
            case .shortlists:
                try DeliverableTable.write(path, header: ShortlistCSV.header(all), rows: records, utf8BOM: bom)
            case .briefShortlist:
                continue  // written below, in parallel
            case .workbook, .report, .summary:
                continue  // not CSV: written from the same rows by their own writers
            case .quarantine:
                try DeliverableTable.write(
                    path, header: StageCodecs.quarantineHeader,
                    rows: final.quarantine.lazy.map(StageCodecs.quarantineRow), utf8BOM: bom)
            case .merges:
                try DeliverableTable.write(
                    path, header: StageCodecs.mergeHeader, rows: final.merges.lazy.map(StageCodecs.mergeRow),
                    utf8BOM: bom)
            case .inauthentic:
                try DeliverableTable.write(
                    path, header: AuthenticityReport.header, rows: final.inauthentic, utf8BOM: bom)
            case .briefReport:
                let funnels = final.briefs.compactMap { brief in brief.funnel.map { (brand: brief.brand, funnel: $0) } }
                try DeliverableTable.write(
                    path, header: FunnelCodec.reportHeader(funnels.map(\.funnel)),
                    rows: FunnelCodec.reportRows(funnels),
                    utf8BOM: bom)
            case .excluded:
                try DeliverableTable.write(
                    path, header: ShortlistCSV.excludedHeader,
                    rows: (final.excluded ?? []).lazy.map(ShortlistCSV.cells), utf8BOM: bom)
            case .dropped:
                try DeliverableTable.write(
                    path, header: ShortlistCSV.droppedHeader, rows: (final.dropped ?? []).lazy.map(ShortlistCSV.cells),
                    utf8BOM: bom)
            case .diagnostics:
                try AtomicFile.write(Array(final.diagnostics.utf8), to: path)
            }
        }
        // One file per brief, written on all cores: each is small and its fsync dominates. A brief without contact
        // details drops those cells.
        try AtomicFile.createDirectory(layout.shortlistFolder)
        let failures = Mutex<[Int: any Error]>([:])
        let byBrief = recordsByBrief
        let history = final.hasHistory
        DispatchQueue.concurrentPerform(iterations: perBrief.count) { b in
            let columns = ShortlistColumn.columns(
                contact: briefs[perBrief[b]]?.includesContact ?? false, history: history)
            let kept = (0..<(all.count + 2)).filter { i in i < 2 || columns.contains(all[i - 2]) }
            let records = byBrief[perBrief[b]] ?? []
            do {
                try DeliverableTable.write(
                    layout.shortlist(briefID: perBrief[b]), header: ShortlistCSV.header(columns),
                    rows: columns == all ? records : records.map { r in kept.map { r[$0] } }, utf8BOM: bom)
            } catch {
                failures.withLock { $0[b] = error }
            }
        }
        if let first = failures.withLock({ $0.min { $0.key < $1.key } }) { throw first.value }
        removeStale(keeping: deliverables, in: layout)
    }

    /// Removes deliverables of an earlier run that `deliverables` does not include.
    static func removeStale(keeping deliverables: [Deliverable], in layout: RunLayout) {
        let current = Set(deliverables.map(\.path))
        for name in (try? FileManager.default.contentsOfDirectory(atPath: layout.shortlistFolder)) ?? []
        where name.hasSuffix(".csv") && !current.contains("shortlists/" + name) {
            try? FileManager.default.removeItem(atPath: layout.shortlistFolder + "/" + name)
        }
        for optional in [Deliverable.excluded, .dropped] where !current.contains(optional.path) {
            try? FileManager.default.removeItem(atPath: layout.path(of: optional))
        }
    }
}
