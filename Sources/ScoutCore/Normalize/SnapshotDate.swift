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

extension SnapshotDate {
    static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

    /// A snapshot date named in a file name: `export_2026-11-20.csv`, `20261120.csv` or `tiktok-dec-2022.csv`
    /// (a month without a day reads as its first day).
    public static func fromFileName(_ path: String) -> String? {
        let name = path.split(separator: "/").last.map(String.init)?.lowercased() ?? ""
        let words = name.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
        for (index, word) in words.enumerated() {
            if word.count == 4, let year = Int(word), (1990...2200).contains(year), index + 2 < words.count,
                let date = normalise("\(word)-\(words[index + 1])-\(words[index + 2])")
            {
                return date
            }
            if word.count == 8, word.allSatisfy(\.isNumber),
                let date = normalise("\(word.prefix(4))-\(word.dropFirst(4).prefix(2))-\(word.suffix(2))")
            {
                return date
            }
            if let month = months.firstIndex(where: { word.hasPrefix($0) }), word.count <= 9, index + 1 < words.count,
                words[index + 1].count == 4, let year = Int(words[index + 1]), (1990...2200).contains(year)
            {
                return normalise("\(year)-\(month + 1)-1")
            }
        }
        return nil
    }
}
