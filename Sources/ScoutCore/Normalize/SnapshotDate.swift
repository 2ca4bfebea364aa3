/// Reads the snapshot dates exports write (`2026-11-20`, `2026/11/20`, `20.11.2026`, `2026-11-20T03:00:00Z`).
public enum SnapshotDate {
    /// The date as `yyyy-mm-dd`, or `nil` when it is not a recognisable date.
    public static func normalise(_ text: String) -> String? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let datePart = trimmed.prefix { $0 != "T" && $0 != " " }
        let parts = datePart.split(whereSeparator: { $0 == "-" || $0 == "/" || $0 == "." }).map(String.init)
        guard parts.count == 3, parts.allSatisfy({ Int($0) != nil }) else { return nil }
        var (year, month, day) = (Int(parts[0])!, Int(parts[1])!, Int(parts[2])!)
        if parts[0].count != 4 {
            guard parts[2].count == 4 else { return nil }
            (year, month, day) = (Int(parts[2])!, Int(parts[1])!, Int(parts[0])!)
            if month > 12 && day <= 12 { swap(&month, &day) }
        }
        guard (1900...2200).contains(year), (1...12).contains(month), (1...31).contains(day) else { return nil }
        func pad(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(year)-\(pad(month))-\(pad(day))"
    }
}
