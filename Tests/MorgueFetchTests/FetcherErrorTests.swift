import MorgueTestSupport
import Foundation
import Testing
@testable import MorgueFetch

/// HTTP errors, retries, unreachable hosts, refused schemes, and what the
/// user is told.
@Suite struct FetcherErrorTests {
    @Test func notFoundIsAnHTTPStatusErrorWithoutRetry() async throws {
        let server = try LoopbackServer { _, _ in .html("<html><body>no such page</body></html>", status: 404) }
        defer { server.stop() }
        let url = server.url("/gone")
        let waits = WaitRecorder()
        let error = await fetchError(Fetcher(sleep: waits.sleep), url)
        #expect(error == .httpStatus(url: url, code: 404))
        #expect(server.requests.count == 1)
        #expect(waits.waits.isEmpty)
    }

    @Test func errorPageBodyIsNotDownloaded() async throws {
        let server = try LoopbackServer { _, _ in
            .stalling(status: 410, headers: [("Content-Type", "text/html")], contentLength: 10_000, sent: htmlBody(100), seconds: 30)
        }
        defer { server.stop() }
        let url = server.url("/withdrawn")
        let started = ContinuousClock.now
        let error = await fetchError(Fetcher(options: FetchOptions(timeout: .seconds(3))), url)
        #expect(error == .httpStatus(url: url, code: 410))
        #expect(ContinuousClock.now - started < .seconds(25))
    }

    @Test func serverErrorIsAnHTTPStatusError() async throws {
        let server = try LoopbackServer { _, _ in .html("oops", status: 500) }
        defer { server.stop() }
        let url = server.url("/broken")
        let error = await fetchError(Fetcher(sleep: WaitRecorder().sleep), url)
        #expect(error == .httpStatus(url: url, code: 500))
        #expect(server.requests.count == 1)
    }

    @Test func unavailableWithRetryAfterIsRetried() async throws {
        let server = try LoopbackServer { _, hit in
            hit == 0
                ? .response(status: 503, headers: [("Retry-After", "1")], body: Array("busy".utf8))
                : .html("<html><body>back</body></html>")
        }
        defer { server.stop() }
        let waits = WaitRecorder()
        let page = try await Fetcher(sleep: waits.sleep).fetch(server.url("/busy"))
        #expect(page.body == Array("<html><body>back</body></html>".utf8))
        #expect(server.requests.count == 2)
        #expect(waits.waits == [.seconds(1)])
    }

    @Test func retryAfterReallyWaitsWithTheDefaultSleep() async throws {
        let server = try LoopbackServer { _, hit in
            hit == 0 ? .response(status: 503, headers: [("Retry-After", "1")], body: []) : .html("<html><body>back</body></html>")
        }
        defer { server.stop() }
        let started = ContinuousClock.now
        _ = try await Fetcher().fetch(server.url("/busy"))
        #expect(ContinuousClock.now - started >= .seconds(1))
    }

    @Test func tooManyRequestsBacksOffAndGivesUpAfterTheRetries() async throws {
        let server = try LoopbackServer { _, _ in .html("slow down", status: 429) }
        defer { server.stop() }
        let url = server.url("/limited")
        let waits = WaitRecorder()
        let options = FetchOptions(retries: 3, retryBackoff: .milliseconds(50))
        let error = await fetchError(Fetcher(options: options, sleep: waits.sleep), url)
        #expect(error == .httpStatus(url: url, code: 429))
        #expect(server.requests.count == 4)
        #expect(waits.waits == [.milliseconds(50), .milliseconds(100), .milliseconds(200)])
    }

    @Test func retryAfterIsCappedByTheOption() async throws {
        let server = try LoopbackServer { _, hit in
            hit == 0 ? .response(status: 503, headers: [("Retry-After", "86400")], body: []) : .html("<html><body>ok</body></html>")
        }
        defer { server.stop() }
        let waits = WaitRecorder()
        _ = try await Fetcher(options: FetchOptions(maxRetryWait: .seconds(3)), sleep: waits.sleep).fetch(server.url("/x"))
        #expect(waits.waits == [.seconds(3)])
    }

    @Test func zeroRetriesMeansOneAttempt() async throws {
        let server = try LoopbackServer { _, _ in .html("busy", status: 503) }
        defer { server.stop() }
        let url = server.url("/once")
        let error = await fetchError(Fetcher(options: FetchOptions(retries: 0), sleep: WaitRecorder().sleep), url)
        #expect(error == .httpStatus(url: url, code: 503))
        #expect(server.requests.count == 1)
    }

    @Test func connectionResetIsRetried() async throws {
        let server = try LoopbackServer { _, hit in hit == 0 ? .reset : .html("<html><body>second try</body></html>") }
        defer { server.stop() }
        let waits = WaitRecorder()
        let page = try await Fetcher(sleep: waits.sleep).fetch(server.url("/flaky"))
        #expect(page.body == Array("<html><body>second try</body></html>".utf8))
        #expect(server.requests.count == 2)
        #expect(waits.waits.count == 1)
    }

