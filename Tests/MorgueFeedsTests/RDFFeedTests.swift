import Testing
@testable import MorgueFeeds

@Suite struct RDFFeedTests {
    let rdf = """
        <?xml version="1.0"?>
        <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
                 xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
          <channel rdf:about="https://news.example.com/">
            <title>Example Wire</title>
            <items><rdf:Seq><rdf:li rdf:resource="https://news.example.com/a"/></rdf:Seq></items>
          </channel>
          <item rdf:about="https://news.example.com/a">
            <title>With a link</title>
            <link>/stories/a.html</link>
            <dc:date>2024-03-05T14:30+00:00</dc:date>
            <dc:creator>Ana Lima</dc:creator>
          </item>
          <item rdf:about="stories/b.html">
            <title>Only rdf:about</title>
            <dc:date>not a date</dc:date>
          </item>
        </rdf:RDF>
        """

    @Test func itemsFromLinkOrAbout() throws {
        let feed = try Feed.parse(Array(rdf.utf8), url: "https://news.example.com/rss/index.rdf")
        #expect(feed.format == .rdf)
        #expect(feed.title == "Example Wire")
        #expect(feed.items == [
            FeedItem(link: "https://news.example.com/stories/a.html", title: "With a link",
                     published: "2024-03-05T14:30:00Z", authors: ["Ana Lima"]),
            FeedItem(link: "https://news.example.com/rss/stories/b.html", title: "Only rdf:about"),
        ])
    }

    @Test func rss090IsRead() throws {
        let feed = try Feed.parse(Array("""
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://my.netscape.com/rdf/simple/0.9/">
              <channel><title>Old wire</title></channel>
              <item><title>Old</title><link>https://a.example/old</link></item>
            </rdf:RDF>
            """.utf8), url: "https://a.example/feed")
        #expect(feed.items.map(\.link) == ["https://a.example/old"])
        #expect(feed.title == "Old wire")
    }
}
