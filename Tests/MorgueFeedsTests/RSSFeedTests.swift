import Testing
@testable import MorgueFeeds

private func parse(_ xml: String, url: String = "https://news.example.com/feeds/world.xml") throws -> Feed {
    try Feed.parse(Array(xml.utf8), url: url)
}

@Suite struct RSSFeedTests {
    let rss = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">
          <channel>
            <title>Example Times: World</title>
            <link>https://news.example.com/world</link>
            <item>
              <title>  Flood waters
                 recede  </title>
              <link>/2024/03/05/floods.html</link>
              <pubDate>Tue, 05 Mar 2024 14:30:00 GMT</pubDate>
              <dc:creator>Ana Lima</dc:creator>
              <dc:creator>Tom Berg</dc:creator>
            </item>
            <item>
              <title><![CDATA[Markets <rally> & recover]]></title>
              <link>stories/markets.html</link>
              <pubDate>5 Mar 24 09:15 -0500</pubDate>
              <author>desk@example.com (Priya Nair)</author>
            </item>
            <item>
              <title>Guid only</title>
              <guid>https://news.example.com/2024/guid-story</guid>
            </item>
            <item>
              <title>Guid that is not a permalink</title>
              <guid isPermaLink="false">https://news.example.com/ignored</guid>
            </item>
            <item>
              <title>Nothing to follow</title>
              <guid>12345</guid>
            </item>
            <item>
              <title>Repeat of the first</title>
              <link>https://news.example.com/2024/03/05/floods.html</link>
            </item>
          </channel>
        </rss>
        """

    @Test func itemsKeepFeedOrderWithAbsoluteLinks() throws {
        let feed = try parse(rss)
        #expect(feed.format == .rss)
        #expect(feed.title == "Example Times: World")
        #expect(feed.items.map(\.link) == [
            "https://news.example.com/2024/03/05/floods.html",
            "https://news.example.com/feeds/stories/markets.html",
            "https://news.example.com/2024/guid-story",
        ])
        // Two items give no link; the repeated link is listed once.
        #expect(feed.itemsWithoutLink == 2)
    }

    @Test func titlesAreCollapsedPlainText() throws {
        let feed = try parse(rss)
        #expect(feed.items[0].title == "Flood waters recede")
        #expect(feed.items[1].title == "Markets <rally> & recover")
    }

    @Test func pubDatesBecomeISO8601() throws {
        let feed = try parse(rss)
        #expect(feed.items[0].published == "2024-03-05T14:30:00Z")
        #expect(feed.items[1].published == "2024-03-05T09:15:00-05:00")
        #expect(feed.items[2].published == nil)
    }

    @Test func authorsFromCreatorsOrTheAuthorAddress() throws {
        let feed = try parse(rss)
        #expect(feed.items[0].authors == ["Ana Lima", "Tom Berg"])
        #expect(feed.items[1].authors == ["Priya Nair"])
        #expect(feed.items[2].authors == [])
    }

    @Test func dcDateIsReadWhenThereIsNoPubDate() throws {
        let feed = try parse("""
            <rss xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>
              <item><link>https://a.example/x</link><dc:date>2024-03-05T10:00:00+01:00</dc:date></item>
            </channel></rss>
            """)
        #expect(feed.items.first?.published == "2024-03-05T10:00:00+01:00")
    }

    @Test func xmlBaseOnTheChannelAppliesToLinks() throws {
        let feed = try parse("""
            <rss><channel xml:base="https://cdn.example.net/desk/">
              <item><link>story.html</link></item>
            </channel></rss>
            """)
        #expect(feed.items.map(\.link) == ["https://cdn.example.net/desk/story.html"])
    }

    @Test func anAtomLinkInsideAnRSSItemIsUsed() throws {
        let feed = try parse("""
            <rss xmlns:atom="http://www.w3.org/2005/Atom"><channel>
              <item><atom:link rel="alternate" href="/via-atom.html"/></item>
            </channel></rss>
            """)
        #expect(feed.items.map(\.link) == ["https://news.example.com/via-atom.html"])
    }

    @Test func anEmptyChannelIsAFeedWithoutItems() throws {
        let feed = try parse("<rss version=\"2.0\"><channel><title>Quiet</title></channel></rss>")
        #expect(feed.items.isEmpty)
        #expect(feed.title == "Quiet")
    }
}
