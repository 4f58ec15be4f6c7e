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
        // The caption credit patterns, on the credits their comments name.
        #expect(CreditPatterns.parenthesized.matches("Beijing. (AP Photo/Ng Han Guan)"))
        #expect(CreditPatterns.parenthesized.matches("The harbour [Getty Images]"))
        #expect(CreditPatterns.scriptParenthesized.matches("首相官邸で（共同）"))
        #expect(CreditPatterns.scriptParenthesized.matches("Le port (AFP)"))
        #expect(CreditPatterns.bracketedName.matches("Rearrange the moss. (Lucy Akins)"))
        #expect(CreditPatterns.bracketedCode.matches("In her storage room. (WKVX)"))
        #expect(CreditPatterns.koreanBracketed.matches("서울 시내 [연합뉴스 자료사진]"))
        #expect(CreditPatterns.scriptLabelled.matches("新华社 摄影：张三"))
        #expect(CreditPatterns.scriptLabelled.matches("حريق تصوير: محمود فتحي"))
        #expect(CreditPatterns.shotBy.matches("白鷺市本町２丁目、佐藤健撮影"))
        #expect(CreditPatterns.agencySlashName.matches("La plaza (México). EFE/Mariana Olvera"))
        #expect(CreditPatterns.gluedCredit.matches("The square in 2023.CreditCreditJeon Heo"))
        #expect(CreditPatterns.galleryCounter.matches("1/5 Am Freitagabend"))
        #expect(!CreditPatterns.parenthesized.matches("No bracket at all"))
    }
}
