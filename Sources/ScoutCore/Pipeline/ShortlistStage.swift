import Foundation
import Dispatch
import Synchronization

/// Output options for the files people open.
public struct OutputOptions: Sendable {
    /// Start CSV outputs with a UTF-8 BOM so Excel shows non-ASCII names correctly.
    public var excelBOM = false

    public init(excelBOM: Bool = false) { self.excelBOM = excelBOM }
}

/// Stage 4: write `shortlists.csv`, one CSV per brief, `quarantine.csv`, `merges.csv` and `manifest.json`.
public enum ShortlistStage {
    public static let header = [
        "brief_id", "brand", "rank", "creator_id", "platform", "handle", "display_name", "profile_url", "other_accounts",
        "followers", "tier", "engagement_rate", "score", "niche", "relevance", "engagement", "authenticity", "audience",
        "commercial", "affinity", "niche_source", "authenticity_confidence", "flags", "why",
    ]

    /// Writes every final output atomically; per-brief files of briefs no longer present are removed.
    public static func run(
        briefs: [Brief], candidates: [(candidate: ScoredCandidate, tier: String, engagementRate: Double?)],
        accounts: [CreatorAccount], quarantine: [QuarantineEntry], merges: [MergeRecord], files: [FileReport],
        options: OutputOptions, layout: RunLayout
    ) throws -> Manifest {
        // Only shortlisted accounts and their people are looked up; at a million accounts, indexing all of them
        // would cost more than writing the shortlists. Accounts are read in place by index.
        var clock = PhaseClock()
        let byID = accounts.firstPositions(of: Set(candidates.map(\.candidate.accountID))).mapValues { accounts[$0] }
        let wantedPeople = Set(byID.values.map(\.personKey))
        var people = Set<String>()
        var accountsOfPerson: [String: [String]] = [:]
        for i in accounts.indices {
            let person = accounts[i].personKey
            people.insert(person)
            if wantedPeople.contains(person) { accountsOfPerson[person, default: []].append(accounts[i].id) }
        }
        let brandOf = Dictionary(briefs.map { ($0.id, $0.brand) }, uniquingKeysWith: { a, _ in a })
        var rowsByBrief: [String: [[String]]] = [:]
        for (c, tier, rate) in candidates {
            guard let account = byID[c.accountID] else {
                throw ScoutError.badIntermediate(path: layout.candidates, reason: "creator \(c.accountID) is not in accounts.csv")
            }
            let row = [
                c.briefID, brandOf[c.briefID] ?? "", String(c.rank), c.accountID, account.platform.rawValue, account.handle,
                account.displayName, account.profileURL,
                (accountsOfPerson[account.personKey] ?? []).filter { $0 != account.id }.sorted().joined(separator: "|"),
                String(account.followers), tier,
                rate.map { NumberText.fixed($0, 4) } ?? "", NumberText.fixed(c.score, 4),
            ] + c.components.values.map { NumberText.fixed($0, 3) }
                + [c.nicheSource, NumberText.fixed(c.authenticityConfidence, 2), c.flags.joined(separator: "|"), c.why]
            rowsByBrief[c.briefID, default: []].append(row)
        }
        clock.lap("shortlist: rows")
        let bom = options.excelBOM
        try IntermediateTable.write(layout.shortlists, header: header, rows: briefs.flatMap { rowsByBrief[$0.id] ?? [] },
                                    spreadsheetSafe: true, utf8BOM: bom)
        try FileManager.default.createDirectory(atPath: layout.shortlistFolder, withIntermediateDirectories: true)
        // One file per brief, written on all cores: each is small and its fsync dominates.
        let failures = Mutex<[Int: any Error]>([:])
        let perBrief = rowsByBrief
        DispatchQueue.concurrentPerform(iterations: briefs.count) { b in
            do {
                try IntermediateTable.write(layout.shortlist(briefID: briefs[b].id), header: header, rows: perBrief[briefs[b].id] ?? [],
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
        clock.lap("shortlist: write shortlists")
        let sortedQuarantine = quarantine.sorted { ($0.file, $0.line) < ($1.file, $1.line) }
        try StageCodecs.writeQuarantine(sortedQuarantine, to: layout.quarantine, spreadsheetSafe: true, utf8BOM: bom)
        try StageCodecs.writeMerges(merges, to: layout.merges, spreadsheetSafe: true, utf8BOM: bom)
        let inauthentic = FileManager.default.fileExists(atPath: layout.scoreInauthentic)
            ? try IntermediateTable.read(layout.scoreInauthentic, required: AuthenticityReport.header) : nil
        try IntermediateTable.write(layout.inauthentic, header: AuthenticityReport.header, rows: inauthentic?.rows ?? [],
                                    spreadsheetSafe: true, utf8BOM: bom)

        clock.lap("shortlist: write quarantine, merges, inauthentic")
        var totals = Manifest.Totals()
        for file in files where file.kind == "creators" {
            totals.rowsRead += file.rowsRead
            totals.rowsAccepted += file.rowsAccepted
            totals.rowsMerged += file.rowsMerged
            totals.rowsQuarantined += file.rowsQuarantined
        }
        totals.creators = accounts.count
        totals.people = people.count
        totals.briefs = briefs.count
        totals.shortlisted = candidates.count
        totals.excludedInauthentic = inauthentic?.rows.count ?? 0
        // Funnels and authenticity numbers from stage 3 (absent when the score stage predates them).
        let funnels = FileManager.default.fileExists(atPath: layout.scoreFunnels) ? try FunnelCodec.read(layout.scoreFunnels) : []
        let funnelOf = Dictionary(funnels.map { ($0.funnel.briefID, $0) }, uniquingKeysWith: { a, _ in a })
        if FileManager.default.fileExists(atPath: layout.scoreAuthenticity) {
            totals.authenticity = try IntermediateTable.readJSON(AuthenticitySummary.self, from: layout.scoreAuthenticity)
        }
        let reportRows = FunnelCodec.rows(briefs.compactMap { funnelOf[$0.id] })
        try IntermediateTable.write(layout.briefReport, header: FunnelCodec.reportHeader,
                                    rows: zip(briefs.filter { funnelOf[$0.id] != nil }, reportRows).map { [$1[0], $0.brand] + $1.dropFirst() },
                                    spreadsheetSafe: true, utf8BOM: bom)
        let manifest = Manifest(
            scoutVersion: Manifest.version, inputs: files,
            briefs: briefs.map { brief in
                .init(id: brief.id, requested: brief.shortlistSize, shortlisted: rowsByBrief[brief.id]?.count ?? 0,
                      funnel: funnelOf[brief.id].map { Manifest.Funnel($0.funnel, note: $0.note) })
            },
            totals: totals,
            outputs: ["shortlists.csv"] + briefs.map { "shortlists/\($0.id).csv" }
                + ["quarantine.csv", "merges.csv", "inauthentic.csv", "brief_report.csv", "diagnostics.txt"])
        try IntermediateTable.writeJSON(manifest, to: layout.manifest)
        clock.lap("shortlist: manifest")
        return manifest
    }
}
