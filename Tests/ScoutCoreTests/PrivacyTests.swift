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
                !relative.hasSuffix(".sqlite"), let data = FileManager.default.contents(atPath: path)
            else { continue }
            let text =
                relative.hasSuffix(".xlsx")
                ? try WorkbookTests.readBack(path).sheets.flatMap(\.cells).flatMap {
                    [$0.text, $0.link].compactMap { $0 }
                }.joined(separator: "\n")
                : String(decoding: data, as: UTF8.self)
            for address in [
                "ana.private@gmail.com", "Ana.Private@Gmail.com", "boss@agency.example.org", "dm@brand.co",
                "x@y.example.com",
                "hello@glowlab.jp", "contact@ben.example.net",
            ] where text.contains(address) {
                found.append("\(relative): \(address)")
            }
            if text.range(
                of: #"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+\.[A-Za-z0-9.-]*[A-Za-z]{2}"#, options: .regularExpression) != nil
                && !relative.hasSuffix("run.json")
            {
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
                + "b1,Glowlab hello@glowlab.jp,running,running,Contact hello@glowlab.jp for the brief,instagram|tiktok,5000,EUR,5\n",
            name: "briefs.csv")
        let doNotContact = Fixtures.temporaryFile(
            "creator,reason\ninstagram:nobody,asked by boss@agency.example.org\n", name: "dnc.csv")
        let overrides = Fixtures.temporaryFile(
            "action,a,b,note\nalways_merge,instagram:ben.runs,tiktok:ana.tt,per dm@brand.co\n", name: "overrides.csv")
        let runs = Fixtures.temporaryDirectory()
        let result = try Executables.run(
            "scout",
            [
                "nightly", "--creators", folder, "--briefs", briefs, "--runs-dir", runs, "--run-id", "n1",
                "--do-not-contact", doNotContact, "--merge-overrides", overrides,
            ])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(!result.stderr.contains("@gmail.com"))
        // Every deliverable is scanned, the funnels (brief_report.csv, which names the brand) and the workbook too.
        for name in [
            "brief_report.csv", "shortlists.xlsx", "report.html", "summary.md", "quarantine.csv", "merges.csv",
            "excluded.csv",
        ] {
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

    /// A sharded night (`scout plan` … `scout merge`, 3 shards) on the same hostile input as `scout run`: the same
    /// delivered bytes (a stray file set aside and reported identically, do-not-contact, contact addresses read from
    /// the exports), and no clear address anywhere in its run folder, task folders included.
    @Test(arguments: [false, true]) func aShardedNightKeysAndSetsAsideAsScoutRunDoes(includeContact: Bool) throws {
        let folder = Fixtures.temporaryDirectory()
        try """
        platform,handle,display_name,followers,following,bio,website,email,niches,country
        instagram,ana.runs,ana.private@gmail.com,12000,300,Runner. Write to Ana.Private@Gmail.com for collabs,,ana.private@gmail.com,Running,ES
        tiktok,ana.tt,Ana TT,9000,100,running clips,,,Running,ES
        instagram,ben.runs,Ben,15000,dm@brand.co,marathon bio,https://ben.example.net,contact@ben.example.net,Running,GB

        """.write(toFile: folder + "/a.csv", atomically: true, encoding: .utf8)
        try
            "platform,handle,followers,email,niches,country\ninstagram,cara.run,8000,x@y.example.com,Running,US\ntiktok,ana.tt2,7000,ana.private@gmail.com,Running,ES\n"
            .write(toFile: folder + "/b.csv", atomically: true, encoding: .utf8)
        try "who,note\nana,call boss@agency.example.org\n".write(
            toFile: folder + "/zz_team_notes.csv", atomically: true, encoding: .utf8)
        let briefs = Fixtures.temporaryFile(
            "brief_id,brand,niches,keywords,description,platforms,budget,currency,shortlist_size\n"
                + "b1,Glowlab hello@glowlab.jp,running,running,Contact hello@glowlab.jp,instagram|tiktok,5000,EUR,5\n",
            name: "briefs.csv")
        let doNotContact = Fixtures.temporaryFile(
            "creator,reason\ninstagram:ben.runs,asked by boss@agency.example.org\ntiktok:ana.tt2,agency\n",
            name: "dnc.csv")
        let input =
            ["--creators", folder, "--briefs", briefs, "--do-not-contact", doNotContact]
            + (includeContact ? ["--include-contact"] : [])
        let (one, many) = (Fixtures.temporaryDirectory() + "/night", Fixtures.temporaryDirectory() + "/night")
        let run = try Executables.run("scout", ["run", "--out", one] + input)
        #expect(run.status == 0, "\(run.stderr)")
        let steps: [[String]] =
            [["plan", "--shards", "3"] + input]
            + (1...3).map { ["ingest", "--shard", "\($0)/3"] } + [["identity"]]
            + (1...3).map { ["normalize", "--shard", "\($0)/3"] }
            + [["statistics"]] + (1...3).map { ["score", "--shard", "\($0)/3"] } + [["merge"]]
        for step in steps {
            let result = try Executables.run("scout", [step[0], "--out", many] + step.dropFirst())
            #expect(result.status == 0 && !result.stderr.contains("@gmail.com"), "\(step): \(result.stderr)")
        }
        let files = try ShardedNight.deliverables(in: many)
        #expect(try ShardedNight.deliverables(in: one) == files && files.contains("excluded.csv"), "\(files)")
        for name in files {
            #expect(
                FileManager.default.contents(atPath: many + "/" + name)
                    == FileManager.default.contents(atPath: one + "/" + name), "\(name)")
        }
        let manifest = try String(contentsOfFile: many + "/manifest.json", encoding: .utf8)
        #expect(manifest.contains("\"set_aside\" : \"no column for required field(s) handle, followers"), "\(manifest)")
        let excluded = try String(contentsOfFile: many + "/excluded.csv", encoding: .utf8)
        #expect(excluded.contains("instagram:ben.runs"), "\(excluded)")
        // The do-not-contact rule is about the person, in the merge step too: listing Ana's account in one shard's
        // file removes her shortlisted account read in another.
        #expect(
            excluded.contains("b1,instagram:ana.runs,ana.runs,")
                && excluded.contains("agency (same person as tiktok:ana.tt2)"), "\(excluded)")
        let shortlists = try String(contentsOfFile: many + "/shortlists.csv", encoding: .utf8)
        if includeContact {
            // Opted in: the deliverables name the address (read from the export); no task folder does.
            #expect(shortlists.contains(",x@y.example.com,"), "\(shortlists)")
            let leaks = try Self.addresses(under: many + "/shards")
            #expect(leaks.isEmpty, "\(leaks.joined(separator: "\n"))")
        } else {
            let leaks = try Self.addresses(under: many)
            #expect(leaks.isEmpty, "\(leaks.joined(separator: "\n"))")
        }
        // Linking by the keyed hash crosses shards: Ana's accounts in a.csv and b.csv (other shards) are one person.
        let accounts = try ShardedNight.accounts(in: many, shards: 3).filter {
            ["instagram:ana.runs", "tiktok:ana.tt2"].contains($0.id)
        }
        #expect(
            accounts.count == 2 && Set(accounts.map(\.personKey)).count == 1,
            "\(accounts.map { ($0.id, $0.personKey) })")
        #expect(accounts.allSatisfy { EmailKey.isKey($0.emailHash) })
    }

    @Test func redactionFindsAddressesAndLeavesMentionsAlone() {
        for text in ["@ana.cooks", "#vegan @brand", "price 5@10", "me@localhost", "a@b", "user@@x.com", "@", ""] {
            #expect(EmailRedaction.redact(text) == text, "\(text)")
        }
        let key = EmailKey.hash("ana@x.com")
        #expect(EmailRedaction.redact("write ana@x.com.") == "write [email \(key)].")
        #expect(EmailRedaction.redact("mailto:ANA@X.COM") == "mailto:[email \(key)]")
        #expect(
            EmailRedaction.redact("a@x.com, b@x.com")
                == "[email \(EmailKey.hash("a@x.com"))], [email \(EmailKey.hash("b@x.com"))]")
        #expect(EmailRedaction.redact("josé.müller@correo.es") == "[email \(EmailKey.hash("josé.müller@correo.es"))]")
    }

    @Test func keysAreHMACSHA256WithTheInstallationSecret() throws {
        let path = Fixtures.temporaryDirectory() + "/conf/scout/secret"
        try FileManager.default.createDirectory(
            atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try ((0..<32).map { String(format: "%02x", $0) }.joined() + "\n").write(
            toFile: path, atomically: true, encoding: .utf8)
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
