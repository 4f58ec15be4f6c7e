import MorgueTestSupport
import Foundation
import MorgueFeeds
import MorgueFetch
import MorgueStore
import Testing
@testable import MorgueArchiving

/// Archiving the items of feeds served on a loopback server.
@Suite struct FeedArchivingTests {
    /// Serves `feed` at /feeds/news.xml (and at /old-feed, redirecting
    /// there), story pages under /stories/, and a 404 for /stories/missing.html.
    private func newsServer(feed: @escaping @Sendable () -> LoopbackReply) throws -> LoopbackServer {
        try LoopbackServer { request, _ in
            switch request.path {
            case "/feeds/news.xml": return feed()
            case "/old-feed": return .redirect(to: "/feeds/news.xml", status: 301)
            case "/stories/missing.html": return .html("no such story", status: 404)
            case let path where path.hasPrefix("/stories/"):
                return StoryPages.reply(title: nil, slug: path)
            default: return .html("not here", status: 404)
            }
        }
    }

    private let relativeRSS: @Sendable () -> LoopbackReply = {
        let xml = """
            <?xml version="1.0"?>
            <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Loopback news</title>
              <item><title>Story A</title><link>../stories/a.html</link>
                <pubDate>Tue, 05 Mar 2024 14:30:00 GMT</pubDate><dc:creator>Ana Lima</dc:creator></item>
              <item><title>Story B</title><link>/stories/b.html</link></item>
              <item><title>Story C</title><guid>https://elsewhere.invalid/c</guid><link>c.html</link></item>
            </channel></rss>
            """
        return .response(status: 200, headers: [("Content-Type", "application/rss+xml; charset=utf-8")], body: Array(xml.utf8))
    }

