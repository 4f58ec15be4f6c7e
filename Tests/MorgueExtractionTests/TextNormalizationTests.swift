import Testing
@testable import MorgueExtraction

@Suite struct TextNormalizationTests {
    @Test func collapsesEveryKindOfSpaceAndDropsInvisibleCharacters() {
        #expect(TextNormalization.collapse("  a\u{00A0}\u{00A0}b\tc\n\nd\u{3000}e\u{2009}f  ") == "a b c d e f")
        #expect(TextNormalization.collapse("soft\u{00AD}hyphen zero\u{200B}width \u{FEFF}bom") == "softhyphen zerowidth bom")
        #expect(TextNormalization.collapse("日本語のテキスト") == "日本語のテキスト")
        #expect(TextNormalization.collapse("emoji 👍🏽 and ZWJ 👩‍💻 stay") == "emoji 👍🏽 and ZWJ 👩‍💻 stay")
    }

    @Test func keepsOneSpaceAtEachEdgeForJoiningInlineRuns() {
        #expect(TextNormalization.collapseKeepingEdges("  word \n ") == " word ")
        #expect(TextNormalization.collapseKeepingEdges("plain") == "plain")
        #expect(TextNormalization.collapseKeepingEdges("\u{00A0}") == " ")
        // ASCII controls other than white space are kept; zero-width characters dropped; other spaces collapse.
        #expect(TextNormalization.collapseKeepingEdges("a\u{01}\u{7F} \t b\u{200B}c\u{A0}") == "a\u{01}\u{7F} bc ")
        #expect(TextNormalization.collapseKeepingEdges("\u{0B}Grüße\u{2003}\u{2003}aus\r\nKöln\u{0C}") == " Grüße aus Köln ")
        #expect(TextNormalization.collapseKeepingEdges("") == "")
        // Quotes and dashes share their first byte with special spaces, and stay as they are.
        #expect(TextNormalization.collapseKeepingEdges("“Quoted” — l’été …") == "“Quoted” — l’été …")
        #expect(TextNormalization.collapseKeepingEdges("a’\u{2009}\u{2009}b x\u{2060}y \u{00A0}z") == "a’ b xy z")
    }

    @Test func typographicApostrophesBecomePlainOnesAndNothingElseChanges() {
        #expect(TextNormalization.plainApostrophes("Editors’ picks – l’été") == "Editors' picks – l'été")
        #expect(TextNormalization.plainApostrophes("no apostrophe “here”") == "no apostrophe “here”")
        #expect(TextNormalization.plainApostrophes("") == "")
    }
}
