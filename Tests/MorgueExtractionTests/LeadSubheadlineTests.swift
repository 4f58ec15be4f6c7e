import Testing
import MorgueDOM
@testable import MorgueExtraction

/// A story's subheadline under its headline, by class word, by the wrapper it stands in, and in
/// Korean or Japanese text, is its lead (`ClassHints.lead`, `AddLead.standfirst`, `AddLead.isLongEnough`).
@Suite struct LeadSubheadlineTests {
    static let lead = "Prosecutors say the money paid for casino trips, a lake cottage and a pickup truck"

    private func roots(_ html: String, standfirstUnder headline: String? = nil) throws -> [String] {
        let body = try TestPages.body(html)
        let standfirst = headline.flatMap { AddLead.standfirst(in: body, headline: $0) }
        let story = try #require(TestPages.element(id: "story", in: body))
        return AddLead.run([story], body: body, measures: body.measureSubtree(), standfirst: standfirst)
            .map(TestPages.text)
    }

    @Test func subheadlineAndSubheadingClassWordsNameTheLead() throws {
        for name in ["b-subheadline", "ArticlePage-subHeadline", "sub-headline", "subheading", "article__sub-heading",
                     "sub_headline"] {
            let found = try roots("""
                <article class="b-article-container"><h1 class="b-headline">Fiscal officer gets 4 years</h1>
                <div class="\(name)"><h2 class="c-heading">\(Self.lead)</h2></div>
                <div class="b-byline">By Marcus Hale</div>
                <article class="b-article-body" id="story"><p>Story.</p></article></article>
                """)
            #expect(found == [Self.lead, "Story."], "\(name)")
        }
        // A subheading inside the story stays one: only what stands above the story is read.
        let inside = try roots("""
            <article><h1>Fiscal officer gets 4 years</h1><div id="story"><p>Story.</p>
            <h2 class="subheading">\(Self.lead)</h2><p>More.</p></div></article>
            """)
        #expect(inside.count == 1)
    }

    @Test func theOneParagraphOfAWrapperAfterTheHeadlineIsTheStandfirst() throws {
        let html = """
            <div class="hero"><h1>Fiscal officer gets 4 years</h1><div class="x-7f3a"><p>\(Self.lead)</p></div>
            <div class="credit">By Marcus Hale</div></div>
            <article><div id="story"><p>Story.</p></div></article>
            """
        #expect(try roots(html, standfirstUnder: "Fiscal officer gets 4 years") == [Self.lead, "Story."])
        // A wrapper holding more than one block, or text of its own besides, is no standfirst.
        let two = html.replacingOccurrences(of: "\(Self.lead)</p>", with: "\(Self.lead)</p><p>Another line of the hero.</p>")
        #expect(try roots(two, standfirstUnder: "Fiscal officer gets 4 years") == ["Story."])
        let ownText = html.replacingOccurrences(of: "<p>\(Self.lead)</p>", with: "Photo: <p>\(Self.lead)</p>")
        #expect(try roots(ownText, standfirstUnder: "Fiscal officer gets 4 years") == ["Story."])
    }

    @Test func aStandfirstTheStoryRepeatsIsNotAddedTwice() throws {
        let found = try roots("""
            <div class="hero"><h1>Fiscal officer gets 4 years</h1><div class="hook"><div>\(Self.lead)</div></div></div>
            <article><div id="story"><p>\(Self.lead)</p><p>Story.</p></div></article>
            """, standfirstUnder: "Fiscal officer gets 4 years")
        #expect(found == ["\(Self.lead)Story."])
    }

    @Test func hangulAndHanCharactersCountTwiceTowardsALeadsLength() throws {
        let korean = "7일 오후 5시 최대전력 97.1GW…공급 예비율 8%대로 떨어져"
        let found = try roots("""
            <section><header class="article-header-wrap"><h3 class="heading">폭염에 전력수요 사상 최고치</h3>
            <h4 class="subheading">\(korean)</h4></header>
            <div><article id="story"><p>본문.</p></article></div></section>
            """)
        #expect(found == [korean, "본문."])
        // As many Latin characters are too few.
        let latin = String(repeating: "x", count: korean.filter { !$0.isWhitespace }.count)
        #expect(AddLead.weightedCharacters(latin) < AddLead.minCharacters)
        #expect(AddLead.weightedCharacters(korean) >= AddLead.minCharacters)
    }
}
