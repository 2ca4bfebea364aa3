extension HistoryStore {
    /// Keeps `records` (an outcomes file's rows) so later nights see them without the file: one row per
    /// `OutcomeRecord.key`, a file row replacing the kept one with the same key (a corrected figure).
    public func record(outcomes records: [OutcomeRecord], recordedAt: String) throws {
        guard !records.isEmpty else { return }
        try database.transaction {
            let insert = try database.prepare(
                """
                INSERT OR REPLACE INTO outcomes(key, creator, brand, campaign, date, cost, currency, views, engagements,
                clicks, conversions, revenue, recorded_at) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
            for r in records {
                let measures = OutcomeMeasure.allCases.map { r.measures[$0].map { SQLiteValue.real($0) } ?? .null }
                try insert.run(
                    [
                        .text(r.key), .text(r.creatorText), .text(r.brand), .text(r.campaign), .text(r.date),
                        r.cost.map { .real($0) } ?? .null, .text(r.currency),
                    ] + measures + [.text(recordedAt)])
            }
        }
    }

    /// Every outcome row earlier nights kept, by key.
    public func outcomes() throws -> [OutcomeRecord] {
        var records: [OutcomeRecord] = []
        try database.prepare(
            """
            SELECT creator, brand, campaign, date, cost, currency, views, engagements, clicks, conversions, revenue
            FROM outcomes ORDER BY key
            """
        ).query { row in
            guard let creator = CreatorReference(row.text(0)) else { return }
            var measures: [OutcomeMeasure: Double] = [:]
            for (i, measure) in OutcomeMeasure.allCases.enumerated() {
                if let value = row.double(Int32(6 + i)) { measures[measure] = value }
            }
            records.append(
                OutcomeRecord(
                    creator: creator, brand: row.text(1), campaign: row.text(2), date: row.text(3),
                    cost: row.double(4), currency: row.text(5), measures: measures))
        }
        return records
    }
}
