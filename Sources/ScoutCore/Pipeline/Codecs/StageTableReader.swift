/// Reads a stage CSV (`rows.csv`, `accounts.csv`, any `IntermediateTable`) straight into values, decoding
/// records on every core.
///
/// Records are tokenised in file order (libcsv) and handed to `decode` in batches, which runs in parallel
/// chunks; the values come back in file order, without first building the whole table as `[[String]]`.
/// Errors are those `IntermediateTable.read` followed by a row-by-row conversion gives, in the same order: a
/// record of the wrong width (as read), an empty file, a missing column, then the first record `decode`
/// rejected.
enum StageTableReader {
    /// Records decoded per batch.
    static let batchSize = 1 << 14
    /// Stage rows carry a whole input record (up to 1 MiB) twice, raw and mapped, plus merged text: 64 MiB is room.
    static let maxRecordBytes = 64 << 20

    /// - Parameters:
    ///   - required: the columns the file must have; `decode` gets their positions, in this order.
    ///   - decode: the values of one contiguous run of records (it may share state across them, e.g. one
    ///     string for repeated cells), each a value or the error that rejects it.
    /// - Returns: the header and the values, in file order.
    /// - Complexity: O(file size), the decoding split across cores.
    static func read<Value: Sendable>(
        _ path: String, required: [String],
        decode: @Sendable (_ records: ArraySlice<CSVRecord>, _ columns: [Int]) -> [Result<Value, any Error>]
    ) throws -> (header: [String], values: [Value]) {
        var header: [String]?
        var columns: [Int] = []
        // Without every column the read fails once the file is read (after any record of the wrong width); the
        // records are then not decoded at all.
        var complete = false
        var values: [Value] = []
        var rejection: (any Error)?
        var pending: [CSVRecord] = []
        func flush() {
            let batch = pending
            let positions = columns
            let chunks = OrderedParallelMap.chunks(batch.count, minimumChunk: 1024)
            for part in OrderedParallelMap.map(chunks.count, minimumChunk: 1, { decode(batch[chunks[$0]], positions) })
            {
                for result in part {
                    switch result {
                    case .success(let value): values.append(value)
                    case .failure(let error): if rejection == nil { rejection = error }
                    }
                }
            }
            pending.removeAll(keepingCapacity: true)
        }
        do {
            _ = try CSVFileReader.read(path: path, delimiter: UInt8(ascii: ","), maxRecordBytes: maxRecordBytes) {
                record in
                guard let known = header else {
                    header = record.fields
                    complete = required.allSatisfy(record.fields.contains)
                    if complete { columns = required.map { record.fields.firstIndex(of: $0)! } }
                    return
                }
                guard record.count == known.count else {
                    throw ScoutError.badIntermediate(
                        path: path, reason: "line \(record.line) has \(record.count) fields, header \(known.count)")
                }
                guard complete else { return }
                pending.append(record)
                if pending.count >= batchSize { flush() }
            } onMalformedRecord: { issue in
                throw ScoutError.badIntermediate(path: path, reason: "\(issue.kind) at line \(issue.line)")
            }
        } catch let error as CSVError {
            throw ScoutError.badIntermediate(path: path, reason: error.description)
        }
        flush()
        guard let header else { throw ScoutError.badIntermediate(path: path, reason: "empty file") }
        for column in required where !header.contains(column) {
            throw ScoutError.badIntermediate(path: path, reason: "missing column '\(column)'")
        }
        if let rejection { throw rejection }
        return (header, values)
    }
}
