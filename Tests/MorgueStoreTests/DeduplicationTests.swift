import Foundation
import Testing
@testable import MorgueStore

@Suite("Archiving the same page or story again")
struct DeduplicationTests {
    @Test("the same bytes twice are already archived and change nothing")
    func sameBytes() throws {
        let folder = try TemporaryFolder()
        let archive = try Archive(path: folder.file("archive.sqlite"))
        let article = Fixtures.fullArticle()
        let capture = Fixtures.capture("<p>same</p>")

        let first = try archive.archive(article: article, capture: capture)
        var reextracted = article
        reextracted.title = "A different extraction of the same bytes"
        reextracted.contentHash = "0000"
        let second = try archive.archive(article: reextracted, capture: capture)

        #expect(first == .archived(articleID: first.articleID))
        #expect(second == .alreadyArchived(articleID: first.articleID))
        #expect(try archive.count == 1)
        #expect(try archive.captureCount == 1)
        #expect(try archive.article(id: first.articleID)?.article == article)
    }

    @Test("the same story in different bytes is one article with two captures")
    func sameStoryDifferentBytes() throws {
        let folder = try TemporaryFolder()
        let archive = try Archive(path: folder.file("archive.sqlite"))
        let article = Fixtures.fullArticle()

        let first = try archive.archive(article: article, capture: Fixtures.capture("<p>story</p><!-- ad 1 -->"))
        let second = try archive.archive(
            article: article, capture: Fixtures.capture("<p>story</p><!-- ad 2 -->", url: "https://mirror.example/story"))

        #expect(second == .newCapture(articleID: first.articleID))
        #expect(try archive.count == 1)
        let captures = try archive.captures(articleID: first.articleID)
        #expect(captures.count == 2)
        #expect(captures.map(\.source) == [.url("https://example.com/page"), .url("https://mirror.example/story")])
        #expect(try archive.rawHTML(captureID: captures[1].id) == Data("<p>story</p><!-- ad 2 -->".utf8))
    }

    @Test("changed content at the same URL keeps both versions as two articles")
    func changedContentSameURL() throws {
        let folder = try TemporaryFolder()
        let archive = try Archive(path: folder.file("archive.sqlite"), now: SteppingClock().now)
        let url = "https://example.com/developing-story"
        let before = Fixtures.article(title: "Storm nears coast", text: "The storm is near.", url: url)
        let after = Fixtures.article(title: "Storm makes landfall", text: "The storm made landfall.", url: url)

        let first = try archive.archive(article: before, capture: Fixtures.capture("<p>near</p>", url: url))
        let second = try archive.archive(article: after, capture: Fixtures.capture("<p>landfall</p>", url: url))

        #expect(first == .archived(articleID: first.articleID))
        #expect(second == .archived(articleID: second.articleID))
        #expect(first.articleID != second.articleID)
        #expect(try archive.count == 2)
        #expect(try archive.article(id: first.articleID)?.article == before)
        #expect(try archive.article(id: second.articleID)?.article == after)
        #expect(try archive.articles(url: url).map(\.id) == [second.articleID, first.articleID])
    }

    @Test("articles without a content hash are told apart by their bytes only")
    func noContentHash() throws {
        let folder = try TemporaryFolder()
        let archive = try Archive(path: folder.file("archive.sqlite"))
        var article = Fixtures.fullArticle()
        article.contentHash = nil

        let first = try archive.archive(article: article, capture: Fixtures.capture("<p>1</p>"))
        let second = try archive.archive(article: article, capture: Fixtures.capture("<p>2</p>"))

        #expect(first.articleID != second.articleID)
        #expect(try archive.count == 2)
    }

    @Test("hasCapture knows stored bytes by their SHA-256, in either case")
    func hasCapture() throws {
        let folder = try TemporaryFolder()
        let archive = try Archive(path: folder.file("archive.sqlite"))
        let capture = Fixtures.capture("<p>known</p>")
        #expect(try !archive.hasCapture(sha256: capture.sha256))

        try archive.archive(article: Fixtures.fullArticle(), capture: capture)

        #expect(try archive.hasCapture(sha256: capture.sha256))
        #expect(try archive.hasCapture(sha256: capture.sha256.uppercased()))
        #expect(try !archive.hasCapture(sha256: Fixtures.capture("<p>other</p>").sha256))
    }

    @Test("articleID(forCaptureSHA256:) names the article stored bytes belong to")
    func articleForCapture() throws {
        let folder = try TemporaryFolder()
        let archive = try Archive(path: folder.file("archive.sqlite"))
        let capture = Fixtures.capture("<p>known</p>")
        #expect(try archive.articleID(forCaptureSHA256: capture.sha256) == nil)

        let outcome = try archive.archive(article: Fixtures.fullArticle(), capture: capture)

        #expect(try archive.articleID(forCaptureSHA256: capture.sha256) == outcome.articleID)
        #expect(try archive.articleID(forCaptureSHA256: Fixtures.capture("<p>other</p>").sha256) == nil)
    }
}
