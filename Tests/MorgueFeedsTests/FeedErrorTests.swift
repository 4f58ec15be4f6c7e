import Foundation
import Testing
@testable import MorgueFeeds

@Suite struct FeedErrorTests {
    let url = "https://news.example.com/feed"

    @Test func bytesThatAreNotXMLAreMalformed() {
        for text in ["", "Service unavailable, try later", "{\"items\": [1, 2]}"] {
            do {
                _ = try Feed.parse(Array(text.utf8), url: url)
                Issue.record("parsed \(text) as a feed")
            } catch {
                guard case .malformed(let errorURL, _) = error else {
                    Issue.record("expected malformed for \(text), got \(error)")
                    continue
                }
                #expect(errorURL == url)
                #expect(error.description.hasPrefix("\(url): not a readable feed ("))
            }
        }
    }

    @Test func anHTMLPageIsNotAFeed() {
        let html = "<!DOCTYPE html><html><head><title>Home</title></head><body><p>Hi</p></body></html>"
        #expect(throws: FeedError.notAFeed(url: url, root: "html")) {
            try Feed.parse(Array(html.utf8), url: url)
        }
        let error = FeedError.notAFeed(url: url, root: "html")
        #expect(error.description == "\(url): not an RSS or Atom feed (the document is <html>)")
    }

    @Test func otherXMLNamesItsRootAndNamespace() {
        let xml = "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><url/></urlset>"
        #expect(throws: FeedError.notAFeed(url: url, root: "urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"")) {
            try Feed.parse(Array(xml.utf8), url: url)
        }
    }

    @Test func aTruncatedFeedKeepsTheItemsBeforeTheCut() throws {
        let xml = """
            <rss><channel><item><link>https://a.example/1</link></item><item><link>https://a.example/2</link></item><item><li
            """
        let feed = try Feed.parse(Array(xml.utf8), url: url)
        #expect(feed.items.map(\.link) == ["https://a.example/1", "https://a.example/2"])
    }

    @Test func anExternalEntityInAFeedIsNotRead() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("morgue-feed-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let secret = folder.appendingPathComponent("secret").path
        try "MORGUE-FEED-SECRET".write(toFile: secret, atomically: true, encoding: .utf8)
        let xml = """
            <?xml version="1.0"?>
            <!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd"><!ENTITY mine SYSTEM "file://\(secret)">]>
            <rss><channel><title>&xxe;&mine;</title>
              <item><title>Story &xxe; &mine;</title><link>https://a.example/&mine;x</link></item>
            </channel></rss>
            """
        let feed = try Feed.parse(Array(xml.utf8), url: url)
        let everything = [feed.title ?? ""] + feed.items.flatMap { [$0.title ?? "", $0.link] }
        for text in everything {
            #expect(!text.contains("root:"))
            #expect(!text.contains("MORGUE-FEED-SECRET"))
        }
        #expect(feed.items.first?.title == "Story")
    }
}
