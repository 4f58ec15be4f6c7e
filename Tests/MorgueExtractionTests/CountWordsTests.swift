import Testing
@testable import MorgueExtraction

@Suite("CountWords")
struct CountWordsTests {
    @Test("words between white space, including no-break spaces")
    func latin() {
        #expect(CountWords.run("The Senate voted\u{00A0}late, on Tuesday.") == 6)
        #expect(CountWords.run("") == 0)
        #expect(CountWords.run("  \n\n ") == 0)
    }

    @Test("each CJK ideograph, kana or hangul syllable is a word")
    func cjk() {
        #expect(CountWords.run("国家统计局") == 5)
        #expect(CountWords.run("東京で会議") == 5)
        #expect(CountWords.run("서울 시청") == 4)
        #expect(CountWords.run("GDP 增长") == 3)
    }
}
