import Testing
@testable import MorgueDOM

@Suite("Text measures")
struct TextMeasureTests {
    @Test("characters, link characters, commas and words per element")
    func measures() throws {
        let document = try HTMLDocument(html: "<body><div><p>One, two, three.</p><p><a href=\"/x\">Link text</a> here</p></div></body>")
        let div = try #require(document.body?.firstDescendant(named: "div"))
        let table = div.measureSubtree()
        let total = try #require(table[div.key])
        #expect(total.characters == "One,two,three.".count + "Linktext".count + "here".count)
        #expect(total.linkCharacters == "Linktext".count)
        #expect(total.commas == 2)
        #expect(total.wordBreaks == 6)
        let second = div.elementChildren[1]
        #expect(table[second.key]?.linkDensity == Double(8) / Double(12))
    }

    @Test("CJK and Arabic commas count; no-break spaces separate words")
    func scripts() throws {
        let document = try HTMLDocument(html: "<body><p>北京，上海、广州 a\u{00A0}b ،</p></body>")
        let p = try #require(document.body?.firstDescendant(named: "p"))
        #expect(p.textMeasure.commas == 3)
        #expect(p.textMeasure.wordBreaks == 4)
    }

    @Test("a node inside a link measures as link text")
    func insideLink() throws {
        let document = try HTMLDocument(html: "<body><a href=\"/\"><span>all link</span></a></body>")
        let span = try #require(document.body?.firstDescendant(named: "span"))
        #expect(span.textMeasure.linkDensity == 1)
    }
}
