import Foundation
import MorgueStore
import Testing
@testable import MorgueArchiving

/// Importing WARC files: each HTML response becomes a capture with the
/// crawler's URL, date and HTTP details.
@Suite struct WARCImportTests {
    let folder: TemporaryFolder
    let archive: Archive

    init() throws {
        folder = try TemporaryFolder()
        archive = try Archive(path: folder.file("archive.sqlite"))
    }

    func importer() -> ParallelImporter {
        ParallelImporter(archive: archive, options: ImportOptions(jobs: 2, batchSize: 3))
    }

    /// Three stories among requests, metadata, an image and error responses.
    func crawl() -> WARCBuilder {
        var warc = WARCBuilder()
        warc.warcinfo()
        for seed in 1...3 {
            let uri = "https://news.example.com/story-\(seed)"
            warc.request(uri)
            warc.response(uri, headers: [("Content-Type", "text/html; charset=utf-8"), ("ETag", "\"e\(seed)\"")],
                          body: StoryPages.bytes(seed), date: "2024-05-0\(seed)T08:30:00Z")
            warc.metadata(uri)
        }
        warc.response("https://news.example.com/logo.png", headers: [("Content-Type", "image/png")], body: [0x89, 0x50])
        warc.response("https://news.example.com/gone", status: 404, body: Array("<p>gone</p>".utf8))
        return warc
    }

    func checkImported(_ report: ImportReport) throws {
        #expect(report.batch.archived == 3)
        #expect(report.ignoredRecords == [
            "warcinfo record": 1, "request record": 3, "metadata record": 3, "non-HTML response": 1, "HTTP 404 response": 1,
        ])
        #expect(report.summaryLine.hasSuffix(
            "WARC records not pages 9 (metadata record: 3, request record: 3, HTTP 404 response: 1, non-HTML response: 1, warcinfo record: 1)"))
        let stored = try archive.articles(url: "https://news.example.com/story-2")
        let id = try #require(stored.first).id
        let article = try #require(try archive.article(id: id))
        let capture = try #require(article.captures.first)
        #expect(capture.source == .url("https://news.example.com/story-2"))
        #expect(capture.requestedURL == "https://news.example.com/story-2")
        #expect(capture.fetchedAt == ISO8601DateFormatter().date(from: "2024-05-02T08:30:00Z"))
        #expect(capture.httpStatus == 200)
        #expect(capture.contentType == "text/html; charset=utf-8")
        #expect(capture.etag == "\"e2\"")
        #expect(try archive.rawHTML(captureID: capture.id) == Data(StoryPages.bytes(2)))
    }

    @Test(arguments: ["plain", "per-record", "whole"])
    func importsEveryHTMLResponse(_ kind: String) throws {
        let warc = crawl()
        let bytes = switch kind {
        case "plain": warc.plain
        case "per-record": try warc.gzippedPerRecord()
        default: try warc.gzippedWhole()
        }
        let path = try folder.write(kind == "plain" ? "crawl.warc" : "crawl.warc.gz", bytes)
        let report = importer().run([path])
        try checkImported(report)
        #expect(report.filesTotal == 1)
        #expect(report.filesDone == 1)
    }

    @Test func theHTTPCharsetDecidesHowThePageReads() throws {
        var warc = WARCBuilder()
        let page = "<html><head><title>Caf\u{E9} owners protest new rules</title></head><body><article><h1>Caf\u{E9} owners protest new rules</h1>"
            + StoryPages.paragraphs.map { "<p>\($0) Caf\u{E9}.</p>" }.joined() + "</article></body></html>"
        let latin1 = try #require(page.data(using: .isoLatin1))
        warc.response("https://news.example.com/cafe", headers: [("Content-Type", "text/html; charset=iso-8859-1")], body: [UInt8](latin1))
        let path = try folder.write("latin.warc", warc.plain)
        let report = importer().run([path])
        #expect(report.batch.archived == 1)
        let title = try archive.list(limit: 1).first?.title
        #expect(title == "Caf\u{E9} owners protest new rules")
    }

    @Test func aWARCFoundInAFolderIsReadWithThePages() throws {
        try folder.write("saved/crawl.warc.gz", try crawl().gzippedPerRecord())
        try folder.write("saved/page.html", StoryPages.bytes(10))
        let report = importer().run([folder.file("saved")])
        #expect(report.batch.archived == 4)
        #expect(report.filesTotal == 2)
    }

    @Test func aFinishedWARCIsRecalledWithoutReadingIt() throws {
        let path = try folder.write("crawl.warc", crawl().plain)
        let first = importer().run([path])
        try checkImported(first)
        // Same length, same time, other bytes: reading it now would fail.
        let length = try Data(contentsOf: URL(fileURLWithPath: path)).count
        try FileTimes.replaceUnnoticed(path, with: Array(repeating: 0x41, count: length))
        let second = importer().run([path])
        #expect(second.batch.alreadyArchived == 3)
        #expect(second.batch.failed.isEmpty)
        #expect(second.recalled == 3)
        #expect(second.ignoredRecords == first.ignoredRecords)
        #expect(try archive.count == 3)
    }

    @Test func aWARCStoppedHalfwayIsFinishedByTheNextImport() throws {
        var warc = WARCBuilder()
        for seed in 0..<60 { warc.response("https://news.example.com/s\(seed)", body: StoryPages.bytes(seed)) }
        let path = try folder.write("crawl.warc.gz", try warc.gzippedPerRecord())
        let stop = ImportStop()
        let first = ParallelImporter(archive: archive, options: ImportOptions(jobs: 2, batchSize: 2)).run([path], stop: stop) { event in
            if case .page = event { stop.stop() }
        }
        #expect(first.interrupted)
        #expect(first.batch.archived < 60)
        #expect(try archive.importRecord(path: path)?.finished == false)

        let second = importer().run([path])
        #expect(second.batch.archived == 60 - first.batch.archived)
        #expect(second.recalled == first.batch.archived, "records archived before are not extracted again")
        #expect(try archive.count == 60)
        #expect(try archive.importRecord(path: path)?.finished == true)
    }

    @Test func aBrokenWARCIsNamedAndItsGoodRecordsKept() throws {
        var warc = WARCBuilder()
        warc.response("https://news.example.com/a", body: StoryPages.bytes(1))
        warc.response("https://news.example.com/b", body: StoryPages.bytes(2))
        let path = try folder.write("cut.warc", Array(warc.plain.dropLast(300)))
        let report = importer().run([path])
        #expect(report.batch.archived == 1)
        #expect(report.batch.failed.count == 1)
        #expect(report.batch.failed.first?.reason == "bad WARC record")
        #expect(report.batch.failed.first?.message.hasPrefix("\(path)#") == true)
    }
}