    @Test func connectionResetEveryTimeIsUnreachable() async throws {
        let server = try LoopbackServer { _, _ in .reset }
        defer { server.stop() }
        let url = server.url("/dead")
        let error = await fetchError(Fetcher(sleep: WaitRecorder().sleep), url)
        guard case .unreachable(url, _) = error else {
            Issue.record("expected unreachable, got \(String(describing: error))")
            return
        }
        #expect(server.requests.count == 3)
    }

    @Test func refusedConnectionIsUnreachable() async throws {
        let url = "http://127.0.0.1:\(try closedLoopbackPort())/"
        let error = await fetchError(Fetcher(sleep: WaitRecorder().sleep), url)
        #expect(error == .unreachable(url: url, reason: "could not connect"))
    }

    @Test func unknownHostIsUnreachable() async throws {
        // .invalid is reserved (RFC 2606) and never resolves.
        let url = "http://no-such-host.invalid/"
        let error = await fetchError(Fetcher(sleep: WaitRecorder().sleep), url)
        guard case .unreachable(url, _) = error else {
            Issue.record("expected unreachable, got \(String(describing: error))")
            return
        }
    }

    @Test(arguments: [
        ("file:///etc/passwd", "file"), ("ftp://127.0.0.1/pub/file", "ftp"),
        ("javascript:alert(1)", "javascript"), ("data:text/html,<p>hi</p>", "data"), ("FILE:///etc/hosts", "file"),
    ])
    func otherSchemesAreRefused(url: String, scheme: String) async {
        let error = await fetchError(Fetcher(), url)
        #expect(error == .unsupportedScheme(url: url, scheme: scheme))
    }

    @Test(arguments: ["", "not a url", "example.com/story", "http://", "https:///path-only"])
    func malformedURLsAreRefused(url: String) async {
        let error = await fetchError(Fetcher(), url)
        #expect(error == .invalidURL(url))
    }

    @Test func cancellingTheCallerStopsTheFetch() async throws {
        let server = try LoopbackServer { _, _ in .delayed(seconds: 30, .html("<html><body>late</body></html>")) }
        defer { server.stop() }
        let url = server.url("/slow")
        let started = ContinuousClock.now
        let task = Task { await fetchError(Fetcher(), url) }
        try await Task.sleep(for: .milliseconds(200))
        task.cancel()
        #expect(await task.value == .cancelled(url: url))
        #expect(ContinuousClock.now - started < .seconds(25))
    }

    @Test func cancellingDuringARedirectChainIsSafe() async throws {
        // Cancels land at every stage of an 8-hop chain, including while
        // URLSession waits for a redirect decision.
        let server = try LoopbackServer { request, _ in
            let step = Int(request.path.dropFirst(2)) ?? 0
            return step < 8 ? .redirect(to: "/r\(step + 1)") : .html("<html><body>arrived</body></html>")
        }
        defer { server.stop() }
        let fetcher = Fetcher()
        let url = server.url("/r0")
        for round in 0..<200 {
            let task = Task { await fetchError(fetcher, url) }
            try await Task.sleep(for: .microseconds((round * 137) % 12_000))
            task.cancel()
            let error = await task.value
            #expect(error == nil || error == .cancelled(url: url))
        }
    }

    @Test func descriptionsNameTheURLOnOneSafeLine() {
        let url = "https://news.example/2025/03/story"
        let errors: [FetchError] = [
            .invalidURL(url), .unsupportedScheme(url: url, scheme: "ftp"),
            .unreachable(url: url, reason: "connection refused"), .timedOut(url: url),
            .tooLarge(url: url, limit: 20 * 1024 * 1024), .redirects(url: url, .tooMany(limit: 10)),
            .redirects(url: url, .loop(url)), .redirects(url: url, .unsupportedScheme("file:///etc/passwd")),
            .notHTML(url: url, contentType: "application/pdf\u{1b}]0;pwned\u{07}\r\n"),
            .httpStatus(url: url, code: 404), .badResponse(url: url, reason: "garbled\nheaders"),
            .cancelled(url: url),
        ]
        for error in errors {
            let line = error.description
            #expect(line.hasPrefix(url), "\(line)")
            #expect(error.url == url)
            #expect(!line.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7f }, "\(line)")
        }
        #expect(FetchError.tooLarge(url: url, limit: 20 * 1024 * 1024).description.contains("20 MB"))
        #expect(FetchError.httpStatus(url: url, code: 404).description.contains("404"))
        #expect(FetchError.notHTML(url: url, contentType: "application/pdf").description.contains("application/pdf"))
    }
}
