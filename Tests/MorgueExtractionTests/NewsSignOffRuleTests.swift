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

    @Test func aClosingLineOfTheAuthorsWithRoleAndEmailIsASignOff() throws {
        let korean = Byline(text: "김민준 기자", authors: ["김민준"], organization: nil)
        let story = "한편 한국전력은 폭염 기간 취약계층 가구의 전기요금 부담을 덜기 위해 지원 대상을 확대한다고 밝혔다."
        #expect(BodyByline.signatureIndex(in: [story, "김민준 기자 mjkim@hanbitilbo.co.kr"], of: korean) == 1)
        #expect(BodyByline.signatureIndex(in: [story, "김민준기자 mjkim@hanbitilbo.co.kr"], of: korean) == 1)
        let pair = Byline(text: "By Jane Doe and John Roe", authors: ["Jane Doe", "John Roe"], organization: nil)
        let prose = "The council will vote on the budget next week."
        #expect(BodyByline.signatureIndex(in: [prose, "Jane Doe, jdoe@paper.com"], of: pair) == 1)
        #expect(BodyByline.signatureIndex(in: [prose, "Jane Doe and John Roe, Staff Writers"], of: pair) == 1)
        // Someone else's address, a sentence, or the name with more words is story.
        #expect(BodyByline.signatureIndex(in: [prose, "Mary Major, mmajor@city.gov"], of: pair) == nil)
        #expect(BodyByline.signatureIndex(in: [prose, "Write to Jane Doe at jdoe@paper.com with tips."], of: pair) == nil)
        #expect(BodyByline.signatureIndex(in: [prose, "Jane Doe, city hall reporter, jdoe@paper.com"], of: pair) == nil)

        let paragraph = String(repeating: "서울 중구의 한 건물 외벽에 에어컨 실외기가 빼곡히 설치돼 있고 전력 수요는 사상 최고치를 기록했다. ", count: 3)
        let html = """
        <html><head><title>폭염에 전력수요 사상 최고치</title>
        <script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Person","name":"김민준 기자"}}</script>
        </head><body><article><h1>폭염에 전력수요 사상 최고치</h1><div class="article-body">
        <p>\(paragraph)</p><p>\(paragraph)</p><p>김민준 기자 mjkim@hanbitilbo.co.kr</p></div></article></body></html>
        """
        let article = try Extractor().extract(PageInput(bytes: Array(html.utf8)))
        #expect(article.authors == ["김민준"])
        #expect(article.text?.contains("mjkim") == false)
        #expect(article.text?.contains("최고치를 기록했다") == true)
    }

    @Test func aLongerOpinionDisclaimerClosingTheStoryIsDropped() {
        let prose = "The library board will vote on the new branch hours next month, and the director said the "
            + "district would hire two more librarians before the summer reading program begins in June."
        let disclaimer = "The views expressed in this column are those of the author and do not necessarily reflect "
            + "the views of the Valley Dispatch. To submit a guest column, email opinion@valleydispatch.com. Columns "
            + "should be 600 to 750 words and include the writer’s name, town and a brief biography."
        #expect(BoilerplatePhrases.isClosingOpinionDisclaimer(disclaimer))
        var log = RemovalLog(enabled: false)
        let kept = DropBoilerplateBlocks.run([.paragraph([.text(prose)]), .paragraph([.text(prose)]),
                                              .paragraph([.text(disclaimer)])], headline: nil, log: &log)
        #expect(kept.map { BodyRendering.plainText([$0]) } == [prose, prose])
        // Inside the story, or a paragraph whose disclaiming words come after its first sentence, it stays.
        let inside = DropBoilerplateBlocks.run([.paragraph([.text(disclaimer)]), .paragraph([.text(prose)]),
                                                .paragraph([.text(prose)]), .paragraph([.text(prose)])],
                                               headline: nil, log: &log)
        #expect(inside.count == 4)
        let reported = "The mayor defended the new budget at Tuesday's meeting of the council. She said the remarks "
            + "of the finance director do not necessarily reflect the views of the city, which would hire more "
            + "teachers, repair the old bridge and open two libraries before the end of the year, as promised."
        #expect(!BoilerplatePhrases.isClosingOpinionDisclaimer(reported))
    }
}
