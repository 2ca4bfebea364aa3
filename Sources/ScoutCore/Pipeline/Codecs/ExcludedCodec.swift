/// Encodes `stages/score/excluded.csv`: the creators the do-not-contact list or the outreach statuses kept off a
/// list, in the columns of the `excluded.csv` deliverable (plain CSV, read back whole by the last stage).
package enum ExcludedCodec {
    package static func write(_ excluded: [ExcludedCreator], to path: String) throws {
        try IntermediateTable.write(path, header: ShortlistCSV.excludedHeader, rows: excluded.map(ShortlistCSV.cells))
    }

    /// - Throws: `ScoutError.badIntermediate` for a row whose rank is not a number.
    package static func read(_ path: String) throws -> [ExcludedCreator] {
        let table = try IntermediateTable.read(path, required: ShortlistCSV.excludedHeader)
        return try table.rows.map { r in
            guard let rank = Int(table.value(r, "rank_before_exclusion")) else {
                throw ScoutError.badIntermediate(path: path, reason: "bad rank for \(table.value(r, "creator_id"))")
            }
            return ExcludedCreator(
                briefID: table.value(r, "brief_id"), creatorID: table.value(r, "creator_id"),
                handle: table.value(r, "handle"), rankBeforeExclusion: rank, reason: table.value(r, "reason"))
        }
    }
}
