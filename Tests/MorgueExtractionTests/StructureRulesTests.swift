import MorgueDOM
import MorgueModel
import Testing
@testable import MorgueExtraction

/// Structure rules: a data table's caption, a methodology note, a video's transcript, test ids, key
/// points, teaser cards, link cards and messaging-app promos.
@Suite struct StructureRulesTests {
    private func extract(_ html: String) throws -> Article {
        try Extractor().extract(PageInput(bytes: Array(html.utf8)))
    }

    static let prose = "The council voted on Tuesday to raise ferry fares for the third time in two years, citing fuel costs."


    @Test func aDataTablesCaptionIsPrintedBeforeItsRows() throws {
        let html = """
        <html><body><article><h1>Ambulances slower</h1><p>\(Self.prose)</p><p>\(Self.prose)</p>
        <table class="ts-data-table__table"><caption class="ts-data-table__caption">Median response time by district</caption>
        <tr><th>District</th><th>2019</th></tr><tr><td>Harmon Point</td><td>9:40</td></tr></table>
        <p>\(Self.prose)</p></article></body></html>
        """
        let text = try #require(try extract(html).text)
        let caption = try #require(text.range(of: "Median response time by district"))
        let rows = try #require(text.range(of: "Harmon Point | 9:40"))
        #expect(caption.upperBound < rows.lowerBound)
    }

    @Test func aMethodologyNoteInsideTheStoryIsKept() throws {
        let note = "The Star obtained records of every 911 call that resulted in an ambulance being dispatched from 2019 "
            + "through 2025 through a public records request. Reporters excluded transfers between hospitals and "
            + "calls with no recorded arrival time, about 3% of the total."
        let html = """
        <html><body><article><h1>Ambulances slower</h1><p>\(Self.prose)</p><p>\(Self.prose)</p><p>\(Self.prose)</p>
        <aside class="ts-methodology"><h3>How we did this</h3><p>\(note)</p></aside></article>
        <aside class="rail"><h3>Most read</h3><ul><li><a href="/a">A story</a></li></ul></aside></body></html>
        """
        let text = try #require(try extract(html).text)
        #expect(text.contains("How we did this"))
        #expect(text.contains(note))
        #expect(!text.contains("Most read"))
    }

    @Test func aVideoBoxWithoutAPlayerIsASubhead() throws {
        let body = try TestPages.body("""
        <div id="s"><p>\(DropPageChromeTestsStory.text)</p></div>
        <div id="transcript" class="b-video-transcript__header"><h2>Transcript</h2></div>
        <div class="b-video-transcript__body"><p>NOOR HADDAD: At low tide you can see the top of the seawall.</p></div>
        <div id="player" class="video-box"><h3>Watch</h3><video src="/v.mp4"></video></div><p>More.</p>
        """)
        let measures = body.measureSubtree()
        let transcript = try #require(TestPages.element(id: "transcript", in: body))
        let player = try #require(TestPages.element(id: "player", in: body))
        #expect(!DropPageChrome.isVideoBox(transcript, measures: measures))
        #expect(DropPageChrome.isVideoBox(player, measures: measures))
        // Its class's "header" does not drop it either.
        #expect(DropPageChrome.furnitureRule(transcript, pageCharacters: measures[body.key]?.characters ?? 1,
                                             measures: measures) == nil)
    }

    @Test func aTestIDNamesTheLeadAndKeyPointsAfterTheHeadlineAreTheStandfirst() throws {
        let body = try TestPages.body("""
        <article><h1>Driverless minibuses on trial</h1><div data-qa="ContentSummary-Container" class="css-1rx7ucd">\
        <ul class="css-1lfl6e8"><li><p>Two autonomous minibuses will carry paying passengers from April, officials say</p></li>\
        <li><p>A safety officer will stay on board for the first six months of the trial</p></li></ul></div>
        <div id="story"><p>\(Self.prose)</p></div></article>
        """)
        let story = try #require(TestPages.element(id: "story", in: body))
        let roots = AddLead.run([story], body: body, measures: body.measureSubtree())
        #expect(roots.count == 2)
        let standfirst = try #require(AddLead.standfirst(in: body, headline: "Driverless minibuses on trial"))
        #expect(standfirst.isElement("ul"))
    }

    @Test func aTeaserArticleInsideTheStoryGoesWithItsLabel() throws {
        let html = """
        <html><body><article><h1>Ley de alquileres</h1><p>\(Self.prose)</p><p>\(Self.prose)</p>
        <section class="b-more"><h3>Más información</h3><article class="c"><h2><a href="/economia/otra-historia.html">Los \
        contratos de temporada ya suponen uno de cada tres alquileres</a></h2><div><a href="/autor/x">Lucía Herrero</a> | \
        Madrid</div></article></section><p>\(Self.prose)</p></article></body></html>
        """
        let text = try #require(try extract(html).text)
        #expect(!text.contains("Más información"))
        #expect(!text.contains("Lucía Herrero"))
        #expect(text.contains("Ley de alquileres") || text.contains(Self.prose))
    }

    @Test func aLinkHoldingAPictureAndABlockOfTextIsACard() throws {
        let body = try TestPages.body("""
        <a id="card" href="/nieuws/2507731-waterschappen"><div><img src="/t.jpg" alt=""><div><span>Binnenland</span>\
        <p>Waterschappen: helft van de dijken niet op tijd op orde</p></div></div></a>
        <a id="lightbox" href="/big.jpg"><div><img src="/t.jpg" alt=""><p>The pier at dawn</p></div></a>
        """)
        let measures = body.measureSubtree()
        #expect(DropPageChrome.isLinkCard(try #require(TestPages.element(id: "card", in: body)), measures: measures))
        #expect(!DropPageChrome.isLinkCard(try #require(TestPages.element(id: "lightbox", in: body)), measures: measures))
    }

    @Test func aMessagingAppPromoBoxIsDropped() throws {
        let html = """
        <html><body><article><h1>Quake</h1><div class="sdc-article-body"><p>\(Self.prose)</p><p>\(Self.prose)</p>
        <div class="sdc-article-widget sdc-article-whatsapp"><div><p class="h">Follow Planet News on WhatsApp</p>\
        <p>Keep up with all the latest news by following Planet News</p><a href="https://wa.example/channel">Tap here</a></div></div>
        <p>\(Self.prose)</p></div></article></body></html>
        """
        let text = try #require(try extract(html).text)
        #expect(!text.contains("Keep up with all the latest news"))
        #expect(text.contains(Self.prose))
    }
}

private enum DropPageChromeTestsStory {
    static let text = String(repeating: "The council voted on the budget after a long debate, and the mayor spoke. ", count: 4)
}
