import MorgueDOM
import MorgueModel
import Testing
@testable import MorgueExtraction

@Suite struct CollectBlocksTests {
    private func blocks(_ html: String, skipID: String? = nil) throws -> [Block] {
        let body = try TestPages.body(html)
        let skip = skipID.flatMap { TestPages.element(id: $0, in: body) }.map { Set([$0]) } ?? []
        return CollectBlocks(resolver: URLResolver(base: "https://example.com/news/story"), skip: skip).run([body])
    }

    @Test func notesTheParagraphsSetFlushRight() throws {
        let body = try TestPages.body("""
        <p>The council voted.</p><p style="text-align: right;"><strong>Hoài Thu</strong></p>
        <div align="right">Minh Khang</div><p style="text-align:center">Centred</p>
        """)
        let collected = CollectBlocks(resolver: URLResolver(base: "https://example.com/news/story"), skip: []).collect([body])
        #expect(collected.blocks.count == 4)
        #expect(collected.rightAligned == [[.strong([.text("Hoài Thu")])], [.text("Minh Khang")]])
    }

    @Test func keepsTheStructureOfTheStory() throws {
        let result = try blocks("""
        <p>The council <em>voted</em> on <a href="/budget">the budget</a>.</p>
        <h3>What comes next</h3>
        <ul><li>A new bridge</li><li>Two libraries</li></ul>
        <blockquote><p>“We will rebuild,” the mayor said.</p></blockquote>
        """)
        #expect(result == [
            .paragraph([.text("The council "), .emphasis([.text("voted")]), .text(" on "),
                        .link(url: "https://example.com/budget", [.text("the budget")]), .text(".")]),
            .heading(level: 3, [.text("What comes next")]),
            .list(ordered: false, items: [[.text("A new bridge")], [.text("Two libraries")]]),
            .quote([.paragraph([.text("“We will rebuild,” the mayor said.")])]),
        ])
    }

    @Test func aFiguresTextOutsideItsCaptionIsAGraphicsLabellingButItsQuoteAndTableAreStory() throws {
        let result = try blocks("""
        <p>The island lost half its land.</p>
        <figure class="graphic"><div class="ai2html"><p>Highway 668</p></div><div class="year-label">1994</div>
        <figcaption>Land lost since 1994.</figcaption></figure>
        <figure class="wp-block-pullquote"><blockquote><p>We will rebuild.</p></blockquote></figure>
        <figure class="wp-block-table"><div class="label">Fares</div><table><tr><td>Skerrin</td><td>£4.80</td></tr></table></figure>
        """)
        #expect(result == [
            .paragraph([.text("The island lost half its land.")]),
            .quote([.paragraph([.text("We will rebuild.")])]),
            .table(rows: [["Skerrin", "£4.80"]], hasHeader: false),
        ])
    }

    @Test func aCodeListingWithLineNumbersInATableIsPreformattedCode() throws {
        let result = try blocks("""
        <div class="highlight"><table class="lntable"><tr><td class="lntd"><pre class="chroma"><code><span>1
        </span><span>2
        </span></code></pre></td><td class="lntd"><pre class="chroma"><code>build --remote_cache=http://cache:8080
        build --remote_timeout=60s</code></pre></td></tr></table></div>
        <table><tr><td><pre>12</pre></td><td><pre>Twelve apostles</pre></td></tr>
        <tr><td>13</td><td>Thirteen</td></tr></table>
        """)
        #expect(result.first == .preformatted("build --remote_cache=http://cache:8080\nbuild --remote_timeout=60s"))
        // A table of more than one row is data, whatever its cells hold.
        #expect(result.count == 2)
        if case .table = result.last {} else { Issue.record("a table of two rows should stay a table") }
    }

    @Test func leavesOutTheNodesItIsToldToSkip() throws {
        let result = try blocks(#"<p id="byline">By Jane Doe</p><p>The council met.</p>"#, skipID: "byline")
        #expect(result.map { BodyRendering.plainText([$0]) } == ["The council met."])
    }

    @Test func joinsADropCapSetBeforeItsParagraph() throws {
        let result = try blocks(#"<div><span class="cap">T</span><p><a href="/t">urkey</a>, Poland and Saba were removed.</p></div>"#)
        #expect(result.map { BodyRendering.plainText([$0]) } == ["Turkey, Poland and Saba were removed."])
        // A short line before a paragraph that opens with a capital stays a line of its own.
        let apart = try blocks("<div><span>A</span><p>Big day for the council.</p></div>")
        #expect(apart.map { BodyRendering.plainText([$0]) } == ["A", "Big day for the council."])
    }

    @Test func leavesOutFootnoteMarkersButNotBracketedReferences() throws {
        let result = try blocks("""
            <p>Ahead of the meeting.<a class="footnote-anchor" href="#footnote-1">1</a> It rained.<sup><a href="#fn2">2</a></sup></p>
            <p>See the review [<a href="#note4">4</a>] and the list<sup>[<a href="#cite-5">5</a>]</sup>.</p>
            """)
        #expect(result.map { BodyRendering.plainText([$0]) } == [
            "Ahead of the meeting. It rained.", "See the review [4] and the list[5].",
        ])
    }

    @Test func leavesOutAFootnotesBackLinkButNotABracketedOne() throws {
        let result = try blocks("""
            <ol class="wp-block-footnotes"><li id="fn1">Never returned to the trade. <a href="#fn1-link"
            aria-label="Jump to footnote reference 1">↩︎</a></li></ol>
            <p>Quelle: www.zitate.net [<a href="#ref1">↩</a>]</p>
            """)
        #expect(result.map { BodyRendering.plainText([$0]) } == ["Never returned to the trade.", "Quelle: www.zitate.net [↩]"])
    }

    @Test func leavesOutTheLinkToATweetsPicture() throws {
        let result = try blocks("""
            <blockquote class="twitter-tweet"><p>Works are suspended. <a href="https://t.co/Qx81">pic.twitter.com/Qx81</a></p></blockquote>
            """)
        #expect(BodyRendering.plainText(result) == "Works are suspended.")
    }
}
