/// Country and language names as exports write them, mapped to ISO codes.
public enum Locales {
    /// `JP`, `Japan`, `日本`, `United States`, `USA` → ISO 3166 alpha-2; unknown names are returned upper-cased.
    public static func countryCode(_ text: String) -> String {
        if ASCIIFastPath.isTwoLetters(text) { return text.lowercased() == "uk" ? "GB" : text.uppercased() }
        let folded = NicheTaxonomy.fold(text)
        let key = folded.utf8.contains(0x2E) ? folded.replacingOccurrences(of: ".", with: "") : folded
        if key.isEmpty { return "" }
        if key.count == 2, key.allSatisfy({ $0.isASCII && $0.isLetter }) {
            return key == "uk" ? "GB" : key.uppercased()
        }
        return countries[key] ?? text.trimmingCharacters(in: .whitespaces).uppercased()
    }

    /// `en`, `English`, `Japanese`, `日本語`, `español` → ISO 639-1; unknown names are returned lower-cased.
    public static func languageCode(_ text: String) -> String {
        if ASCIIFastPath.isTwoLetters(text) { return text.lowercased() }
        let key = NicheTaxonomy.fold(text)
        if key.isEmpty { return "" }
        if key.count == 2, key.allSatisfy({ $0.isASCII && $0.isLetter }) { return key }
        if let dash = key.firstIndex(where: { $0 == "_" || $0 == " " }),
            key.distance(from: key.startIndex, to: dash) == 2
        {
            return String(key[..<dash])
        }
        return languages[key] ?? key
    }

    static let countries: [String: String] = {
        let table: [(String, [String])] = [
            (
                "US",
                ["united states", "usa", "us", "united states of america", "america", "estados unidos", "アメリカ", "米国"]
            ),
            ("GB", ["united kingdom", "uk", "great britain", "england", "reino unido", "イギリス"]),
            ("JP", ["japan", "日本", "japon", "japón", "nippon"]),
            ("KR", ["south korea", "korea", "韓国", "대한민국", "republic of korea"]),
            ("CN", ["china", "中国"]), ("TW", ["taiwan", "台湾"]), ("HK", ["hong kong"]), ("IN", ["india"]),
            ("ID", ["indonesia"]), ("TH", ["thailand"]), ("VN", ["vietnam", "viet nam"]), ("PH", ["philippines"]),
            ("MY", ["malaysia"]), ("SG", ["singapore"]), ("AU", ["australia"]), ("NZ", ["new zealand"]),
            ("CA", ["canada"]), ("MX", ["mexico", "méxico"]), ("BR", ["brazil", "brasil"]), ("AR", ["argentina"]),
            ("CO", ["colombia"]), ("CL", ["chile"]), ("PE", ["peru", "perú"]),
            ("ES", ["spain", "españa", "espana", "スペイン"]),
            ("FR", ["france", "フランス"]), ("DE", ["germany", "deutschland", "allemagne", "alemania", "ドイツ"]),
            ("IT", ["italy", "italia"]), ("PT", ["portugal"]), ("NL", ["netherlands", "holland", "nederland"]),
            ("BE", ["belgium"]), ("CH", ["switzerland", "schweiz", "suisse"]), ("AT", ["austria", "österreich"]),
            ("SE", ["sweden"]), ("NO", ["norway"]), ("DK", ["denmark"]), ("FI", ["finland"]),
            ("PL", ["poland", "polska"]),
            ("IE", ["ireland"]), ("RU", ["russia", "russian federation", "россия"]), ("UA", ["ukraine"]),
            ("TR", ["turkey", "türkiye"]),
            ("SA", ["saudi arabia", "السعودية"]), ("AE", ["united arab emirates", "uae"]), ("EG", ["egypt", "مصر"]),
            ("MA", ["morocco"]), ("NG", ["nigeria"]), ("ZA", ["south africa"]), ("KE", ["kenya"]), ("IL", ["israel"]),
            ("PK", ["pakistan"]), ("BD", ["bangladesh"]), ("IQ", ["iraq"]), ("DZ", ["algeria"]),
        ]
        var result: [String: String] = [:]
        for (code, names) in table { for name in names { result[NicheTaxonomy.fold(name)] = code } }
        return result
    }()

    static let languages: [String: String] = {
        let table: [(String, [String])] = [
            ("en", ["english", "inglés", "anglais", "englisch", "英語"]),
            ("ja", ["japanese", "日本語", "japonais", "japonés"]),
            ("es", ["spanish", "español", "espanol", "castellano", "espagnol", "スペイン語"]),
            ("fr", ["french", "français", "francais", "französisch", "フランス語"]),
            ("de", ["german", "deutsch", "allemand", "ドイツ語"]),
            ("pt", ["portuguese", "português", "portugues"]), ("it", ["italian", "italiano"]),
            ("ko", ["korean", "한국어", "韓国語"]),
            ("zh", ["chinese", "中文", "中国語", "mandarin"]), ("ar", ["arabic", "العربية", "عربي"]),
            ("ru", ["russian", "русский"]),
            ("hi", ["hindi", "हिन्दी"]), ("id", ["indonesian", "bahasa indonesia"]), ("th", ["thai", "ไทย"]),
            ("vi", ["vietnamese", "tiếng việt"]), ("tr", ["turkish", "türkçe"]), ("nl", ["dutch", "nederlands"]),
            ("pl", ["polish", "polski"]), ("sv", ["swedish", "svenska"]),
        ]
        var result: [String: String] = [:]
        for (code, names) in table { for name in names { result[NicheTaxonomy.fold(name)] = code } }
        return result
    }()
}
