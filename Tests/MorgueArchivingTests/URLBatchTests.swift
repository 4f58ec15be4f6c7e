import MorgueTestSupport
import Foundation
import MorgueFetch
import MorgueStore
import Testing
@testable import MorgueArchiving

/// Archiving many URLs at once against a loopback server.
@Suite struct URLBatchTests {
    /// A server whose every story page takes `seconds` to answer.
    private func slowStories(_ seconds: Double) throws -> LoopbackServer {
        try LoopbackServer { request, _ in
            .delayed(seconds: seconds, StoryPages.reply(title: "Story \(request.path)", slug: request.path))
        }
    }

    @Test func perHostConcurrencyIsRespected() async throws {
        let server = try slowStories(0.3)
        defer { server.stop() }
        let urls = (0..<10).map { server.url("/story/\($0)") }
        let report = await makeBatch(try Archive.temporary(), jobs: 8, perHost: 2).run(urls)
        #expect(report.archived == 10)
        #expect(server.peakConcurrency(host: "127.0.0.1") <= 2)
        // The limit is a limit, not a queue of one.
        #expect(server.peakConcurrency(host: "127.0.0.1") == 2)
    }

    @Test func hostsRunSideBySideEachWithinItsLimit() async throws {
        let server = try slowStories(0.3)
        defer { server.stop() }
        let local = (0..<6).map { "http://localhost:\(server.port)/story/l\($0)" }
        let loopback = (0..<6).map { server.url("/story/n\($0)") }
        let report = await makeBatch(try Archive.temporary(), jobs: 8, perHost: 2).run(zip(local, loopback).flatMap { [$0, $1] })
        #expect(report.archived == 12)
        #expect(server.peakConcurrency(host: "localhost") <= 2)
        #expect(server.peakConcurrency(host: "127.0.0.1") <= 2)
        #expect(server.peakConcurrency > 2)
    }

    @Test func totalConcurrencyIsRespected() async throws {
        let server = try slowStories(0.3)
        defer { server.stop() }
        let urls = (0..<6).flatMap { ["http://localhost:\(server.port)/story/l\($0)", server.url("/story/n\($0)")] }
        let report = await makeBatch(try Archive.temporary(), jobs: 3, perHost: 8).run(urls)
        #expect(report.archived == 12)
        #expect(server.peakConcurrency <= 3)
        #expect(server.peakConcurrency == 3)
    }

    @Test func startsOnOneHostAreSpacedByThePoliteDelay() async throws {
        let server = try LoopbackServer { request, _ in StoryPages.reply(title: "Story", slug: request.path) }
        defer { server.stop() }
        let urls = (0..<4).map { server.url("/story/\($0)") }
        let batch = makeBatch(try Archive.temporary(), perHost: 2, delay: .milliseconds(300))
        let started = ContinuousClock.now
        let report = await batch.run(urls)
        #expect(report.archived == 4)
        let arrivals = server.arrivalTimes(host: "127.0.0.1")
        #expect(arrivals.count == 4)
        // Fetch k cannot start, so cannot reach the server, before k delays
        // have passed (however slow the machine is, this holds).
        for (k, arrival) in arrivals.enumerated() {
            #expect(arrival >= started + .milliseconds(300) * k, "request \(k)")
        }
    }

    @Test func oneFailingURLNeverStopsTheOthers() async throws {
        let server = try LoopbackServer { request, _ in
            switch request.path {
            case "/missing": return .html("gone", status: 404)
            case "/report.pdf": return .response(status: 200, headers: [("Content-Type", "application/pdf")], body: Array("%PDF-1.7".utf8))
            default: return StoryPages.reply(title: "Story \(request.path)", slug: request.path)
            }
        }
        defer { server.stop() }
        let urls = [server.url("/a"), server.url("/missing"), server.url("/b"), server.url("/report.pdf"), server.url("/c"),
                    "ftp://127.0.0.1/file"]
        var outcomes: [URLBatch.Outcome] = []
        let report = await makeBatch(try Archive.temporary()).run(urls) { outcomes.append($0) }
        #expect(report.archived == 3)
        #expect(report.failed.count == 3)
        #expect(report.hasFailures)
        #expect(report.summaryLine.contains("HTTP 404: 1"))
        #expect(report.summaryLine.contains("not HTML: 1"))
        #expect(report.summaryLine.contains("unsupported scheme: 1"))
        #expect(Set(outcomes.map(\.url)) == Set(urls))
        #expect(Set(report.failed.map(\.source)) == [server.url("/missing"), server.url("/report.pdf"), "ftp://127.0.0.1/file"])
    }

