import Testing
import MorgueDOM

@Suite("Feed sniffing")
struct FeedSniffingTests {
    @Test(arguments: [
        "<rss version=\"2.0\">", "\u{FEFF}<?xml version=\"1.0\"?>\n<rss>", "<feed xmlns=\"http://www.w3.org/2005/Atom\">",
        "<?xml version=\"1.0\"?><!-- a <comment> --><?xml-stylesheet href=\"s.xsl\"?><!DOCTYPE rss><rss>",
        "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">", "  \n<atom:feed>",
    ])
    func feedBodiesSniffAsFeeds(start: String) {
        #expect(FeedSniffing.rootIsFeed(Array(start.utf8)))
    }

    @Test(arguments: [
        "<!doctype html><html>", "<html><rss>", "{\"rss\": 1}", "rss", "<?xml version=\"1.0\"?><urlset>", "<!-- never closed <rss>", "",
        "<rssfeed>",
    ])
    func otherBodiesDoNot(start: String) {
        #expect(!FeedSniffing.rootIsFeed(Array(start.utf8)))
    }
}
