/// A small CSV table from `data/`: a header and rows addressed by column name.
struct ReferenceTable {
    var path: String
    var header: [String]
    var rows: [(line: Int, fields: [String])]

    /// Reads a reference CSV strictly: any quarantine-worthy problem is fatal, since these are shipped tables.
    static func load(_ path: String) throws -> ReferenceTable {
        var header: [String]?
        var rows: [(Int, [String])] = []
        do {
            _ = try CSVFileReader.read(path: path, delimiter: UInt8(ascii: ",")) { record in
                if header == nil {
                    header = record.fields.map { $0.trimmingCharacters(in: .whitespaces) }
                } else {
                    rows.append((record.line, record.fields))
                }
            } onMalformedRecord: { issue in
                throw ScoutError.badReferenceData(path: path, line: issue.line, reason: "unterminated quote")
            }
        } catch let error as CSVError {
            throw ScoutError.unreadableInput(path: path, reason: error.description)
        }
        guard let header else { throw ScoutError.badReferenceData(path: path, line: 1, reason: "empty file") }
        for (line, fields) in rows where fields.count != header.count {
            throw ScoutError.badReferenceData(
                path: path, line: line, reason: "\(fields.count) fields, header has \(header.count)")
        }
        return ReferenceTable(path: path, header: header, rows: rows)
    }

    /// The index of `column`, or a fatal error naming the file.
    func index(of column: String) throws -> Int {
        guard let index = header.firstIndex(of: column) else {
            throw ScoutError.badReferenceData(path: path, line: 1, reason: "missing column '\(column)'")
        }
        return index
    }
}
