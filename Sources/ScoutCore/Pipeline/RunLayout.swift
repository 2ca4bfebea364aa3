import Foundation

/// Where a run's outputs and each stage's intermediate files live inside the output directory.
public struct RunLayout: Sendable {
    public var directory: String

    public init(directory: String) { self.directory = directory }

    func path(_ parts: String...) -> String { ([directory] + parts).joined(separator: "/") }

    // Final outputs.
    public var shortlists: String { path("shortlists.csv") }
    public var shortlistFolder: String { path("shortlists") }
    public func shortlist(briefID: String) -> String { path("shortlists", briefID + ".csv") }
    public var quarantine: String { path("quarantine.csv") }
    public var merges: String { path("merges.csv") }
    public var manifest: String { path("manifest.json") }
    public var diagnostics: String { path("diagnostics.txt") }
    /// Creators kept off every shortlist by the authenticity threshold.
    public var inauthentic: String { path("inauthentic.csv") }
    /// Per brief: the funnel (considered, removed by each filter, left) and why a list is short.
    public var briefReport: String { path("brief_report.csv") }

    // Stage 1: ingest.
    public var ingestRows: String { path("stages", "ingest", "rows.csv") }
    public var ingestBriefs: String { path("stages", "ingest", "briefs.csv") }
    public var ingestQuarantine: String { path("stages", "ingest", "quarantine.csv") }
    public var ingestFiles: String { path("stages", "ingest", "files.json") }
    public var ingestDiagnostics: String { path("stages", "ingest", "diagnostics.txt") }

    // Stage 2: normalise + dedupe.
    public var accounts: String { path("stages", "normalize", "accounts.csv") }
    public var normalizeMerges: String { path("stages", "normalize", "merges.csv") }
    public var normalizeQuarantine: String { path("stages", "normalize", "quarantine.csv") }
    public var normalizeFiles: String { path("stages", "normalize", "files.json") }
    public var normalizeDiagnostics: String { path("stages", "normalize", "diagnostics.txt") }

    // Stage 3: score.
    public var candidates: String { path("stages", "score", "candidates.csv") }
    public var scoreDiagnostics: String { path("stages", "score", "diagnostics.txt") }
    public var scoreInauthentic: String { path("stages", "score", "inauthentic.csv") }
    public var scoreFunnels: String { path("stages", "score", "funnels.csv") }
    public var scoreAuthenticity: String { path("stages", "score", "authenticity.json") }

    /// Writes diagnostics as one line each, atomically.
    public static func writeDiagnostics(_ collector: DiagnosticsCollector, to path: String) throws {
        var lines = collector.diagnostics.map(\.description)
        for (code, file, total) in collector.suppressed {
            lines.append("\(file.isEmpty ? "" : file + ": ")note: \(total - collector.detailLimit) more '\(code)' diagnostics not shown")
        }
        try AtomicFile.write(Array((lines.joined(separator: "\n") + (lines.isEmpty ? "" : "\n")).utf8), to: path)
    }
}
