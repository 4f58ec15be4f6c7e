import MorgueTestSupport
import Foundation
import Testing
@testable import MorgueFetch

/// The limits a fetch runs under: redirects, time, size, content type.
@Suite struct FetcherLimitTests {
    @Test func redirectLoopIsAnError() async throws {
        let server = try LoopbackServer { request, _ in
            .redirect(to: request.path == "/ping" ? "/pong" : "/ping")
        }
        defer { server.stop() }
        let url = server.url("/ping")
        let error = await fetchError(Fetcher(), url)
        #expect(error == .redirects(url: url, .loop(url)))
        #expect(server.requests.count == 2)
    }

    @Test func moreRedirectsThanTheLimitIsAnError() async throws {
        let server = try LoopbackServer { request, _ in
            let step = Int(request.path.dropFirst(2)) ?? 0
            return step < 11 ? .redirect(to: "/r\(step + 1)") : .html("<html><body>too far</body></html>")
        }
        defer { server.stop() }
        let url = server.url("/r0")
        let error = await fetchError(Fetcher(), url)
        #expect(error == .redirects(url: url, .tooMany(limit: 10)))
        #expect(!server.requests.contains { $0.path == "/r11" })
    }

    @Test func redirectLimitIsAnOption() async throws {
        let server = try LoopbackServer { request, _ in
            request.path == "/a" ? .redirect(to: "/b") : .redirect(to: "/c")
        }
        defer { server.stop() }
        let url = server.url("/a")
        let error = await fetchError(Fetcher(options: FetchOptions(maxRedirects: 1)), url)
        #expect(error == .redirects(url: url, .tooMany(limit: 1)))
    }

    @Test(arguments: ["file:///etc/passwd", "ftp://127.0.0.1/x", "javascript:alert(1)"])
    func redirectToAnotherSchemeIsRefused(target: String) async throws {
        let server = try LoopbackServer { _, _ in .redirect(to: target) }
        defer { server.stop() }
        let url = server.url("/go")
        let error = await fetchError(Fetcher(), url)
        #expect(error == .redirects(url: url, .unsupportedScheme(target)))
    }

    @Test func silentServerTimesOut() async throws {
        let server = try LoopbackServer { _, _ in .delayed(seconds: 30, .html("<html><body>late</body></html>")) }
        defer { server.stop() }
        let url = server.url("/slow")
        let started = ContinuousClock.now
        let error = await fetchError(Fetcher(options: FetchOptions(timeout: .seconds(1), retries: 0)), url)
        #expect(error == .timedOut(url: url))
        #expect(ContinuousClock.now - started < .seconds(25))
    }

    @Test func tricklingServerHitsTheTotalTimeout() async throws {
        // Each piece arrives well within the silence timeout, but the whole
        // page would take 30 s.
        let server = try LoopbackServer { _, _ in
            .chunked(status: 200, headers: [("Content-Type", "text/html")], chunks: Array(repeating: Array("<p>drip</p>".utf8), count: 150), interval: 0.2)
        }
        defer { server.stop() }
        let url = server.url("/drip")
        let options = FetchOptions(timeout: .seconds(1), totalTimeout: .milliseconds(1500), retries: 0)
        let started = ContinuousClock.now
        let error = await fetchError(Fetcher(options: options), url)
        #expect(error == .timedOut(url: url))
        #expect(ContinuousClock.now - started < .seconds(25))
    }

    @Test func declaredOversizeBodyIsRefused() async throws {
        let body = htmlBody(1024 * 1024)
        let server = try LoopbackServer { _, _ in .response(status: 200, headers: [("Content-Type", "text/html")], body: body) }
        defer { server.stop() }
        let url = server.url("/big")
        let error = await fetchError(Fetcher(options: FetchOptions(maxBodyBytes: 100 * 1024)), url)
        #expect(error == .tooLarge(url: url, limit: 100 * 1024))
    }

    @Test func declaredOversizeIsRefusedBeforeTheBodyArrives() async throws {
        // The server announces 1 MB, sends 1 KB, then goes quiet: only the
        // declared length can tell the fetcher the page is too large.
        let server = try LoopbackServer { _, _ in
            .stalling(status: 200, headers: [("Content-Type", "text/html")], contentLength: 1024 * 1024, sent: htmlBody(1024), seconds: 30)
        }
        defer { server.stop() }
        let url = server.url("/announced")
        let options = FetchOptions(timeout: .seconds(3), maxBodyBytes: 100 * 1024, retries: 0)
        let started = ContinuousClock.now
        let error = await fetchError(Fetcher(options: options), url)
        #expect(error == .tooLarge(url: url, limit: 100 * 1024))
        #expect(ContinuousClock.now - started < .seconds(25))
    }

    @Test func chunkedOversizeBodyIsRefused() async throws {
        let chunks = [htmlBody(16 * 1024)] + Array(repeating: [UInt8](repeating: 0x62, count: 16 * 1024), count: 63)
        let server = try LoopbackServer { _, _ in .chunked(status: 200, headers: [("Content-Type", "text/html")], chunks: chunks, interval: 0) }
        defer { server.stop() }
        let url = server.url("/big-chunked")
        let error = await fetchError(Fetcher(options: FetchOptions(maxBodyBytes: 100 * 1024)), url)
        #expect(error == .tooLarge(url: url, limit: 100 * 1024))
    }

    @Test func compressedBodyIsLimitedByItsDecodedSize() async throws {
        // 1 MB of HTML that travels as a few KB of gzip.
        let compressed = try Gzip.compress(htmlBody(1024 * 1024), level: 9)
        let server = try LoopbackServer { _, _ in
            .response(status: 200, headers: [("Content-Type", "text/html"), ("Content-Encoding", "gzip")], body: compressed)
        }
        defer { server.stop() }
        let url = server.url("/bomb")
        let error = await fetchError(Fetcher(options: FetchOptions(maxBodyBytes: 100 * 1024)), url)
        #expect(error == .tooLarge(url: url, limit: 100 * 1024))
    }

    @Test(arguments: ["application/pdf", "image/png", "application/json; charset=utf-8"])
    func nonHTMLContentIsRefused(contentType: String) async throws {
        let server = try LoopbackServer { _, _ in .response(status: 200, headers: [("Content-Type", contentType)], body: Array("%PDF-1.7 ...".utf8)) }
        defer { server.stop() }
        let url = server.url("/file")
        let error = await fetchError(Fetcher(), url)
        #expect(error == .notHTML(url: url, contentType: contentType))
    }

    @Test func nonHTMLBodyIsNotDownloaded() async throws {
        // A large PDF that would take 30 s to arrive: refused on its headers.
        let server = try LoopbackServer { _, _ in
            .stalling(status: 200, headers: [("Content-Type", "application/pdf")], contentLength: 10_000, sent: Array("%PDF-1.7".utf8), seconds: 30)
        }
        defer { server.stop() }
        let url = server.url("/report.pdf")
        let started = ContinuousClock.now
        let error = await fetchError(Fetcher(options: FetchOptions(timeout: .seconds(3))), url)
        #expect(error == .notHTML(url: url, contentType: "application/pdf"))
        #expect(ContinuousClock.now - started < .seconds(25))
    }

    @Test func untypedBodyThatIsNotHTMLIsRefused() async throws {
        let server = try LoopbackServer { _, _ in .response(status: 200, headers: [], body: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A]) }
        defer { server.stop() }
        let url = server.url("/image")
        let error = await fetchError(Fetcher(), url)
        guard case .notHTML(url, _) = error else {
            Issue.record("expected notHTML, got \(String(describing: error))")
            return
        }
    }
}
