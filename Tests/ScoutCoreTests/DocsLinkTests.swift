import Foundation
import Testing

/// Every relative link in the README and the docs/ pages points at a file that exists, and every `#anchor` at a
/// heading of that file (GitHub's heading ids), so moving or renaming a section cannot silently break the docs.
struct DocsLinkTests {
    static let root = Fixtures.packageDirectory.path

    /// The markdown files users read: the README, docs/*.md and the data folder's READMEs.
    static var pages: [String] {
        let docs = ((try? FileManager.default.contentsOfDirectory(atPath: root + "/docs")) ?? [])
            .filter { $0.hasSuffix(".md") }.sorted().map { "docs/" + $0 }
        return ["README.md", "data/README.md", "data/sample/README.md"] + docs
    }

    /// Lines outside fenced code blocks.
    static func prose(_ text: String) -> [String] {
        var inFence = false
        var lines: [String] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.trimmingCharacters(in: .whitespaces).hasPrefix("```") {
                inFence.toggle()
                continue
            }
            if !inFence { lines.append(String(line)) }
        }
        return lines
    }

    /// GitHub's id for a heading: lower case, punctuation dropped, spaces to hyphens, `-N` for repeats.
    static func anchors(_ text: String) -> Set<String> {
        var seen: [String: Int] = [:]
        var result = Set<String>()
        for line in prose(text) where line.hasPrefix("#") {
            let title = line.drop { $0 == "#" }.trimmingCharacters(in: .whitespaces)
            let slug = String(
                title.lowercased().unicodeScalars.compactMap { scalar -> Character? in
                    if scalar == " " { return "-" }
                    if scalar == "-" || scalar == "_" || CharacterSet.alphanumerics.contains(scalar) {
                        return Character(scalar)
                    }
                    return nil
                })
            let count = seen[slug, default: 0]
            seen[slug] = count + 1
            result.insert(count == 0 ? slug : "\(slug)-\(count)")
        }
        return result
    }

    /// The `(target)` of every `[text](target)` link that is not a web address.
    static func links(_ text: String) -> [String] {
        let pattern = try! NSRegularExpression(pattern: #"\]\(([^)\s]+)\)"#)
        return prose(text).flatMap { line -> [String] in
            let range = NSRange(line.startIndex..., in: line)
            return pattern.matches(in: line, range: range).compactMap {
                Range($0.range(at: 1), in: line).map { String(line[$0]) }
            }
        }.filter { !$0.contains("://") && !$0.hasPrefix("mailto:") }
    }

    @Test func everyRelativeLinkAndAnchorInTheDocsResolves() throws {
        #expect(Self.pages.contains("docs/inputs.md"))
        var broken: [String] = []
        for page in Self.pages {
            let text = try String(contentsOfFile: Self.root + "/" + page, encoding: .utf8)
            let directory = (page as NSString).deletingLastPathComponent
            for link in Self.links(text) {
                let parts = link.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
                let folder = Self.root + (directory.isEmpty ? "" : "/" + directory)
                let path =
                    parts[0].isEmpty
                    ? Self.root + "/" + page
                    : ((folder as NSString).appendingPathComponent(parts[0]) as NSString).standardizingPath
                let target = parts[0].isEmpty ? page : parts[0]
                var isDirectory: ObjCBool = false
                guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                    broken.append("\(page): \(link): no file \(target)")
                    continue
                }
                if parts.count == 2 {
                    let targetText =
                        isDirectory.boolValue ? "" : (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
                    if !Self.anchors(targetText).contains(parts[1]) {
                        broken.append("\(page): \(link): no heading #\(parts[1]) in \(target)")
                    }
                }
            }
        }
        #expect(broken == [])
    }

    @Test func headingIdsFollowGitHub() {
        let ids = Self.anchors(
            "# Scout\n## 4. `merges.csv` — audit every merge\n## Exit codes\n```\n# not a heading\n```\n## Exit codes\n"
        )
        #expect(ids == ["scout", "4-mergescsv--audit-every-merge", "exit-codes", "exit-codes-1"])
    }
}
