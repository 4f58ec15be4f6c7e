import Testing
import MorgueDOM
@testable import MorgueExtraction

@Suite struct FindMainContentTests {
    static func prose(_ n: Int) -> String {
        (0..<n).map { "<p>Paragraph \($0): the council voted on the budget, and the mayor, who spoke last, said the city would hire teachers.</p>" }
            .joined()
    }

    private func roots(_ html: String) throws -> [String] {
        let body = try TestPages.body(html)
        let measures = body.measureSubtree()
        let scores = ScoreCandidates.run(body, measures: measures)
        return FindMainContent.run(body, scores: scores, measures: measures).roots.map { $0.attribute("id") ?? $0.name }
    }

    @Test func siblingsShareTheirFirstClassWhateverTheirSpacing() throws {
        let body = try TestPages.body("""
            <div id="a" class="  story-part x"></div><div id="b" class="Story-part"></div><div id="c"></div><div id="d" class="é x"></div>
            """)
        let node = { (id: String) in try #require(TestPages.element(id: id, in: body)) }
        #expect(FindMainContent.sharesFirstClass(try node("a"), "story-part y"))
        #expect(!FindMainContent.sharesFirstClass(try node("b"), "story-part"))
        #expect(!FindMainContent.sharesFirstClass(try node("c"), "story-part"))
        #expect(!FindMainContent.sharesFirstClass(try node("a"), "   "))
        #expect(FindMainContent.sharesFirstClass(try node("d"), "e\u{301} y"), "canonically equal words")
        #expect(Array(FindMainContent.firstWord("  ab cd".utf8)) == Array("ab".utf8))
    }

    @Test func picksTheContainerOfTheProse() throws {
        let found = try roots("""
            <div id="menu"><ul><li><a href="/a">Home</a></li><li><a href="/b">World</a></li></ul></div>
            <div id="story">\(Self.prose(6))</div>
            <div id="links"><a href="/c">Other story one</a> <a href="/d">Other story two</a></div>
            """)
        #expect(found == ["story"])
    }

    @Test func aCorrectionNoteBesideTheStorysTextJoinsIt() throws {
        let found = try roots("""
            <article><div id="story">\(Self.prose(6))</div>
            <div id="note"><strong>Correction, March 12, 2025:</strong> An earlier version of this article misstated the
            number of automated cranes.</div><div id="topics"><a href="/t/a">Netherlands</a></div></article>
            """)
        #expect(found == ["story", "note"])
    }

    @Test func aLayoutTablesStoryCellIsTheContainerNotItsRow() throws {
        let story = (0..<6).map { "The council voted on the budget, and the mayor, who spoke last, said the city would "
            + "hire teachers number \($0).<br><br>" }.joined()
        let found = try roots("""
            <table><tr><td id="nav"><a href="/news">NEWS</a><br><a href="/sports">SPORTS</a><br>COMMUNITY</td>
            <td id="story" class="storytext"><font size="2">\(story)</font></td>
            <td id="rail"><b>Other Local News</b><br><a href="/a">County board delays vote</a></td></tr></table>
            """)
        #expect(found == ["story"])
    }

    @Test func divsOfBareTextScoreForTheirParentLikeParagraphs() throws {
        // Paragraphs written as <div>s of text, with short lines between them: the story is their parent.
        let text = "The council voted on the budget, and the mayor, who spoke last, said the city would hire teachers. "
            + "The vote was close. Teachers, parents and pupils filled the hall, and the debate ran late. "
        let found = try roots("""
            <article><h1>Budget</h1><div>\(text + text)</div><p>Links</p>
            <p><a href="/c">link</a></p><p><a href="/d">link</a></p><h2>Schools</h2><div>\(text)</div></article>
            """)
        #expect(found == ["article"])
    }

    @Test func takesAStorySplitIntoBlocksOfOneKindInSeparateWrappers() throws {
        let found = try roots("""
            <article><div class="top-matter"><h2>Budget</h2><div class="story-body story-body-1" id="part1">\(Self.prose(2))</div></div>
            <div class="ad-slot">Advertisement</div>
            <div class="main-matter"><div class="story-body story-body-2" id="part2">\(Self.prose(8))</div>
            <div class="comments" id="comments"><p>Great piece, thanks, really.</p></div></div></article>
            """)
        #expect(found == ["part1", "part2"])
    }

    @Test func takesKinWhoseSharedClassWordNamesTheStoryThoughTheFirstDoesNot() throws {
        // Layout columns ("container__column") split the story; the class word they share names it.
        let found = try roots("""
            <main><div class="container__row"><div class="container__column container__column--story" id="first">
            <figure>Photo</figure>\(Self.prose(2))</div>
            <div class="container__column container__column--aside" id="aside"><p>Most read: five other stories.</p></div></div>
            <div class="container__row"><div class="container__column container__column--story" id="rest">\(Self.prose(8))</div>
            <div class="container__column container__column--aside" id="aside2"><p>Newsletter: sign up.</p></div></div></main>
            """)
        #expect(found == ["first", "rest"])
    }

    @Test func takesASiblingOfTheSameKindWhoseParagraphsSitTooDeepToScoreIt() throws {
        let deep = "<section><div><div><div><div>\(Self.prose(3))</div></div></div></div></section>"
        let found = try roots("""
            <div id="post"><div class="acf-content first" id="a">\(deep)</div>
            <div class="acf-content" id="b">\(Self.prose(8))</div><div class="promo" id="c"><a href="/x">Subscribe</a></div></div>
            """)
        #expect(found == ["a", "b"])
    }

    @Test func takesAProseBlockInAnotherBranchOfTheStoryArea() throws {
        // A video page: the summary under the player and the transcript beside it, both under <main>.
        let found = try roots("""
            <main><div class="grid"><div class="info"><h1>Levee breach</h1><time>April 3</time>
            <div id="summary">\(Self.prose(5))</div></div>
            <section class="transcript"><h2 id="heading">Transcript</h2><div id="transcript">\(Self.prose(7))</div></section>
            </div></main><div id="other">\(Self.prose(3))</div>
            """)
        #expect(found == ["summary", "heading", "transcript"])
    }

    @Test func aBlockHoldingTheHeadlineOrLittleTextIsNoProseBlockOfTheArea() throws {
        let found = try roots("""
            <main><div class="column"><div class="hero" id="header"><h1>Content depth</h1>\(Self.prose(6))</div>
            <div><div class="post-ratings" id="ratings"><div>Please give your rating here</div></div></div></div>
            <div class="column"><div id="x">\(Self.prose(8))</div><div id="tools">Share</div></div></main>
            """)
        #expect(found == ["x"])
    }

    @Test func takesTheSubheadsStepsAndNotesBetweenAndAfterAStorysChapters() throws {
        // A scrollytelling story: chapters of a subhead, prose and scroll steps, then its notes. Between the
        // chapters, a box and a heading of their own stay out.
        let step = "<p>In 2009, the parish stopped repairing the last two miles of road, and the families at the south end "
            + "of the island moved north or left.</p>"
        let found = try roots("""
            <article><div class="prose" id="intro">\(Self.prose(6))</div>
            <section class="chapter"><h2 id="h1">I. The road</h2><div class="prose" id="c1">\(Self.prose(1))</div></section>
            <section class="chapter"><h2 id="h2">II. The map</h2><div class="prose" id="c2">\(Self.prose(1))</div>
            <div class="scrolly"><figure><div id="label">1994</div></figure>
            <div class="steps"><div class="step" data-step="0"><div>\(step)</div></div>
            <div class="step" data-step="1" id="short"><p>Today.</p></div><div class="step" data-step="2"></div></div></div></section>
            <div class="ad">Advertisement</div><aside id="box"><p>An information box that stands between the chapters, with
            sentences of its own about the island, its road and its people.</p></aside><h2 id="own">Foo</h2>
            <section class="chapter"><h2 id="h3">III. What is left</h2><div class="prose" id="c3">\(Self.prose(1))</div></section>
            <section class="footnotes" id="notes"><h2>Notes</h2><ol><li id="fn-1">A note. <a href="#r1">↩</a></li></ol></section>
            <ul id="links"><li><a href="/a">Another story</a></li></ul></article>
            """)
        #expect(found == ["intro", "h1", "c1", "h2", "c2", "div", "short", "h3", "c3", "notes"])
    }

    @Test func leavesStoriesInSeparateArticlesApart() throws {
        // An endless page: the next story's lead between its containers is not this story's.
        let found = try withTextBetween("""
            <main><article><div class="entry-text" id="a">\(Self.prose(6))</div></article>
            <article><p class="lead">The next story's lead, which is a sentence of its own about another town, and long enough to count as prose.</p>
            <div class="entry-text" id="b">\(Self.prose(6))</div></article></main>
            """, ids: ["a", "b"])
        #expect(found == ["a", "b"])
    }

    private func withTextBetween(_ html: String, ids: [String]) throws -> [String] {
        let body = try TestPages.body(html)
        let roots = try ids.map { try #require(TestPages.element(id: $0, in: body)) }
        return FindMainContent.withTextBetween(roots, measures: body.measureSubtree(), body: body)
            .map { $0.attribute("id") ?? $0.name }
    }

    @Test func notesAreABlockNamedSoOrAListLeadingBackToItsMarkers() throws {
        let body = try TestPages.body("""
            <div class="footnotes" id="a"></div><section id="endnotes" class="x"></section><div class="notes-and-more" id="c"></div>
            <ol id="d"><li>One. <a href="#r1">↩</a></li><li>Two. <a href="#r2">↩︎</a></li></ol>
            <ol id="e"><li>One. <a href="#r1">↩</a></li><li>Two.</li></ol>
            """)
        let node = { (id: String) in try #require(TestPages.element(id: id, in: body)) }
        #expect(FindMainContent.isNotes(try node("a")))
        #expect(FindMainContent.isNotes(try node("endnotes")))
        #expect(!FindMainContent.isNotes(try node("c")))
        #expect(FindMainContent.isNotes(try node("d")))
        #expect(!FindMainContent.isNotes(try node("e")))
    }
}
