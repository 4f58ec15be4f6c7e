import Foundation
import MorgueDOM
import Testing
@testable import MorgueExtraction

/// The last-resort sections: Twitter's card pairs, and a label printed just before the headline.
@Suite struct HeadlineLabelSectionTests {
    private func section(_ html: String) throws -> String? {
        ReadMetadata.run(document: try HTMLDocument(html: html), pageURL: "https://news.example/story").section
    }

    @Test func twitterCardPairsNameASection() throws {
        #expect(try section("""
            <html><head><meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="Ilse Varga">
            <meta name="twitter:label2" content="Filed under"><meta name="twitter:data2" content="Culture, Media">
            </head><body><h1>Station</h1></body></html>
            """) == "Culture")
        #expect(try section("""
            <html><head><meta name="twitter:label2" content="Est. reading time"><meta name="twitter:data2" content="6 minutes">
            </head><body><h1>Station</h1></body></html>
            """) == nil)
    }

    @Test func aLabelBeforeTheHeadlineNamesTheSection() throws {
        #expect(try section("""
            <html><body><header><a class="gh-article-tag" href="https://q.example/tag/culture/">Culture</a>
            <h1>After 38 years on the air</h1></header><p>Text</p></body></html>
            """) == "Culture")
        #expect(try section("""
            <html><body><div class="print-kicker">Local News</div><h1>School levy heads to ballot</h1></body></html>
            """) == "Local News")
        #expect(try section("""
            <html><body><div><a href="/category/politics/">Politics</a></div><h1>Council votes</h1></body></html>
            """) == "Politics")
        // An unclassed link elsewhere, a date, a plain paragraph: no section.
        #expect(try section("""
            <html><body><a href="/about/">About us</a><h1>Council votes</h1></body></html>
            """) == nil)
        #expect(try section("""
            <html><body><div class="kicker">March 4, 2024</div><h1>Council votes</h1></body></html>
            """) == nil)
        #expect(try section("""
            <html><body><p>Local News</p><h1>Council votes</h1></body></html>
            """) == nil)
    }
}
