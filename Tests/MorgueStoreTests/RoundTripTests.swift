import Foundation
import GRDB
import MorgueModel
import Testing
@testable import MorgueStore

@Suite("Reading back what was archived")
struct RoundTripTests {
    @Test("every Article field comes back exactly, captions in order")
    func fullArticle() throws {
        let folder = try TemporaryFolder()
        let stamp = Date(timeIntervalSince1970: 1_700_000_000)
        let archive = try Archive(path: folder.file("archive.sqlite"), now: { stamp })
        let article = Fixtures.fullArticle()
        let capture = Fixtures.capture("<html><p>full</p></html>")

        let outcome = try archive.archive(article: article, capture: capture)
        let stored = try #require(try archive.article(id: outcome.articleID))

        #expect(stored.article == article)
        #expect(stored.article.captions.map(\.text) == ["Workers at a plant.", "A second photo, no credit.", "Third"])
        #expect(stored.id == outcome.articleID)
        #expect(stored.archivedAt == stamp)
        #expect(stored.captures.count == 1)
        let summary = try #require(stored.captures.first)
        #expect(summary.source == capture.source)
        #expect(summary.requestedURL == capture.requestedURL)
        #expect(summary.finalURL == capture.finalURL)
        #expect(summary.fetchedAt == capture.fetchedAt)
        #expect(summary.httpStatus == 200)
        #expect(summary.contentType == capture.contentType)
        #expect(summary.etag == capture.etag)
        #expect(summary.lastModified == capture.lastModified)
        #expect(summary.sha256 == capture.sha256)
        #expect(summary.byteCount == capture.raw.count)
        #expect(summary.extractorVersion == Fixtures.extractorVersion)
        #expect(summary.articleID == outcome.articleID)
    }

    @Test("nil fields and empty lists stay nil and empty")
    func sparseArticle() throws {
        let folder = try TemporaryFolder()
        let archive = try Archive(path: folder.file("archive.sqlite"))
        let article = Article(isArticle: false, notes: ["consent wall"], extractorVersion: "0.1")
        let capture = CaptureInput(raw: Data("<p>wall</p>".utf8), source: .file(path: "/tmp/saved page.html"))

        let outcome = try archive.archive(article: article, capture: capture)
        let stored = try #require(try archive.article(id: outcome.articleID))

        #expect(stored.article == article)
        #expect(stored.article.title == nil)
        #expect(stored.article.dateline == nil)
        #expect(stored.article.authors.isEmpty)
        let summary = try #require(stored.captures.first)
        #expect(summary.source == .file(path: "/tmp/saved page.html"))
        #expect(summary.fetchedAt == nil)
        #expect(summary.httpStatus == nil)
    }

    @Test("the query columns hold the article's fields")
    func columns() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("archive.sqlite")
        let archive = try Archive(path: path)
        let article = Fixtures.fullArticle()
        let id = try archive.archive(article: article, capture: Fixtures.capture("<p>c</p>")).articleID

        try DatabaseQueue(path: path).read { db in
            let row = try #require(try Row.fetchOne(db, sql: "SELECT * FROM article WHERE id = ?", arguments: [id]))
            #expect(row["title"] == article.title)
            #expect(row["canonical_url"] == article.canonicalURL)
            #expect(row["authors"] == #"["Jane Doe","李明"]"#)
            #expect(row["dateline_location"] == "BEIJING")
            #expect(row["dateline_agency"] == "Reuters")
            #expect(row["dateline_date"] == "Sept 16")
            #expect(row["word_count"] == 9)
            #expect(row["is_article"] == true)
            #expect(row["content_hash"] == article.contentHash)
            let captions = try Row.fetchAll(
                db, sql: "SELECT position, text, credit, image_url FROM caption WHERE article_id = ? ORDER BY position",
                arguments: [id])
            #expect(captions.map { $0["text"] as String } == article.captions.map(\.text))
            #expect(captions.map { $0["credit"] as String? } == article.captions.map(\.credit))
            #expect(captions.map { $0["position"] as Int } == [0, 1, 2])
        }
    }

    @Test("an unknown article or capture id reads as nil")
    func missing() throws {
        let folder = try TemporaryFolder()
        let archive = try Archive(path: folder.file("archive.sqlite"))
        #expect(try archive.article(id: 42) == nil)
        #expect(try archive.rawHTML(captureID: 42) == nil)
        #expect(try archive.captures(articleID: 42).isEmpty)
    }

    @Test("an article whose stored JSON is damaged is reported with its id")
    func corruptRecord() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("archive.sqlite")
        let archive = try Archive(path: path)
        let id = try archive.archive(article: Fixtures.fullArticle(), capture: Fixtures.capture("<p>d</p>")).articleID
        try DatabaseQueue(path: path).write { db in
            try db.execute(sql: "UPDATE article SET article_json = '{\"title\": 3}' WHERE id = ?", arguments: [id])
        }

        let error = #expect(throws: StoreError.self) { try archive.article(id: id) }
        guard case .corruptRecord(let errorPath, let articleID, _)? = error else {
            Issue.record("expected corruptRecord, got \(String(describing: error))")
            return
        }
        #expect(errorPath == path)
        #expect(articleID == id)
    }
}
