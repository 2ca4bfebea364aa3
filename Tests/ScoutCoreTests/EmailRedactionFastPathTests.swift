import Testing

@testable import ScoutCore

/// The byte path for ASCII text (issue 17) redacts exactly what the scalar path redacts.
struct EmailRedactionFastPathTests {
    @Test func asciiBytesRedactAsScalarsDo() {
        var generator = SystemRandomNumberGenerator()
        let alphabet = Array("ab.Z9_%+-@@@ .-x,|;\"'#:/")
        var texts = [
            "write to a.b@example.com now", "@handle", "a@b.c", "a@b.co", ".a@b.co.", "x@y-.z-.com-", "@@a@b.cd@e.fg",
            "name.@host.io", "first.last+tag@mail.example.org, other@x.de", "a@b..cd", "a@-b.cd", "a@b.c1", "a@b.cd-",
            "instagram,@creator,1000,bio,me@site.com",
        ]
        for _ in 0..<5000 {
            texts.append(String((0..<Int.random(in: 1...24, using: &generator)).map { _ in alphabet.randomElement()! }))
        }
        var redacted = 0
        for text in texts {
            let fast = EmailRedaction.redact(text)
            #expect(fast == EmailRedaction.redactScalars(text), "\(text)")
            if fast != text { redacted += 1 }
        }
        #expect(redacted > 10)
        #expect(EmailRedaction.redact("café me@x.com") == EmailRedaction.redactScalars("café me@x.com"))
    }

    /// Two addresses run together (`a@b.cd@e.fg`): the second `@` looked back into the first address, and slicing
    /// from the end of the first replacement to the start of that overlapping "address" trapped (the night died).
    @Test func addressesRunTogetherDoNotCrash() {
        for (text, address) in [
            ("a@b.cd@e.fg", "a@b.cd"), ("x me@host.com@other.org y", "me@host.com"), ("café a@b.cd@e.fg", "a@b.cd"),
        ] {
            let redacted = EmailRedaction.redact(text)
            #expect(!redacted.contains(address))
            #expect(redacted.contains("[email \(EmailKey.hash(address))]"))
            #expect(redacted == EmailRedaction.redactScalars(text))
        }
    }
}
