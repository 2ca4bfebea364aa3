import Testing

@testable import ScoutCore

/// Canonical profile links (one form per platform) and safe, unique sheet names.
struct ProfileLinkTests {
    @Test(arguments: [
        (Platform.instagram, "yui.derm", "https://www.instagram.com/yui.derm/"),
        (.tiktok, "hina_kobayashi", "https://www.tiktok.com/@hina_kobayashi"),
        (.youtube, "elena_wander", "https://www.youtube.com/@elena_wander"),
        (.twitch, "kai_plays", "https://www.twitch.tv/kai_plays"),
        (.x, "scout_app", "https://x.com/scout_app"),
        (.facebook, "verde.mesa", "https://www.facebook.com/verde.mesa"),
        (.pinterest, "home_nido", "https://www.pinterest.com/home_nido/"),
        (.snapchat, "ana-fit", "https://www.snapchat.com/add/ana-fit"),
        (.threads, "yui.derm", "https://www.threads.net/@yui.derm"),
        (.linkedin, "ana-garcia", "https://www.linkedin.com/in/ana-garcia"),
    ])
    func oneFormPerPlatform(platform: Platform, handle: String, url: String) {
        #expect(ProfileLink(platform: platform, handle: handle) == ProfileLink(url: url, kind: .profile))
    }

    @Test func exportsWrittenInMixedFormsGetTheSameLink() {
        for text in [
            "@Sakura.Skin", "https://www.instagram.com/sakura.skin/?hl=en", "instagram.com/sakura.skin", "ｓａｋｕｒａ.ｓｋｉｎ",
        ] {
            let parsed = HandleParsing.parse(text)!
            #expect(
                ProfileLink(platform: .instagram, handle: parsed.handle)?.url
                    == "https://www.instagram.com/sakura.skin/", "\(text)")
        }
    }

    @Test func youtubeChannelIDsKeepTheirCase() {
        let parsed = HandleParsing.parse("https://www.youtube.com/channel/UCabcDEF123")!
        #expect(
            ProfileLink(platform: .youtube, handle: parsed.handle, platformID: parsed.platformID)?.url
                == "https://www.youtube.com/channel/UCabcDEF123")
    }

    @Test func aNameThatIsNotAHandleGetsASearchNotAGuess() {
        #expect(
            ProfileLink(platform: .youtube, handle: "logan paul")
                == ProfileLink(url: "https://www.youtube.com/results?search_query=logan%20paul", kind: .search))
        #expect(
            ProfileLink(platform: .youtube, handle: "#refúgio mental")?.url
                == "https://www.youtube.com/results?search_query=%23ref%C3%BAgio%20mental")
        #expect(ProfileLink(platform: .instagram, handle: "two words") == nil)
        #expect(ProfileLink(platform: .instagram, handle: "javascript:alert(1)") == nil)
    }

    @Test func nonASCIIHandlesArePercentEncoded() {
        #expect(
            ProfileLink(platform: .youtube, handle: "ゆいちゃんねる")?.url
                == "https://www.youtube.com/@%E3%82%86%E3%81%84%E3%81%A1%E3%82%83%E3%82%93%E3%81%AD%E3%82%8B")
    }

    @Test func sheetNamesAreSafeUniqueAndShort() {
        var names = SheetNames(reserved: ["Summary", "Needs a check", "Quarantine", "Chart data"])
        #expect(names.claim("glowlab-spf") == "glowlab-spf")
        #expect(names.claim("GLOWLAB-SPF") == "GLOWLAB-SPF (2)")
        #expect(names.claim("summary") == "summary (2)")
        #expect(names.claim("history") == "history (2)")
        #expect(names.claim("a[b]:c*d?e/f\\g") == "a_b__c_d_e_f_g")
        #expect(names.claim("'quoted'") == "quoted")
        #expect(names.claim("") == "brief")
        #expect(names.claim("\u{7}bell") == "bell")
        let long = String(repeating: "x", count: 40)
        #expect(names.claim(long) == String(repeating: "x", count: 31))
        #expect(names.claim(long) == String(repeating: "x", count: 27) + " (2)")
        #expect(names.claim(long) == String(repeating: "x", count: 27) + " (3)")
        // 31 UTF-16 units, never a split character: 16 emoji are 32 units.
        #expect(names.claim(String(repeating: "🌸", count: 16)) == String(repeating: "🌸", count: 15))
        #expect(names.claim(String(repeating: "日", count: 40)) == String(repeating: "日", count: 31))
    }

    @Test func wrappedRowsGrowWithTheirText() {
        #expect(XlsxSheet.wrappedLines("short", width: 70) == 1)
        #expect(XlsxSheet.wrappedLines(String(repeating: "a", count: 160), width: 70) == 3)
        #expect(XlsxSheet.wrappedLines(String(repeating: "日", count: 60), width: 70) == 2)
        #expect(XlsxSheet.wrappedLines("one\ntwo", width: 70) == 2)
    }
}
