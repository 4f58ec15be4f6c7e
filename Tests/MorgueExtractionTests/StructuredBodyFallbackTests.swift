import Testing
import MorgueModel
@testable import MorgueExtraction

@Suite struct StructuredBodyFallbackTests {
    static let body = "First paragraph of the story, long enough to count as real prose for the archive.\n"
        + "Second paragraph, which the page only renders with scripts, so its markup holds nothing.\n"
        + "Third paragraph closes the story with a quote from the mayor about the budget."

    @Test func aTinyExtractionGivesWayToTheJSONLDArticleBody() throws {
        var log = RemovalLog(enabled: false)
        let blocks = StructuredBodyFallback.run([.paragraph([.text("Loading…")])], articleBody: Self.body, log: &log)
        #expect(blocks.count == 3)
        #expect(BodyRendering.plainText(blocks).hasPrefix("First paragraph of the story"))
    }

    @Test func aRealExtractionStands() {
        var log = RemovalLog(enabled: false)
        let story: [Block] = (1...4).map { .paragraph([.text("Paragraph \($0) of the story as the page shows it, with its own words.")]) }
        #expect(StructuredBodyFallback.run(story, articleBody: Self.body, log: &log) == story)
        #expect(StructuredBodyFallback.run([], articleBody: nil, log: &log) == [])
    }

    @Test func endToEndAScriptRenderedPageUsesItsArticleBody() throws {
        let html = """
            <html><head><script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
            "headline":"Budget passes","articleBody":"\(Self.body.replacingOccurrences(of: "\n", with: "\\n"))"}</script>
            </head><body><div id="app">Loading…</div></body></html>
            """
        let article = try Extractor().extract(PageInput(bytes: Array(html.utf8)))
        #expect(article.text?.hasPrefix("First paragraph of the story") == true)
        #expect(article.text?.contains("Loading") == false)
    }
}
