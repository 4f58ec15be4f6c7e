import Testing
import MorgueDOM
@testable import MorgueExtraction

@Suite struct AddLeadTests {
    private func roots(_ html: String, story id: String = "story") throws -> [String] {
        let body = try TestPages.body(html)
        let story = try #require(TestPages.element(id: id, in: body))
        let result = AddLead.run([story], body: body, measures: body.measureSubtree())
        return result.map { TestPages.text($0) }
    }

    static let lead = "The council agreed on the budget late on Tuesday after months of talks."

    @Test func addsTheLeadFromTheArticlesHeader() throws {
        let found = try roots("""
            <article><header><h1>Budget passes</h1><div class="article__intro"><p>\(Self.lead)</p></div></header>
            <div class="body" id="story"><p>Story text.</p></div></article>
            """)
        #expect(found == [Self.lead, "Story text."])
    }

    @Test func addsAnItempropDescriptionBeforeTheStory() throws {
        let found = try roots("""
            <main><div itemprop="description">\(Self.lead)</div><div><div id="story"><p>Story.</p></div></div></main>
            """)
        #expect(found.first == Self.lead)
    }

    @Test func aSubtitleUnderTheHeadlineIsTheLeadButAProfilesIsNot() throws {
        let subtitle = try roots("""
            <article><div class="post-header"><h1>Seawall over budget</h1><h3 class="subtitle">\(Self.lead)</h3></div>
            <div class="body markup" id="story"><p>Story.</p></div></article>
            """)
        #expect(subtitle == [Self.lead, "Story."])
        let profile = try roots("""
            <article><div class="mini-profile"><h4 class="mini-profile__subtitle">\(Self.lead)</h4></div>
            <div id="story"><p>Story.</p></div></article>
            """)
        #expect(profile == ["Story."])
        let subhead = try roots("""
            <article><header class="asset-header"><h1 class="headline">Flood alerts</h1><h2 class="subhead">\(Self.lead)</h2>
            </header><div id="story"><p>Story.</p> <h2 class="subhead">Who is affected</h2> <p>More.</p></div></article>
            """)
        #expect(subhead == [Self.lead, "Story. Who is affected More."])
    }

    @Test func ignoresALeadAfterTheStory() throws {
        let found = try roots("""
            <article><div id="story"><p>Story.</p></div><p class="lead">\(Self.lead)</p></article>
            """)
        #expect(found == ["Story."])
    }

    @Test func ignoresShortOrLinkHeavyLeadsAndCaptions() throws {
        let found = try roots("""
            <article><p class="lead">Short.</p><p class="summary"><a href="/a">\(Self.lead)</a></p>
            <figure><figcaption class="intro">\(Self.lead)</figcaption></figure>
            <div id="story"><p>Story.</p></div></article>
            """)
        #expect(found == ["Story."])
    }

    @Test func ignoresALeadNamedWordOnAnotherArticle() throws {
        // Without an article element, only a near ancestor of the story is searched.
        let found = try roots("""
            <div><div class="teaser-text">\(Self.lead)</div></div>
            <div><div><div><div id="story"><p>Story.</p></div></div></div></div>
            """)
        #expect(found == ["Story."])
    }

    @Test func findsTheDekThatRepeatsThePageDescription() throws {
        let body = try TestPages.body("""
            <header class="site"><p>\(Self.lead)</p><h1>Budget passes</h1><p class="x">\(Self.lead)</p></header>
            <div id="story"><p>Story text.</p></div>
            """)
        let dek = try #require(AddLead.dek(in: body, description: Self.lead))
        #expect(dek.attribute("class") == "x")
        let story = try #require(TestPages.element(id: "story", in: body))
        let found = AddLead.run([story], body: body, measures: body.measureSubtree(), dek: dek)
        #expect(found.map { TestPages.text($0) } == [Self.lead, "Story text."])
        // A description cut short with an ellipsis matches the lead it starts.
        #expect(AddLead.dek(in: body, description: String(Self.lead.prefix(50)) + "…") != nil)
        // A dek that differs from the description is left alone.
        #expect(AddLead.dek(in: body, description: "Another summary of the budget, written for search engines only.") == nil)
    }

    @Test func theParagraphRightAfterTheHeadlineIsTheStandfirst() throws {
        let body = try TestPages.body("""
            <header class="hero"><p class="kicker">The Vanishing Coast</p><h1>Where the Water Wins</h1>
            <p class="dek">\(Self.lead)</p><p class="byline">By Celeste Navarre</p></header>
            <article><div id="story"><p>Story.</p></div></article>
            """)
        let standfirst = try #require(AddLead.standfirst(in: body, headline: "Where the Water Wins"))
        #expect(TestPages.text(standfirst) == Self.lead)
        let story = try #require(TestPages.element(id: "story", in: body))
        let found = AddLead.run([story], body: body, measures: body.measureSubtree(), standfirst: standfirst)
        #expect(found.map(TestPages.text) == [Self.lead, "Story."])
        // Another headline's, or a site's name, has none.
        #expect(AddLead.standfirst(in: body, headline: "Other headline") == nil)
        #expect(AddLead.standfirst(in: body, headline: "Where the Water Wins", siteName: "Where the water wins") == nil)
    }

    @Test func aBlogsTitleOverItsTaglineHasNoStandfirstAndALeadByClassComesFirst() throws {
        let blog = try TestPages.body("""
            <div id="head"><h1><a href="https://whisky.example/">whisky.example</a></h1>
            <p>One must always stay at least one whisky ahead of life, said a man in a film.</p></div>
            """)
        #expect(AddLead.standfirst(in: blog, headline: "whisky.example") == nil)
        let body = try TestPages.body("""
            <article><h1>Budget passes</h1><p>The other paragraph under the headline, long enough to be one.</p>
            <div class="article__intro"><p>\(Self.lead)</p></div><div id="story"><p>Story.</p></div></article>
            """)
        let standfirst = try #require(AddLead.standfirst(in: body, headline: "Budget passes"))
        let story = try #require(TestPages.element(id: "story", in: body))
        let found = AddLead.run([story], body: body, measures: body.measureSubtree(), standfirst: standfirst)
        #expect(found.map(TestPages.text) == [Self.lead, "Story."])
    }
}
