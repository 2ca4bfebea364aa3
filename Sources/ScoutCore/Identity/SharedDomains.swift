/// Web domains many unrelated people use (link-in-bio services, social platforms, webmail, shops), so a
/// shared one is no evidence that two accounts belong to one person. Loaded from `data/link_services.csv`.
public struct SharedDomains: Sendable {
    /// Domains matched with all their subdomains (`linktr.ee` also covers `www.linktr.ee`).
    public var domains: Set<String>
    /// Names written `amazon.*` in the table: that label followed by any one- or two-label suffix.
    public var anySuffix: Set<String>

    public init(domains: Set<String> = [], anySuffix: Set<String> = []) {
        self.domains = domains
        self.anySuffix = anySuffix
    }

    /// Reads `domain,kind,source` rows; `kind` and `source` document the entry and are not used.
    public static func load(_ path: String) throws -> SharedDomains {
        let table = try ReferenceTable.load(path)
        let column = try table.index(of: "domain")
        var result = SharedDomains()
        for (line, fields) in table.rows {
            let entry = fields[column].trimmingCharacters(in: .whitespaces).lowercased()
            guard !entry.isEmpty, entry.contains(".") else {
                throw ScoutError.badReferenceData(
                    path: path, line: line, reason: "domain '\(fields[column])' is not a domain")
            }
            if entry.hasSuffix(".*") {
                result.anySuffix.insert(String(entry.dropLast(2)))
            } else {
                result.domains.insert(entry)
            }
        }
        return result
    }

    /// True for a host on a shared domain; every social platform's own host counts as shared.
    public func isShared(host: String) -> Bool {
        if Platform(host: host) != nil { return true }
        let labels = host.split(separator: ".").map(String.init)
        for start in labels.indices {
            if domains.contains(labels[start...].joined(separator: ".")) { return true }
            let rest = labels.count - start - 1
            if (1...2).contains(rest) && anySuffix.contains(labels[start]) { return true }
        }
        return false
    }

    /// The host of a personal web site (lower case, without `www.`, port or path), or `nil` when the text is
    /// not a web address or its domain is shared.
    public func personalDomain(_ website: String) -> String? {
        guard let host = Self.host(of: website), !isShared(host: host) else { return nil }
        return host
    }

    /// The normalised host of a web address: `https://WWW.Name.example/about?x` → `name.example`.
    /// `nil` for e-mail addresses, `mailto:` links and text without a dotted host.
    public static func host(of text: String) -> String? {
        var rest = Substring(text.trimmingCharacters(in: .whitespacesAndNewlines).lowercased())
        if rest.hasPrefix("mailto:") { return nil }
        if let scheme = rest.range(of: "://") {
            rest = rest[scheme.upperBound...]
        } else if rest.hasPrefix("//") {
            rest = rest.dropFirst(2)
        }
        var host = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        if host.contains("@") { return nil }
        if let colon = host.firstIndex(of: ":") { host = host[..<colon] }
        while host.hasSuffix(".") { host = host.dropLast() }
        if host.hasPrefix("www.") { host = host.dropFirst(4) }
        let labels = host.split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2, labels.allSatisfy({ !$0.isEmpty }),
            host.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "." })
        else { return nil }
        return String(host)
    }
}
