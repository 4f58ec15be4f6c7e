import MorgueTestSupport
import Foundation
import MorgueFetch
import MorgueModel
import MorgueStore
import Testing
@testable import MorgueArchiving

@Suite struct ArticleHintsTests {
    let hints = ArticleHints(title: "Feed title", published: "2024-03-05T14:30:00Z", authors: ["Ana Lima"])

    @Test func hintsFillEmptyFields() {
        var article = Article(extractorVersion: "test")
        hints.apply(to: &article)
        #expect(article.title == "Feed title")
        #expect(article.published == "2024-03-05T14:30:00Z")
        #expect(article.authors == ["Ana Lima"])
    }

    @Test func hintsNeverOverrideWhatThePageSays() {
        var article = Article(title: "Page title", published: "2024-03-04", authors: ["Tom Berg"], contentHash: "abc", extractorVersion: "test")
        hints.apply(to: &article)
        #expect(article.title == "Page title")
        #expect(article.published == "2024-03-04")
        #expect(article.authors == ["Tom Berg"])
        #expect(article.contentHash == "abc")
    }

    @Test func archivingAURLAppliesItsHints() async throws {
        let server = try LoopbackServer { request, _ in
            StoryPages.reply(title: request.path == "/titled" ? "The page's own title" : nil, slug: request.path)
        }
        defer { server.stop() }
        let archive = try Archive.temporary()
        let archiver = Archiver(archive: archive)
        let fetcher = Fetcher(options: FetchTestOptions.quick)
        for path in ["/titled", "/untitled"] {
            let result = try await archiver.archiveURL(server.url(path), fetcher: fetcher, hints: hints)
            guard case .archived(let id, _) = result else {
                Issue.record("expected \(path) archived, got \(result)")
                continue
            }
            let stored = try #require(try archive.article(id: id)).article
            #expect(stored.title == (path == "/titled" ? "The page's own title" : "Feed title"))
            #expect(stored.published == "2024-03-05T14:30:00Z")
            #expect(stored.authors == ["Ana Lima"])
        }
    }
}