    @Test func aRepeatedURLIsFetchedOnce() async throws {
        let server = try LoopbackServer { request, _ in StoryPages.reply(title: "Once", slug: request.path) }
        defer { server.stop() }
        let report = await makeBatch(try Archive.temporary()).run([server.url("/a"), server.url("/a")])
        #expect(report.total == 1)
        #expect(server.hits("/a") == 1)
    }

    @Test func theSameContentAgainIsReportedAsAlreadyArchived() async throws {
        let server = try LoopbackServer { request, _ in StoryPages.reply(title: "Same", slug: request.path) }
        defer { server.stop() }
        let archive = try Archive.temporary()
        let batch = makeBatch(archive)
        let first = await batch.run([server.url("/same")])
        var outcomes: [URLBatch.Outcome] = []
        let second = await batch.run([server.url("/same")]) { outcomes.append($0) }
        #expect(first.archived == 1)
        #expect(second.archived == 0)
        #expect(second.alreadyArchived == 1)
        guard case .success(.alreadyArchived)? = outcomes.first?.result else {
            Issue.record("expected already archived, got \(String(describing: outcomes.first?.result))")
            return
        }
        #expect(try archive.captureCount == 1)
    }

    @Test func aChangedStoryIsStoredAsANewVersion() async throws {
        let server = try LoopbackServer { request, hit in
            StoryPages.reply(title: "Developing", slug: hit == 0 ? "first-draft" : "updated")
        }
        defer { server.stop() }
        let archive = try Archive.temporary()
        let batch = makeBatch(archive)
        let url = server.url("/developing")
        _ = await batch.run([url])
        let second = await batch.run([url])
        #expect(second.archived == 1)
        #expect(try archive.articles(url: url).count == 2)
    }

    @Test func theSameStoryInNewBytesIsANewCapture() async throws {
        let server = try LoopbackServer { _, hit in
            .html(StoryPages.html(title: "Steady", slug: "steady") + "<!-- served \(hit) -->")
        }
        defer { server.stop() }
        let archive = try Archive.temporary()
        let batch = makeBatch(archive)
        let url = server.url("/steady")
        _ = await batch.run([url])
        let second = await batch.run([url])
        #expect(second.newCaptures == 1)
        let stored = try #require(try archive.articles(url: url).first)
        #expect(try archive.captures(articleID: stored.id).count == 2)
    }

    @Test func theCaptureRecordsHowThePageWasFetched() async throws {
        let server = try LoopbackServer { request, _ in
            switch request.path {
            case "/short": return .redirect(to: "/story/final", status: 301)
            default:
                return .response(status: 200, headers: [
                    ("Content-Type", "text/html; charset=utf-8"), ("ETag", "\"v7\""),
                    ("Last-Modified", "Tue, 05 Mar 2024 14:30:00 GMT"),
                ], body: Array(StoryPages.html(title: "Final", slug: "final").utf8))
            }
        }
        defer { server.stop() }
        let archive = try Archive.temporary()
        let before = Date()
        let report = await makeBatch(archive).run([server.url("/short")])
        #expect(report.archived == 1)
        let stored = try #require(try archive.articles(url: server.url("/story/final")).first)
        let capture = try #require(try archive.captures(articleID: stored.id).first)
        #expect(capture.requestedURL == server.url("/short"))
        #expect(capture.finalURL == server.url("/story/final"))
        #expect(capture.httpStatus == 200)
        #expect(capture.contentType == "text/html; charset=utf-8")
        #expect(capture.etag == "\"v7\"")
        #expect(capture.lastModified == "Tue, 05 Mar 2024 14:30:00 GMT")
        let fetchedAt = try #require(capture.fetchedAt)
        #expect(fetchedAt >= before.addingTimeInterval(-1) && fetchedAt <= Date().addingTimeInterval(1))
    }
}
