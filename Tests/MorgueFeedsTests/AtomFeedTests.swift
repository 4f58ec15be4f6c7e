import Testing
@testable import MorgueFeeds

private func parse(_ xml: String, url: String = "https://news.example.com/feeds/atom.xml") throws -> Feed {
    try Feed.parse(Array(xml.utf8), url: url)
}

@Suite struct AtomFeedTests {
    let atom = """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom" xml:base="/archive/">
          <title type="html">Example &amp;amp; Sons &lt;b&gt;News&lt;/b&gt;</title>
          <author><name>Desk Editor</name></author>
          <entry>
            <title>First story</title>
            <link rel="self" href="https://news.example.com/api/1.xml"/>
            <link rel="alternate" type="application/pdf" href="first.pdf"/>
            <link rel="alternate" type="text/html" href="2024/first.html"/>
            <published>2024-03-05T14:30:00.250+01:00</published>
            <updated>2024-03-06T08:00:00Z</updated>
            <author><name>Ana Lima</name><email>ana@example.com</email></author>
            <author><name> Tom  Berg </name></author>
          </entry>
          <entry xml:base="https://other.example.org/section/">
            <title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">Second <em>story</em></div></title>
            <link href="second.html"/>
            <updated>2024-03-05</updated>
          </entry>
          <entry>
            <title>Only a self link</title>
            <link rel="self" href="https://news.example.com/api/3.xml"/>
          </entry>
        </feed>
        """

    @Test func alternateLinksResolvedAgainstXMLBaseAndFeedURL() throws {
        let feed = try parse(atom)
        #expect(feed.format == .atom)
        #expect(feed.items.map(\.link) == [
            "https://news.example.com/archive/2024/first.html",
            "https://other.example.org/section/second.html",
        ])
        #expect(feed.itemsWithoutLink == 1)
    }

    @Test func textConstructsBecomePlainText() throws {
        let feed = try parse(atom)
        #expect(feed.title == "Example & Sons News")
        #expect(feed.items.map(\.title) == ["First story", "Second story"])
    }

    @Test func publishedWinsOverUpdated() throws {
        let feed = try parse(atom)
        #expect(feed.items[0].published == "2024-03-05T14:30:00+01:00")
        #expect(feed.items[1].published == "2024-03-05")
    }

    @Test func entryAuthorsElseTheFeedsAuthors() throws {
        let feed = try parse(atom)
        #expect(feed.items[0].authors == ["Ana Lima", "Tom Berg"])
        #expect(feed.items[1].authors == ["Desk Editor"])
    }

    @Test func sourceAuthorsComeBeforeFeedAuthors() throws {
        let feed = try parse("""
            <feed xmlns="http://www.w3.org/2005/Atom"><author><name>Feed</name></author>
              <entry><link href="https://a.example/x"/><source><author><name>Original</name></author></source></entry>
            </feed>
            """)
        #expect(feed.items.first?.authors == ["Original"])
    }

    @Test func atom03IsRead() throws {
        let feed = try parse("""
            <feed version="0.3" xmlns="http://purl.org/atom/ns#">
              <entry><title>Old</title><link rel="alternate" type="text/html" href="https://a.example/old"/>
                <issued>2004-01-02T03:04:05Z</issued></entry>
            </feed>
            """)
        #expect(feed.items == [FeedItem(link: "https://a.example/old", title: "Old", published: "2004-01-02T03:04:05Z")])
    }

    @Test func aFeedElementOutsideTheAtomNamespaceIsNotAFeed() {
        #expect(throws: FeedError.notAFeed(url: "https://news.example.com/feeds/atom.xml", root: "feed")) {
            try parse("<feed><entry><link href=\"https://a.example/x\"/></entry></feed>")
        }
    }
}
