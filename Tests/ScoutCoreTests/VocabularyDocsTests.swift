import Foundation
import ScoutCLI
import Testing

@testable import ScoutCore

/// The typed vocabularies and the user documentation list the same words: a code added to the source without a
/// line in the docs (or a stale line in the docs) fails here.
struct VocabularyDocsTests {
    static func page(_ name: String) throws -> String {
        try String(contentsOfFile: Fixtures.packageDirectory.appendingPathComponent(name).path, encoding: .utf8)
    }

    /// The first cell of each row of the first table after `heading`.
    static func firstColumn(of text: String, after heading: String) throws -> [String] {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let start = try #require(lines.firstIndex(of: heading), "no heading \(heading)")
        let table = lines[(start + 1)...].drop { !$0.hasPrefix("|") }.prefix { $0.hasPrefix("|") }
        return table.dropFirst(2).map { row in
            row.split(separator: "|", omittingEmptySubsequences: true).first.map {
                $0.trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "`"))
            } ?? ""
        }
    }

    @Test func everyDiagnosticCodeIsDocumented() throws {
        let documented = try Self.firstColumn(of: Self.page("docs/outputs.md"), after: "## `diagnostics.txt`")
        #expect(documented.sorted() == DiagnosticCode.allCases.map(\.rawValue).sorted())
    }

    @Test func theExitCodeTableIsScoutExit() throws {
        let documented = try Self.firstColumn(of: Self.page("README.md"), after: "## Exit codes")
        #expect(documented == ScoutExit.all.map(String.init))
    }

    @Test func everyMergeRuleIsDocumented() throws {
        let identity = try Self.page("docs/identity.md")
        for rule in MergeRule.allCases { #expect(identity.contains("`\(rule.rawValue)`"), "\(rule.rawValue)") }
    }

    /// Every table in `data/` is a `ReferenceData.Table` (read by `load` and fingerprinted by every resumable
    /// stage), and every `Table` ships in `data/`. The do-not-contact list and the brief template are not
    /// reference tables.
    @Test func everyDataTableIsAReferenceTable() throws {
        let shipped = try FileManager.default.contentsOfDirectory(atPath: Fixtures.dataDirectory)
            .filter { $0.hasSuffix(".csv") && !["do_not_contact.csv", "brief_template.csv"].contains($0) }
        #expect(shipped.sorted() == ReferenceData.Table.allCases.map(\.rawValue).sorted())
    }
}
