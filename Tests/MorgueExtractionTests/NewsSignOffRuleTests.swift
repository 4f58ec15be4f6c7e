import Testing
import MorgueModel
@testable import MorgueExtraction

/// The Japanese bracket dateline, the closing signature with a contact, and the longer closing opinion disclaimer.
@Suite struct NewsSignOffRuleTests {
    @Test func aJapaneseBracketDatelineNamesThePlaceAndTheWire() throws {
        let story = "世界の氷河を監視する国際機関は10日、アルプス山脈の氷河の体積が過去10年間で約1割減少したとする報告書を発表した。"
        let wire = try #require(DatelineParsing.parse(firstParagraph: "【ジュネーブ共同】" + story))
        #expect(wire.text == "【ジュネーブ共同】")
        #expect(wire.location == "ジュネーブ")
        #expect(wire.agency == "共同")
        #expect(DatelineParsing.parse(firstParagraph: "【ワシントン時事】" + story)?.agency == "時事")
        // The paper's own correspondent: the place only.
        let staff = try #require(DatelineParsing.parse(firstParagraph: "【北京＝山田太郎】" + story))
        #expect(staff.location == "北京")
        #expect(staff.agency == nil)
        // A rubric in brackets is no dateline.
        #expect(DatelineParsing.parse(firstParagraph: "【速報】" + story) == nil)
        #expect(DatelineParsing.parse(firstParagraph: "【独自】" + story) == nil)

        let html = """
        <html><head><title>アルプスの氷河、体積1割減</title></head><body><article><h1>アルプスの氷河、体積1割減</h1>
        <p>【ジュネーブ共同】\(story)</p><p>\(story)</p><p>\(story)</p></article></body></html>
        """
        let article = try Extractor().extract(PageInput(bytes: Array(html.utf8)))
        #expect(article.dateline?.location == "ジュネーブ")
        #expect(article.dateline?.agency == "共同")
    }
}