    @Test func anRSSFeedWithRelativeLinksIsArchived() async throws {
        let server = try newsServer(feed: relativeRSS)
        defer { server.stop() }
        let archive = try Archive.temporary()
        let run = try await makeBatch(archive).archiveFeed(server.url("/feeds/news.xml"))
        #expect(run.feed.format == .rss)
        #expect(run.feed.items.map(\.link) == [
            server.url("/stories/a.html"), server.url("/stories/b.html"), server.url("/feeds/c.html"),
        ])
        #expect(run.report.archived == 2)
        #expect(run.report.failed.map(\.source) == [server.url("/feeds/c.html")])
        #expect(server.hits("/stories/a.html") == 1)
        #expect(server.hits("/stories/b.html") == 1)
    }

    @Test func itemHintsFillWhatThePageLacks() async throws {
        let server = try newsServer(feed: relativeRSS)
        defer { server.stop() }
        let archive = try Archive.temporary()
        _ = try await makeBatch(archive).archiveFeed(server.url("/feeds/news.xml"))
        let summary = try #require(try archive.articles(url: server.url("/stories/a.html")).first)
        let article = try #require(try archive.article(id: summary.id)).article
        #expect(article.title == "Story A")
        #expect(article.published == "2024-03-05T14:30:00Z")
        #expect(article.authors == ["Ana Lima"])
    }

    @Test func anAtomFeedWithXMLBaseIsArchived() async throws {
        let server = try newsServer {
            let xml = """
                <feed xmlns="http://www.w3.org/2005/Atom" xml:base="/stories/"><title>Atom news</title>
                  <entry><title>One</title><link href="one.html"/><updated>2024-03-05T10:00:00Z</updated></entry>
                  <entry xml:base="/stories/2024/"><title>Two</title><link rel="alternate" href="two.html"/></entry>
                  <entry><title>Three</title><link rel="self" href="/api/three"/><link href="../stories/three.html"/></entry>
                </feed>
                """
            return .response(status: 200, headers: [("Content-Type", "application/atom+xml")], body: Array(xml.utf8))
        }
        defer { server.stop() }
        let run = try await makeBatch(try Archive.temporary()).archiveFeed(server.url("/feeds/news.xml"))
        #expect(run.feed.format == .atom)
        #expect(run.report.archived == 3)
        #expect(!run.report.hasFailures)
        for path in ["/stories/one.html", "/stories/2024/two.html", "/stories/three.html"] {
            #expect(server.hits(path) == 1, "\(path)")
        }
    }

    @Test func anRDFFeedIsArchived() async throws {
        let server = try newsServer {
            let xml = """
                <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/">
                  <channel rdf:about="/"><title>RDF news</title></channel>
                  <item rdf:about="/stories/r1.html"><title>R1</title></item>
                  <item rdf:about="x"><title>R2</title><link>/stories/r2.html</link></item>
                </rdf:RDF>
                """
            return .response(status: 200, headers: [("Content-Type", "application/rdf+xml")], body: Array(xml.utf8))
        }
        defer { server.stop() }
        let run = try await makeBatch(try Archive.temporary()).archiveFeed(server.url("/feeds/news.xml"))
        #expect(run.report.archived == 2)
        #expect(server.hits("/stories/r1.html") == 1)
        #expect(server.hits("/stories/r2.html") == 1)
    }

    @Test func aFailingItemNeverStopsTheFeed() async throws {
        let server = try newsServer {
            StoryPages.rss([("/stories/1.html", "One"), ("/stories/missing.html", "Gone"), ("/stories/3.html", "Three")])
        }
        defer { server.stop() }
        var outcomes: [URLBatch.Outcome] = []
        let run = try await makeBatch(try Archive.temporary()).archiveFeed(server.url("/feeds/news.xml")) { outcomes.append($0) }
        #expect(run.report.archived == 2)
        #expect(run.report.failed.map(\.source) == [server.url("/stories/missing.html")])
        #expect(run.report.failed.first?.reason == "HTTP 404")
        #expect(run.report.summaryLine.contains("failed 1 (HTTP 404: 1)"))
        #expect(outcomes.count == 3)
    }

    @Test func runningAFeedAgainArchivesNothingNew() async throws {
        let server = try newsServer { StoryPages.rss([("/stories/1.html", "One"), ("/stories/2.html", "Two")]) }
        defer { server.stop() }
        let archive = try Archive.temporary()
        let batch = makeBatch(archive)
        let first = try await batch.archiveFeed(server.url("/feeds/news.xml"))
        let captures = try archive.captureCount
        let second = try await batch.archiveFeed(server.url("/feeds/news.xml"))
        #expect(first.report.archived == 2)
        #expect(second.report.archived == 0)
        #expect(second.report.alreadyArchived == 2)
        #expect(try archive.captureCount == captures)
        // Known items are not even fetched again.
        #expect(server.hits("/stories/1.html") == 1)
        #expect(server.hits("/stories/2.html") == 1)
        #expect(server.hits("/feeds/news.xml") == 2)
    }

    @Test func linksResolveAgainstWhereTheFeedEndedUp() async throws {
        let server = try newsServer { StoryPages.rss([("../stories/moved.html", "Moved")]) }
        defer { server.stop() }
        let run = try await makeBatch(try Archive.temporary()).archiveFeed(server.url("/old-feed"))
        #expect(run.feed.items.map(\.link) == [server.url("/stories/moved.html")])
        #expect(run.report.archived == 1)
    }

    @Test func itemsWaitThePoliteDelayAfterTheFeedItself() async throws {
        let server = try newsServer { StoryPages.rss([("/stories/1.html", "One")]) }
        defer { server.stop() }
        let batch = makeBatch(try Archive.temporary(), delay: .milliseconds(500))
        let started = ContinuousClock.now
        _ = try await batch.archiveFeed(server.url("/feeds/news.xml"))
        let arrivals = server.arrivalTimes(host: "127.0.0.1")
        #expect(arrivals.count == 2)
        // The item's fetch cannot start before a delay has passed since the feed's began.
        if arrivals.count == 2 { #expect(arrivals[1] >= started + .milliseconds(500)) }
    }

    @Test func aPageThatIsNotAFeedIsAClearError() async throws {
        let server = try LoopbackServer { request, _ in
            switch request.path {
            case "/home": return StoryPages.reply(title: "Home", slug: "home")
            case "/broken.xml": return .response(status: 200, headers: [("Content-Type", "text/xml")], body: Array("{\"not\": \"xml\"}".utf8))
            case "/sitemap.xml":
                return .response(status: 200, headers: [("Content-Type", "application/xml")], body: Array("<urlset><url/></urlset>".utf8))
            default: return .html("gone", status: 404)
            }
        }
        defer { server.stop() }
        let batch = makeBatch(try Archive.temporary())
        func error(_ path: String) async -> ArchivingError? {
            do {
                _ = try await batch.archiveFeed(server.url(path))
                return nil
            } catch {
                return error
            }
        }
        guard case .fetch(.notAFeed)? = await error("/home") else { Issue.record("an HTML page was read as a feed"); return }
        guard case .feed(.malformed)? = await error("/broken.xml") else { Issue.record("broken XML was read as a feed"); return }
        #expect(await error("/sitemap.xml") == .feed(.notAFeed(url: server.url("/sitemap.xml"), root: "urlset")))
        #expect(await error("/gone") == .fetch(.httpStatus(url: server.url("/gone"), code: 404)))
        #expect(await error("/broken.xml")?.description.contains("not a readable feed") == true)
    }
}
