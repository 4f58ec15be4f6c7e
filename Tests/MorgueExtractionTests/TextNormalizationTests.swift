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
        #expect(TextNormalization.collapseKeepingEdges("") == "")
    }

    @Test func typographicApostrophesBecomePlainOnesAndNothingElseChanges() {
        #expect(TextNormalization.plainApostrophes("Editors’ picks – l’été") == "Editors' picks – l'été")
        #expect(TextNormalization.plainApostrophes("no apostrophe “here”") == "no apostrophe “here”")
        #expect(TextNormalization.plainApostrophes("") == "")
    }
}
