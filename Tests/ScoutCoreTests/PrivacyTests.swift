import Crypto
import Foundation
import Testing
@testable import ScoutCore

/// No clear e-mail address anywhere in a run directory by default; keys are keyed (issue 15, item 7).
@Suite(.serialized)
struct PrivacyTests {
    /// Every address-looking string in every file under `directory`, with the file it is in; a workbook is read
    /// back cell by cell (its XML is compressed).
    static func addresses(under directory: String) throws -> [String] {
        var found: [String] = []
        let walker = FileManager.default.enumerator(atPath: directory)
        while let relative = walker?.nextObject() as? String {
            let path = directory + "/" + relative
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue,
                  !relative.hasSuffix(".sqlite"), let data = FileManager.default.contents(atPath: path) else { continue }
            let text = relative.hasSuffix(".xlsx")
                ? try WorkbookTests.readBack(path).sheets.flatMap(\.cells).flatMap { [$0.text, $0.link].compactMap { $0 } }.joined(separator: "\n")
                : String(decoding: data, as: UTF8.self)
            for address in ["ana.private@gmail.com", "Ana.Private@Gmail.com", "boss@agency.example.org", "dm@brand.co", "x@y.example.com",
                            "hello@glowlab.jp", "contact@ben.example.net"] where text.contains(address) {
                found.append("\(relative): \(address)")
            }
            if text.range(of: #"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+\.[A-Za-z0-9.-]*[A-Za-z]{2}"#, options: .regularExpression) != nil
                && !relative.hasSuffix("run.json") {
                found.append("\(relative): an address pattern")
            }
        }
        return found
    }

    @Test func aNightWithAddressesEverywhereWritesNoneInClear() throws {
        let folder = Fixtures.temporaryDirectory()
        let creators = """
            platform,handle,display_name,followers,following,bio,website,email,niches,country
            instagram,ana.runs,ana.private@gmail.com,12000,300,Runner. Write to Ana.Private@Gmail.com for collabs,mailto:ana.private@gmail.com,ana.private@gmail.com,Running,ES
            tiktok,ana.tt,Ana TT,9000,100,running clips,,ANA.PRIVATE@gmail.com,Running,ES
            instagram,ben.runs,Ben,15000,dm@brand.co,marathon bio,https://ben.example.net,contact@ben.example.net,Running,GB
            instagram,ben.runs,Ben B,15500,200,marathon bio,,,Running,GB
            instagram,ragged,boss@agency.example.org
            instagram,"quote,x@y.example.com,1000
            instagram,cara.run,Cara,8000,100,"says ""hi"" x@y.example.com"oops,,,Running,US

            """
        try creators.write(toFile: folder + "/creators.csv", atomically: true, encoding: .utf8)
        let briefs = Fixtures.temporaryFile(
            "brief_id,brand,niches,keywords,description,platforms,budget,currency,shortlist_size\n"
                + "b1,Glowlab hello@glowlab.jp,running,running,Contact hello@glowlab.jp for the brief,instagram|tiktok,5000,EUR,5\n", name: "briefs.csv")
        let doNotContact = Fixtures.temporaryFile("creator,reason\ninstagram:nobody,asked by boss@agency.example.org\n", name: "dnc.csv")
        let overrides = Fixtures.temporaryFile("action,a,b,note\nalways_merge,instagram:ben.runs,tiktok:ana.tt,per dm@brand.co\n", name: "overrides.csv")
        let runs = Fixtures.temporaryDirectory()
        let result = try Executables.run("scout", ["nightly", "--creators", folder, "--briefs", briefs, "--runs-dir", runs, "--run-id", "n1",
                                                       "--do-not-contact", doNotContact, "--merge-overrides", overrides])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(!result.stderr.contains("@gmail.com"))
        // Every deliverable is scanned, the funnels (brief_report.csv, which names the brand) and the workbook too.
        for name in ["brief_report.csv", "shortlists.xlsx", "report.html", "summary.md", "quarantine.csv", "merges.csv", "excluded.csv"] {
            #expect(FileManager.default.fileExists(atPath: runs + "/n1/" + name), "\(name)")
        }
        let leaks = try Self.addresses(under: runs + "/n1")
        #expect(leaks.isEmpty, "\(leaks.joined(separator: "\n"))")
        // Linking by e-mail still works, on the keyed hash: Ana's two accounts are one person.
        let accounts = try NightlySupport.rows(runs + "/n1/stages/normalize/accounts.csv")
        let ana = accounts.filter { ["instagram:ana.runs", "tiktok:ana.tt"].contains($0["id"] ?? "") }
        #expect(ana.count == 2)
        #expect(Set(ana.compactMap { $0["person_id"] }).count == 1, "\(ana)")
        #expect(ana.allSatisfy { EmailKey.isKey($0["email_hash"] ?? "") })
        let bio = try #require(ana.first { $0["id"] == "instagram:ana.runs" }?["bio"])
        #expect(bio.hasPrefix("Runner. Write to [email e:") && bio.hasSuffix("] for collabs"), "\(bio)")
    }

    @Test func redactionFindsAddressesAndLeavesMentionsAlone() {
        for text in ["@ana.cooks", "#vegan @brand", "price 5@10", "me@localhost", "a@b", "user@@x.com", "@", ""] {
            #expect(EmailRedaction.redact(text) == text, "\(text)")
        }
        let key = EmailKey.hash("ana@x.com")
        #expect(EmailRedaction.redact("write ana@x.com.") == "write [email \(key)].")
        #expect(EmailRedaction.redact("mailto:ANA@X.COM") == "mailto:[email \(key)]")
        #expect(EmailRedaction.redact("a@x.com, b@x.com") == "[email \(EmailKey.hash("a@x.com"))], [email \(EmailKey.hash("b@x.com"))]")
        #expect(EmailRedaction.redact("josé.müller@correo.es") == "[email \(EmailKey.hash("josé.müller@correo.es"))]")
    }

    @Test func keysAreHMACSHA256WithTheInstallationSecret() throws {
        let path = Fixtures.temporaryDirectory() + "/conf/scout/secret"
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try ((0..<32).map { String(format: "%02x", $0) }.joined() + "\n").write(toFile: path, atomically: true, encoding: .utf8)
        let secret = try InstallationSecret.load(path: path)
        // Python: hmac.new(bytes(range(32)), b'sam@example.com', hashlib.sha256).hexdigest()[:16]
        let mac = HMAC<Crypto.SHA256>.authenticationCode(for: Array("sam@example.com".utf8), using: secret.key)
        #expect(mac.prefix(8).map { String(format: "%02x", $0) }.joined() == "0f8440e6390279b2")
        // A secret is created on first use, 0600, and read back the same.
        let fresh = Fixtures.temporaryDirectory() + "/new/scout/secret"
        let first = try InstallationSecret.load(path: fresh)
        let again = try InstallationSecret.load(path: fresh)
        #expect(first.key == again.key)
        let mode = (try FileManager.default.attributesOfItem(atPath: fresh)[.posixPermissions] as? Int) ?? 0
        #expect(mode == 0o600)
        // The shared key is not the unkeyed hash of old (FNV-1a of the address).
        #expect(EmailKey.hash("sam@example.com") != "e:" + "8d1c4b1e0c11a8e2")
        #expect(EmailKey.isKey(EmailKey.hash("sam@example.com")))
    }
}
