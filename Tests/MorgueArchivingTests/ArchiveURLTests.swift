import MorgueTestSupport
import Foundation
import MorgueFetch
import MorgueStore
import Testing
@testable import MorgueArchiving

/// Archiving live pages, fetched from a server on the loopback interface.
@Suite struct ArchiveURLTests {
    let folder: TemporaryFolder
    let archive: Archive
    /// No retries, short waits: every reply below is final.
    let fetcher = Fetcher(options: FetchOptions(timeout: .seconds(5), totalTimeout: .seconds(10), retries: 0))

    init() throws {
        folder = try TemporaryFolder()
        archive = try Archive(path: folder.file("archive.sqlite"))
    }

    static let htmlType = "text/html; charset=utf-8"

    @Test func archivesAFetchedPageWithWhereAndHowItWasServed() async throws {
        let story = try FixturePages.bytes("reuters-dateline")
        let server = try LoopbackServer { request, _ in
            switch request.path {
            case "/s/abc": return .redirect(to: "/world/2024/story.html", status: 301)
            case "/world/2024/story.html":
                return .response(status: 200, headers: [
                    ("Content-Type", Self.htmlType), ("ETag", "\"r1\""), ("Last-Modified", "Mon, 16 Sep 2024 10:00:00 GMT"),
                ], body: story)
            default: return .html("missing", status: 404)
            }
        }
        defer { server.stop() }
        let before = Date()
        let result = try await Archiver(archive: archive).archiveURL(server.url("/s/abc"), fetcher: fetcher)
        guard case .archived(let id, _) = result else {
            Issue.record("expected .archived, got \(result)")
            return
        }
        let stored = try #require(try archive.article(id: id))
        let capture = try #require(stored.captures.first)
        #expect(capture.source == .url(server.url("/s/abc")))
        #expect(capture.requestedURL == server.url("/s/abc"))
        #expect(capture.finalURL == server.url("/world/2024/story.html"))
        #expect(capture.httpStatus == 200)
        #expect(capture.contentType == Self.htmlType)
        #expect(capture.etag == "\"r1\"")
        #expect(capture.lastModified == "Mon, 16 Sep 2024 10:00:00 GMT")
        let fetchedAt = try #require(capture.fetchedAt)
        #expect(fetchedAt.timeIntervalSince(before) > -1 && fetchedAt <= Date().addingTimeInterval(1))
        #expect(stored.article.url == server.url("/world/2024/story.html"))
        #expect(try archive.rawHTML(captureID: capture.id) == Data(story))
    }

    @Test func fetchingTheSamePageAgainFindsItArchived() async throws {
        let story = try FixturePages.bytes("no-byline")
        let server = try LoopbackServer { _, _ in .response(status: 200, headers: [("Content-Type", Self.htmlType)], body: story) }
        defer { server.stop() }
        let archiver = Archiver(archive: archive)
        guard case .archived(let id, _) = try await archiver.archiveURL(server.url("/story"), fetcher: fetcher) else {
            Issue.record("the first fetch was not archived")
            return
        }
        #expect(try await archiver.archiveURL(server.url("/story"), fetcher: fetcher) == .alreadyArchived(articleID: id))
        #expect(try archive.captureCount == 1)
    }

    @Test func aMissingPageIsAFetchError() async throws {
        let server = try LoopbackServer { _, _ in .html("<html><body>Not found</body></html>", status: 404) }
        defer { server.stop() }
        let url = server.url("/gone")
        await #expect(throws: ArchivingError.fetch(.httpStatus(url: url, code: 404))) {
            try await Archiver(archive: archive).archiveURL(url, fetcher: fetcher)
        }
        #expect(try archive.count == 0)
    }

    @Test func aPDFIsNotHTML() async throws {
        let server = try LoopbackServer { _, _ in
            .response(status: 200, headers: [("Content-Type", "application/pdf")], body: Array("%PDF-1.7\n%\u{E2}\u{E3}".utf8))
        }
        defer { server.stop() }
        let url = server.url("/report.pdf")
        await #expect {
            try await Archiver(archive: archive).archiveURL(url, fetcher: fetcher)
        } throws: { error in
            guard case .fetch(.notHTML(let reported, _)) = error as? ArchivingError else { return false }
            return reported == url
        }
        #expect(try archive.count == 0)
    }

    @Test func aSectionFrontIsFetchedButNotStored() async throws {
        let front = try FixturePages.bytes(FixturePages.sectionFront)
        let server = try LoopbackServer { _, _ in .response(status: 200, headers: [("Content-Type", Self.htmlType)], body: front) }
        defer { server.stop() }
        let result = try await Archiver(archive: archive).archiveURL(server.url("/world/"), fetcher: fetcher)
        guard case .notAnArticle = result else {
            Issue.record("expected .notAnArticle, got \(result)")
            return
        }
        #expect(try archive.count == 0)
    }

    @Test func anEmptyResponseIsAnEmptyPageNamedByItsURL() async throws {
        let server = try LoopbackServer { _, _ in .response(status: 200, headers: [("Content-Type", Self.htmlType)], body: []) }
        defer { server.stop() }
        let url = server.url("/blank")
        await #expect(throws: ArchivingError.emptyFile(source: url)) {
            try await Archiver(archive: archive).archiveURL(url, fetcher: fetcher)
        }
    }

    @Test func aClosedPortIsUnreachable() async throws {
        let url = "http://127.0.0.1:\(try closedLoopbackPort())/story"
        await #expect {
            try await Archiver(archive: archive).archiveURL(url, fetcher: fetcher)
        } throws: { error in
            guard case .fetch(.unreachable(let reported, _)) = error as? ArchivingError else { return false }
            return reported == url
        }
    }
}
