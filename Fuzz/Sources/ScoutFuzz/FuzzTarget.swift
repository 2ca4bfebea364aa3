import Foundation
import ScoutCore

/// One fuzz input: its bytes are a CSV file. Each input is read
/// 1. by `CSVFileReader` with 1 MiB blocks and with a small block size taken from the input, and the two results
///    must be identical (the differential check: parsing must not depend on where blocks fall);
/// 2. by `CreatorExportReader` (header mapping, sniffing, quarantine) and every mapped row through
///    `AccountNormalizer` (value parsing: a trap there is a crash found).
/// Any difference traps, so libFuzzer reports it with the input.
enum FuzzTarget {
    static let directory: String = {
        let path = NSTemporaryDirectory() + "scout-fuzz-\(getpid())"
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }()
    static let reference: ReferenceData = {
        let data = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("data").path
        do { return try ReferenceData.load(from: data) } catch {
            fatalError("fuzz: cannot load reference data at \(data): \(error)")
        }
    }()

    static func run(_ bytes: UnsafeRawBufferPointer) {
        // The file name names a platform so that rows without a platform column are still normalised.
        let path = directory + "/instagram-export.csv"
        guard FileManager.default.createFile(atPath: path, contents: Data(bytes)) else {
            fatalError("fuzz: cannot write \(path)")
        }
        let small = 1 + Int(bytes.first ?? 0) % 23
        let whole = reading(path, blockSize: 1 << 20)
        let split = reading(path, blockSize: small)
        if whole != split {
            fatalError(
                "block-size difference (\(small)-byte blocks):\n\(split.joined(separator: "\n"))\n--- 1 MiB blocks:\n\(whole.joined(separator: "\n"))"
            )
        }
        var diagnostics = DiagnosticsCollector()
        guard
            let ingest = try? CreatorExportReader(reference: reference, platform: .instagram).read(
                path, diagnostics: &diagnostics)
        else { return }
        precondition(ingest.report.rowsRead == ingest.rows.count + ingest.quarantine.count, "rows not accounted for")
        let normalizer = AccountNormalizer()
        for row in ingest.rows { _ = normalizer.normalise(row, diagnostics: &diagnostics) }
    }

    /// Everything a read produced, as text lines.
    static func reading(_ path: String, blockSize: Int) -> [String] {
        var lines: [String] = []
        do {
            let info = try CSVFileReader.read(path: path, blockSize: blockSize) { record in
                lines.append(
                    "record \(record.line) \(record.fields) \(record.rawBytes) \(String(describing: record.strayQuote))"
                )
            } onMalformedRecord: { issue in
                lines.append(
                    "malformed \(issue.kind) \(issue.line) \(issue.position) \(issue.rawBytes) \(issue.byteCount)")
            }
            lines.append(
                "info \(info.encodingSummary) \(info.delimiter) \(info.records) \(info.lineEndings) \(info.blankLines) \(info.lines) \(info.bytes) \(info.oddTrailingByte)"
            )
        } catch {
            lines.append("error \(error)")
        }
        return lines
    }
}

/// The per-input callback libFuzzer calls.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    FuzzTarget.run(UnsafeRawBufferPointer(start: data, count: data == nil ? 0 : size))
    return 0
}
