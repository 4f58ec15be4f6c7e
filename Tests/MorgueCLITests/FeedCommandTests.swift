import MorgueTestSupport
import Foundation
import Testing

/// `morgue feed`, run as a program against a loopback server.
@Suite struct FeedCommandTests {
    private func server() throws -> LoopbackServer {
        try LoopbackServer { request, _ in
            switch request.path {
            case "/feeds/news.xml":
                let xml = """
                    <?xml version="1.0"?><rss version="2.0"><channel><title>Loopback news</title>
                    <item><title>One</title><link>../stories/one.html</link></item>
                    <item><title>Gone</title><link>/stories/missing.html</link></item>
                    <item><title>Two</title><link>/stories/two.html</link></item>
                    </channel></rss>
                    """
                return .response(status: 200, headers: [("Content-Type", "application/rss+xml")], body: Array(xml.utf8))
            case "/feeds/good.xml":
                let xml = """
                    <feed xmlns="http://www.w3.org/2005/Atom"><title>Good</title>
                    <entry><link href="/stories/one.html"/></entry><entry><link href="/stories/two.html"/></entry></feed>
                    """
                return .response(status: 200, headers: [("Content-Type", "application/atom+xml")], body: Array(xml.utf8))
            case "/stories/missing.html":
                return .html("no such story", status: 404)
            case let story where story.hasPrefix("/stories/"):
                return FetchingCLI.story(story)
            default:
                return FetchingCLI.story("home")
            }
        }
    }

    @Test func aFeedWithAFailingItemArchivesTheRestAndExitsOne() async throws {
        let server = try server()
        defer { server.stop() }
        let db = try FetchingCLI.temporaryArchive()
        let result = try await FetchingCLI.run(["feed", server.url("/feeds/news.xml"), "--db", db, "--delay", "0"])
        #expect(result.status == 1)
        #expect(result.stdout.contains("\(server.url("/stories/one.html")): archived #"))
        #expect(result.stdout.contains("\(server.url("/stories/two.html")): archived #"))
        #expect(result.stderr.contains("\(server.url("/stories/missing.html")): the server answered HTTP 404"))
        #expect(result.stderr.contains("Loopback news (RSS, 3 items); archived 2, already archived 0, skipped 0, failed 1 (HTTP 404: 1)"))
    }

    @Test func runningAFeedAgainArchivesNothingNewAndSucceeds() async throws {
        let server = try server()
        defer { server.stop() }
        let db = try FetchingCLI.temporaryArchive()
        let first = try await FetchingCLI.run(["feed", server.url("/feeds/good.xml"), "--db", db, "--delay", "0"])
        let second = try await FetchingCLI.run(["feed", server.url("/feeds/good.xml"), "--db", db, "--delay", "0"])
        #expect(first.status == 0)
        #expect(second.status == 0)
        #expect(second.stderr.contains("archived 0, already archived 2"))
        #expect(server.hits("/stories/one.html") == 1)
        #expect(server.hits("/stories/two.html") == 1)
    }

    @Test func aPageThatIsNotAFeedFailsWithOneLine() async throws {
        let server = try server()
        defer { server.stop() }
        let result = try await FetchingCLI.run(["feed", server.url("/home"), "--db", try FetchingCLI.temporaryArchive()])
        #expect(result.status == 1)
        #expect(result.stderr == "\(server.url("/home")): not an RSS or Atom feed (text/html; charset=utf-8, and the body does not look like RSS or Atom)\n")
    }

    @Test func aFeedURLIsRequired() async throws {
        let result = try await FetchingCLI.run(["feed", "--db", try FetchingCLI.temporaryArchive()])
        #expect(result.status == 2)
    }
}
