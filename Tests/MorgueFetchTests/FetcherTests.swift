import MorgueTestSupport
import Foundation
import Testing
@testable import MorgueFetch

/// Fetching pages that should arrive: headers, body, redirects, encodings.
@Suite struct FetcherTests {
    @Test func fetchesHTMLWithItsHeaders() async throws {
        let body = Array("<!doctype html><html><head><title>Caf\u{e9}</title></head><body><p>Nouvelles</p></body></html>".utf8)
        let server = try LoopbackServer { _, _ in
            .response(status: 200, headers: [
                ("Content-Type", "text/html; charset=utf-8"),
                ("ETag", "\"v42\""),
                ("Last-Modified", "Tue, 04 Mar 2025 10:00:00 GMT"),
            ], body: body)
        }
        defer { server.stop() }
        let before = Date()
        let page = try await Fetcher().fetch(server.url("/news/story.html"))
        #expect(page.requestedURL == server.url("/news/story.html"))
        #expect(page.finalURL == server.url("/news/story.html"))
        #expect(page.status == 200)
        #expect(page.contentType == "text/html; charset=utf-8")
        #expect(page.etag == "\"v42\"")
        #expect(page.lastModified == "Tue, 04 Mar 2025 10:00:00 GMT")
        #expect(page.body == body)
        #expect(page.fetchedAt >= before && page.fetchedAt <= Date())
    }

    @Test func sendsMorgueUserAgentByDefault() async throws {
        let server = try LoopbackServer { _, _ in .html("<html><body>ok</body></html>") }
        defer { server.stop() }
        _ = try await Fetcher().fetch(server.url("/"))
        let agent = server.requests.first?.headers["user-agent"]
        #expect(agent == "morgue/\(FetchOptions.defaultVersion) (+news archiver)")
    }

    @Test func userAgentCanBeOverridden() async throws {
        let server = try LoopbackServer { _, _ in .html("<html><body>ok</body></html>") }
        defer { server.stop() }
        _ = try await Fetcher(options: FetchOptions(userAgent: "research-bot/2")).fetch(server.url("/"))
        #expect(server.requests.first?.headers["user-agent"] == "research-bot/2")
    }

    @Test func followsARedirectChainToTheFinalURL() async throws {
        let server = try LoopbackServer { request, _ in
            switch request.path {
            case "/short": return .redirect(to: "/hop2", status: 301)
            case "/hop2": return .redirect(to: "http://127.0.0.1:\(request.headers["host"]!.split(separator: ":")[1])/hop3")
            case "/hop3": return .redirect(to: "story?id=7", status: 307)
            case "/story?id=7": return .html("<html><body>the story</body></html>")
            default: return .html("missing", status: 404)
            }
        }
        defer { server.stop() }
        let page = try await Fetcher().fetch(server.url("/short"))
        #expect(page.requestedURL == server.url("/short"))
        #expect(page.finalURL == server.url("/story?id=7"))
        #expect(page.body == Array("<html><body>the story</body></html>".utf8))
        #expect(server.requests.map(\.path) == ["/short", "/hop2", "/hop3", "/story?id=7"])
    }

    @Test func resolvesRelativeRedirectsAgainstTheCurrentURL() async throws {
        let server = try LoopbackServer { request, _ in
            switch request.path {
            case "/news/2025/start": return .redirect(to: "moved")
            case "/news/2025/moved": return .redirect(to: "../archive/story.html#top")
            case "/news/archive/story.html": return .html("<html><body>filed</body></html>")
            default: return .html("missing", status: 404)
            }
        }
        defer { server.stop() }
        let page = try await Fetcher().fetch(server.url("/news/2025/start"))
        #expect(server.requests.map(\.path) == ["/news/2025/start", "/news/2025/moved", "/news/archive/story.html"])
        #expect(page.finalURL.hasPrefix(server.url("/news/archive/story.html")))
    }

    @Test func followsExactlyTheRedirectLimit() async throws {
        let server = try LoopbackServer { request, _ in
            let step = Int(request.path.dropFirst(2)) ?? 0
            return step < 10 ? .redirect(to: "/r\(step + 1)") : .html("<html><body>arrived</body></html>")
        }
        defer { server.stop() }
        let page = try await Fetcher().fetch(server.url("/r0"))
        #expect(page.finalURL == server.url("/r10"))
    }

