import MorgueTestSupport
import Foundation
import Testing
@testable import MorgueFetch

private let rss = Array("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>t</title></channel></rss>".utf8)
private let feedOptions = FetchOptions(accepts: .feed)

/// Fetching feeds: the feed types are accepted, mislabeled feeds are found
/// by their body, and HTML page fetches stay strict.
@Suite struct FeedFetchTests {
    @Test(arguments: [
        "application/rss+xml", "application/atom+xml; charset=utf-8", "application/rdf+xml", "text/xml",
        "application/xml", "application/x-rss+xml",
    ])
    func feedTypesAreAccepted(contentType: String) async throws {
        let server = try LoopbackServer { _, _ in .response(status: 200, headers: [("Content-Type", contentType)], body: rss) }
        defer { server.stop() }
        let page = try await Fetcher(options: feedOptions).fetch(server.url("/feed"))
        #expect(page.body == rss)
        #expect(page.contentType == contentType)
    }

    @Test func aFeedFetchAsksForFeeds() async throws {
        let server = try LoopbackServer { _, _ in .response(status: 200, headers: [("Content-Type", "application/rss+xml")], body: rss) }
        defer { server.stop() }
        _ = try await Fetcher(options: feedOptions).fetch(server.url("/feed"))
        let accept = try #require(server.requests.first?.headers["accept"])
        #expect(accept.hasPrefix("application/rss+xml,application/atom+xml"))
    }

    @Test(arguments: ["text/html; charset=utf-8", "text/plain", "application/octet-stream", nil] as [String?])
    func aFeedServedWithAGenericTypeIsAccepted(contentType: String?) async throws {
        let headers = contentType.map { [("Content-Type", $0)] } ?? []
        let server = try LoopbackServer { _, _ in .response(status: 200, headers: headers, body: rss) }
        defer { server.stop() }
        let page = try await Fetcher(options: feedOptions).fetch(server.url("/feed"))
        #expect(page.body == rss)
    }

    @Test func anHTMLPageIsNotAFeed() async throws {
        let server = try LoopbackServer { _, _ in .html("<!doctype html><html><body><p>Home</p></body></html>") }
        defer { server.stop() }
        let url = server.url("/")
        let error = await fetchError(Fetcher(options: feedOptions), url)
        #expect(error == .notAFeed(url: url, contentType: "text/html; charset=utf-8, and the body does not look like RSS or Atom"))
        #expect(error?.description.contains("not an RSS or Atom feed") == true)
    }

    @Test(arguments: ["image/png", "application/pdf", "application/json"])
    func otherTypesAreRefusedForFeeds(contentType: String) async throws {
        let server = try LoopbackServer { _, _ in .response(status: 200, headers: [("Content-Type", contentType)], body: rss) }
        defer { server.stop() }
        let url = server.url("/feed")
        let error = await fetchError(Fetcher(options: feedOptions), url)
        #expect(error == .notAFeed(url: url, contentType: contentType))
    }

    @Test func pageFetchesStillRefuseFeeds() async throws {
        let server = try LoopbackServer { _, _ in .response(status: 200, headers: [("Content-Type", "application/rss+xml")], body: rss) }
        defer { server.stop() }
        let url = server.url("/feed")
        let error = await fetchError(Fetcher(), url)
        #expect(error == .notHTML(url: url, contentType: "application/rss+xml"))
        #expect(server.requests.first?.headers["accept"]?.hasPrefix("text/html") == true)
    }
}

@Suite struct FeedContentTypeTests {
    @Test func typesAreSortedIntoAcceptRefuseAndLook() {
        #expect(FeedContentType.classify("application/rss+xml") == .accept)
        #expect(FeedContentType.classify("application/vnd.custom+xml") == .accept)
        #expect(FeedContentType.classify("TEXT/HTML") == .sniff)
        #expect(FeedContentType.classify(nil) == .sniff)
        #expect(FeedContentType.classify("video/mp4") == .refuse)
    }
}
