import Testing
@testable import MorgueExtraction

@Suite struct TextPatternTests {
    @Test func aPrefilterRejectsTextTheExpressionCouldNeverMatch() {
        let pattern = TextPattern("(?:byline|author)", requiring: ["byline", "author"])
        #expect(pattern.matches("post-Byline meta"))
        #expect(pattern.matches("AUTHOR-box"))
        #expect(!pattern.matches("headline"))
        let dated = TextPattern("(\\d{4})-(\\d{2})-(\\d{2})", digits: 8)
        #expect(dated.firstMatch(in: "on 2021-03-04")?[1] == "2021")
        #expect(dated.firstMatch(in: "on 21-3-4") == nil)
    }

    @Test func theVocabularyPrefiltersAdmitWhatTheirPatternsMatch() {
        // Each pattern with a prefilter, on text it must match.
        #expect(DateHints.dateLabel.matches("Pubblicato il"))
        #expect(DateHints.dateLabel.matches("Veröffentlicht am"))
        #expect(DateHints.modifiedLabel.matches("Letzte Änderung:"))
        #expect(DateHints.publishedClass.matches("entry-date published"))
        #expect(BylineHints.bylineClass.matches("c-byline__item"))
        #expect(BylineHints.label.matches("Geschrieben von"))
        #expect(HeadlineHints.kickerClass.matches("article-pretitle"))
        #expect(CreditPatterns.captionClass.matches("bildunterschrift"))
        #expect(DateNormalization.firstDate(inText: "Posted March 3, 2021")?.iso == "2021-03-03")
        #expect(DateNormalization.firstDate(inText: "Stand: 28.01.22") != nil)
    }
}