    @Test func decodesGzipContentEncoding() async throws {
        let html = Array("<!doctype html><html><body>\(String(repeating: "<p>compressed story</p>", count: 500))</body></html>".utf8)
        let compressed = try Gzip.compress(html)
        let server = try LoopbackServer { _, _ in
            .response(status: 200, headers: [("Content-Type", "text/html"), ("Content-Encoding", "gzip")], body: compressed)
        }
        defer { server.stop() }
        let page = try await Fetcher().fetch(server.url("/gz"))
        #expect(page.body == html)
    }

    @Test func decodesDeflateContentEncoding() async throws {
        // zlib-wrapped deflate of "<html><body>deflated</body></html>", as
        // servers send for `Content-Encoding: deflate`.
        let deflated: [UInt8] = [
            0x78, 0xda, 0xb3, 0xc9, 0x28, 0xc9, 0xcd, 0xb1, 0xb3, 0x49, 0xca, 0x4f, 0xa9, 0xb4, 0x4b, 0x49, 0x4d, 0xcb,
            0x49, 0x2c, 0x49, 0x4d, 0xb1, 0xd1, 0x07, 0x73, 0x6d, 0xf4, 0xc1, 0x72, 0x00, 0xd9, 0x60, 0x0c, 0x46,
        ]
        let server = try LoopbackServer { _, _ in
            .response(status: 200, headers: [("Content-Type", "text/html"), ("Content-Encoding", "deflate")], body: deflated)
        }
        defer { server.stop() }
        let page = try await Fetcher().fetch(server.url("/deflate"))
        #expect(page.body == (try Gzip.decompress(deflated, limit: 1_000)))
        #expect(page.body.starts(with: Array("<html>".utf8)))
    }

    @Test func leavesGzipBodyWithoutContentEncodingAsSent() async throws {
        let compressed = try Gzip.compress(Array("<html><body>packed</body></html>".utf8))
        let server = try LoopbackServer { _, _ in
            .response(status: 200, headers: [("Content-Type", "text/html")], body: compressed)
        }
        defer { server.stop() }
        let page = try await Fetcher().fetch(server.url("/packed"))
        #expect(page.body == compressed)
    }

    @Test func acceptsXHTML() async throws {
        let server = try LoopbackServer { _, _ in
            .html("<html xmlns=\"http://www.w3.org/1999/xhtml\"><body>x</body></html>", headers: [("Content-Type", "application/xhtml+xml")])
        }
        defer { server.stop() }
        let page = try await Fetcher().fetch(server.url("/x"))
        #expect(page.contentType == "application/xhtml+xml")
    }

    @Test func acceptsAnUntypedBodyThatLooksLikeHTML() async throws {
        let server = try LoopbackServer { _, _ in .html("\n<!DOCTYPE html><html><body>untyped</body></html>", headers: []) }
        defer { server.stop() }
        let page = try await Fetcher().fetch(server.url("/untyped"))
        #expect(page.contentType == nil)
        #expect(page.body.count > 0)
    }

    @Test func acceptsAChunkedBodyWithinTheLimit() async throws {
        let chunks = (0..<20).map { Array("<p>part \($0)</p>".utf8) }
        let server = try LoopbackServer { _, _ in
            .chunked(status: 200, headers: [("Content-Type", "text/html")], chunks: [Array("<html><body>".utf8)] + chunks, interval: 0)
        }
        defer { server.stop() }
        let page = try await Fetcher().fetch(server.url("/chunks"))
        #expect(page.body == Array("<html><body>".utf8) + chunks.flatMap { $0 })
    }

    @Test func servesConcurrentFetchesFromOneFetcher() async throws {
        let server = try LoopbackServer { request, _ in
            .delayed(seconds: 0.1, .html("<html><body>\(request.path)</body></html>"))
        }
        defer { server.stop() }
        let fetcher = Fetcher()
        let paths = (0..<8).map { "/page\($0)" }
        let bodies = try await withThrowingTaskGroup(of: (String, [UInt8]).self) { group in
            for path in paths {
                group.addTask { (path, try await fetcher.fetch(server.url(path)).body) }
            }
            return try await group.reduce(into: [String: [UInt8]]()) { $0[$1.0] = $1.1 }
        }
        for path in paths {
            #expect(bodies[path] == Array("<html><body>\(path)</body></html>".utf8))
        }
    }
}
