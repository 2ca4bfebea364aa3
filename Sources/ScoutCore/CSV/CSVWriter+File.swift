extension CSVWriter {
    /// Writes `header` and `rows`, encoded with this writer's settings, to `path` atomically, flushing every MiB.
    consuming func write<Rows: Sequence>(header: [String], rows: Rows, to path: String) throws
    where Rows.Element == [String] {
        let file = try AtomicFile(path: path)
        write(header)
        for row in rows {
            write(row)
            if bytes.count > 1 << 20 {
                try file.write(bytes)
                removeAll()
            }
        }
        try file.write(bytes)
        try file.commit()
    }
}
