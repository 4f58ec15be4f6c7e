import Testing
@testable import MorgueDOM

@Suite
struct LegacyCharacterReferencesTests {
    @Test func referencesIntoTheControlRangeReadAsWindows1252() throws {
        let document = try HTMLDocument(html: "<p>It wasn&#146;t &#147;over&#148; &#150; &#x80;5 &#X99;</p>")
        let paragraph = try #require(document.body?.firstChild)
        #expect(paragraph.textContent == "It wasn\u{2019}t \u{201C}over\u{201D} \u{2013} \u{20AC}5 \u{2122}")
    }

    @Test func otherReferencesAndPagesWithoutThemStayAsWritten() throws {
        #expect(LegacyCharacterReferences.rewritten(Array("<p>&#8217; &#1460; &amp; &#x9d; R&#38;D</p>".utf8)) == nil)
        // Without its semicolon, as browsers also accept it.
        let rewritten = try #require(LegacyCharacterReferences.rewritten(Array("a&#146b".utf8)))
        #expect(String(decoding: rewritten, as: UTF8.self) == "a&#8217;b")
    }
}
