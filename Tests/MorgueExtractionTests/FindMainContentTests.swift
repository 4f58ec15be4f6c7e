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
}
