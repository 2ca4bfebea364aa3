/// Writes a large intermediate table with its rows encoded on every core, in bounded batches, in row order.
///
/// The bytes are exactly those `IntermediateTable.write` gives for the same rows (no spreadsheet
/// neutralisation, no byte-order mark); only one batch of encoded rows is held in memory at a time, and the
/// rows are never all materialised as `[[String]]`.
enum ParallelTableWriter {
    /// Rows encoded per batch (each batch is split into chunks across the cores, then written in order).
    static let batchSize = 1 << 16

    /// Writes `header` and `row(0)…row(count - 1)` to `path` atomically.
    /// - Complexity: O(total bytes), encoding spread across cores.
    static func write(_ path: String, header: [String], count: Int, row: @Sendable (Int) -> [String]) throws {
        try write(path, header: header, count: count) { index, writer in writer.write(row(index)) }
    }

    /// `write(_:header:count:row:)` with each row encoded straight into the chunk's writer (`CSVWriter.write(field:first:)`),
    /// so no `[String]` is built per row.
    static func write(
        _ path: String, header: [String], count: Int, encode: @Sendable (Int, inout CSVWriter) -> Void
    ) throws {
        let file = try AtomicFile(path: path)
        var writer = CSVWriter(spreadsheetSafe: false)
        writer.write(header)
        try file.write(writer.bytes)
        for start in stride(from: 0, to: count, by: batchSize) {
            let batch = start..<min(count, start + batchSize)
            let chunks = OrderedParallelMap.chunks(batch.count, minimumChunk: 512)
            let encoded = OrderedParallelMap.map(chunks.count, minimumChunk: 1) { chunk -> [UInt8] in
                var writer = CSVWriter(spreadsheetSafe: false)
                for index in chunks[chunk] {
                    encode(batch.lowerBound + index, &writer)
                    // Sized once from the first row, so the buffer is not grown (and copied) row by row.
                    if index == chunks[chunk].lowerBound {
                        writer.reserveCapacity(writer.bytes.count * (chunks[chunk].count + chunks[chunk].count / 4))
                    }
                }
                return writer.bytes
            }
            for bytes in encoded { try file.write(bytes) }
        }
        try file.commit()
    }
}
