import Foundation
import Testing

@testable import ScoutCore

/// One large export read with its records turned into rows on several threads (issue 17) gives exactly what one
/// thread gives: rows in order with the right line numbers, quarantine, diagnostics and the file report.
struct ParallelIngestTests {
    /// An export of several batches with the awkward cases spread through it: quoted line breaks (so physical
    /// lines run ahead of records), stray quotes, ragged and empty rows, a Windows-1252 record, e-mail addresses,
    /// and a quote never closed near the end.
    static let export: String = {
        var lines = ["platform,handle,followers,bio,email"]
        let records = CreatorExportReader.batchRecords * 3 + 17
        for k in 0..<records {
            switch k % 997 {
            case 5: lines.append("instagram,multi_\(k),\(1000 + k),\"first line\nsecond line\",")
            case 11: lines.append("instagram,tall_\(k),\(2000 + k),5'11\" runner,")
            case 17: lines.append("instagram,ragged_\(k),\(k)")
            case 23: lines.append(",,,,")
            case 31: lines.append("tiktok,mail_\(k),\(k),write to me at person\(k)@example.com,person\(k)@example.com")
            default: lines.append("instagram,creator_\(k),\(500 + k),bio number \(k),")
            }
        }
        lines.append("instagram,unclosed,1,\"never closed")
        lines.append("instagram,after_it,2,bio,")
        return lines.joined(separator: "\n") + "\n"
    }()

    static func read(_ path: String, workers: Int) throws -> (CreatorFileIngest, DiagnosticsCollector) {
        var reader = CreatorExportReader(reference: Fixtures.reference)
        reader.workers = workers
        var diagnostics = DiagnosticsCollector()
        let ingest = try reader.read(path, diagnostics: &diagnostics)
        return (ingest, diagnostics)
    }

    @Test func everyThreadCountReadsTheSame() throws {
        var bytes = Array(Self.export.utf8)
        // One record in Windows-1252 (é as 0xE9), in the second batch.
        let marker = Array("creator_3000,".utf8)
        let at = bytes.indices.first { bytes[$0...].starts(with: marker) }!
        bytes.insert(contentsOf: [0x4A, 0xE9], at: at + marker.count - 1)
        let path = Fixtures.temporaryFile(bytes, name: "large-export.csv")
        let (one, oneDiagnostics) = try Self.read(path, workers: 1)
        #expect(one.rows.count > CreatorExportReader.batchRecords * 2)
        #expect(!one.quarantine.isEmpty)
        #expect(oneDiagnostics.diagnostics.contains { $0.code == .strayQuote })
        for workers in [2, 4] {
            let (many, manyDiagnostics) = try Self.read(path, workers: workers)
            #expect(many.rows == one.rows, "rows differ with \(workers) workers")
            #expect(many.quarantine == one.quarantine)
            #expect(many.report == one.report)
            #expect(manyDiagnostics.report == oneDiagnostics.report)
        }
    }

    /// Line numbers are physical lines, counted past quoted line breaks in earlier batches.
    @Test func lineNumbersStayRightAcrossBatches() throws {
        let path = Fixtures.temporaryFile(Self.export, name: "large-export.csv")
        let (ingest, _) = try Self.read(path, workers: 4)
        let lines = Self.export.split(separator: "\n", omittingEmptySubsequences: false)
        for row in ingest.rows where row[.handle].hasPrefix("creator_") {
            #expect(lines[row.line - 1].contains(",\(row[.handle]),"), "line \(row.line) is not \(row[.handle])")
        }
        #expect(ingest.quarantine.contains { $0.reason == .unterminatedQuote })
        #expect(ingest.quarantine.contains { $0.reason == .raggedRow })
        #expect(ingest.quarantine.map(\.line) == ingest.quarantine.map(\.line).sorted())
        #expect(ingest.report.rowsRead == ingest.rows.count + ingest.quarantine.count)
    }
}
