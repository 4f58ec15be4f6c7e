import Testing
import MorgueModel
@testable import MorgueExtraction

/// The dateline rules found by blind Asian probes.
@Suite struct AsiaDatelineRulesTests {
    @Test func aHindiDatelineClosesWithADanda() throws {
        let story = " सर्दियों की छुट्टियों में रेलवे ने 48 विशेष ट्रेनें चलाने का फैसला किया है।"
        let agency = try #require(DatelineParsing.parse(firstParagraph: "नई दिल्ली, एजेंसी।" + story))
        #expect(agency.text == "नई दिल्ली, एजेंसी।")
        #expect(agency.location == "नई दिल्ली")
        #expect(agency.agency == "एजेंसी")
        let bracket = try #require(DatelineParsing.parse(firstParagraph: "मुंबई (भाषा)।" + story))
        #expect(bracket.location == "मुंबई")
        #expect(bracket.agency == "भाषा")
        // The paper's own correspondent is no agency.
        let own = try #require(DatelineParsing.parse(firstParagraph: "पटना, संवाददाता।" + story))
        #expect(own.location == "पटना")
        #expect(own.agency == nil)
        // A sentence that opens with a place and a comma is no dateline.
        #expect(DatelineParsing.parse(firstParagraph: "नई दिल्ली, में आज बारिश हुई।" + story) == nil)
    }

    @Test func aTaiwaneseWireBracketPartsTheReporterFromThePlace() throws {
        let story = "東北季風今天起逐漸增強，中央氣象署表示，明天清晨北部低溫可能下探攝氏11度。"
        let dateline = try #require(DatelineParsing.parse(firstParagraph: "（中央社記者林怡君台北29日電）" + story))
        #expect(dateline.text == "（中央社記者林怡君台北29日電）")
        #expect(dateline.location == "台北")
        #expect(dateline.agency == "中央社")
        #expect(dateline.date == "29日")
        // The structured author tells a two-character name from a longer place.
        let named = try #require(DatelineParsing.parse(firstParagraph: "（中央社記者林君華盛頓28日電）" + story, authors: ["林君"]))
        #expect(named.location == "華盛頓")
        #expect(DatelineParsing.organization(forAgency: "中央社") == "Central News Agency")
    }

    @Test func theStoryBylineTellsTheReporterFromThePlaceInAWholePage() throws {
        let story = "美國國會今天通過新的預算案，白宮表示總統將在本週內簽署，預算案涵蓋國防與基礎建設等多項支出。"
        let html = """
            <html><head><title>美國會通過預算案</title><script type="application/ld+json">
            {"@type":"NewsArticle","headline":"美國會通過預算案","author":{"@type":"Person","name":"林君"}}</script>
            </head><body><article><h1>美國會通過預算案</h1>
            <p>（中央社記者林君華盛頓28日電）\(story)</p><p>\(story)</p><p>\(story)</p></article></body></html>
            """
        let article = try Extractor().extract(PageInput(bytes: Array(html.utf8)))
        #expect(article.dateline?.location == "華盛頓")
        #expect(article.dateline?.agency == "中央社")
    }
}
