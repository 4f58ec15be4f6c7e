import Foundation
import MorgueFetch
import Testing
@testable import MorgueArchiving

/// Reading WARC files record by record.
@Suite struct WARCReaderTests {
    let folder: TemporaryFolder

    init() throws {
        folder = try TemporaryFolder()
    }

    /// warcinfo, a request, an HTML response, its metadata, an image, a 404 and a redirect.
    static func crawl() -> WARCBuilder {
        var warc = WARCBuilder()
        warc.warcinfo()
        warc.request("https://news.example.com/a")
        warc.response("https://news.example.com/a", headers: [
            ("Content-Type", "text/html; charset=utf-8"), ("ETag", "\"abc\""), ("Last-Modified", "Wed, 01 May 2024 10:00:00 GMT"),
        ], body: StoryPages.bytes(1), date: "2024-05-01T12:34:56Z")
        warc.metadata("https://news.example.com/a")
        warc.response("https://news.example.com/logo.png", headers: [("Content-Type", "image/png")], body: [0x89, 0x50, 0x4E, 0x47])
        warc.response("https://news.example.com/gone", status: 404, body: Array("<html><body>not found</body></html>".utf8))
        warc.response("https://news.example.com/old", status: 301, headers: [("Location", "/a"), ("Content-Type", "text/html")], body: [])
        return warc
    }

    func items(_ bytes: [UInt8], name: String) throws -> [WARCItem] {
        let path = try folder.write(name, bytes)
        let reader = try WARCReader(path: path)
        var items: [WARCItem] = []
        while let item = try reader.next() { items.append(item) }
        return items
    }

    func summary(_ items: [WARCItem]) -> [String] {
        items.map { item in
            switch item {
            case .page(let page): return "page \(page.targetURI)"
            case .ignored(_, _, let reason): return "ignored \(reason)"
            case .failed(_, _, let error): return "failed \(error.reason)"
            }
        }
    }

    static let expected = [
        "ignored warcinfo record", "ignored request record", "page https://news.example.com/a", "ignored metadata record",
        "ignored non-HTML response", "ignored HTTP 404 response", "ignored HTTP 301 response",
    ]

    @Test func readsPlainGzippedPerRecordAndWholeFileGzippedAlike() throws {
        let warc = Self.crawl()
        let plain = try items(warc.plain, name: "crawl.warc")
        let perRecord = try items(try warc.gzippedPerRecord(), name: "crawl.warc.gz")
        let whole = try items(try warc.gzippedWhole(), name: "whole.warc.gz")
        #expect(summary(plain) == Self.expected)
        #expect(summary(perRecord) == Self.expected)
        #expect(summary(whole) == Self.expected)
    }

    @Test func aResponseCarriesItsURIDateStatusHeadersAndBody() throws {
        let path = try folder.write("crawl.warc", Self.crawl().plain)
        let reader = try WARCReader(path: path)
        var page: WARCPage?
        while let item = try reader.next() {
            if case .page(let found) = item { page = found }
        }
        let found = try #require(page)
        #expect(found.targetURI == "https://news.example.com/a")
        #expect(found.date == ISO8601DateFormatter().date(from: "2024-05-01T12:34:56Z"))
        #expect(found.status == 200)
        #expect(found.contentType == "text/html; charset=utf-8")
        #expect(found.etag == "\"abc\"")
        #expect(found.lastModified == "Wed, 01 May 2024 10:00:00 GMT")
        #expect(found.body == StoryPages.bytes(1))
        #expect(found.source == "\(path)#\(found.member)")
    }

    @Test func recordOffsetsPointAtTheirRecords() throws {
        let warc = Self.crawl()
        let found = try items(warc.plain, name: "crawl.warc")
        var offset: Int64 = 0
        var expected: [Int64] = []
        for record in warc.records {
            expected.append(offset)
            offset += Int64(record.count)
        }
        let members: [Int64] = found.map { item in
            switch item {
            case .page(let page): return page.member
            case .ignored(let member, _, _), .failed(let member, _, _): return member
            }
        }
        #expect(members == expected)
    }

    @Test func undoesChunkedTransferAndGzipContentEncoding() throws {
        var warc = WARCBuilder()
        let body = StoryPages.bytes(2)
        warc.response("https://news.example.com/chunked", headers: [
            ("Content-Type", "text/html"), ("Transfer-Encoding", "chunked"), ("Content-Encoding", "gzip"),
        ], body: WARCBuilder.chunked(try Gzip.compress(body), size: 100))
        let found = try items(warc.plain, name: "chunked.warc")
        guard case .page(let page) = found.first else {
            Issue.record("no page: \(summary(found))")
            return
        }
        #expect(page.body == body)
    }

    @Test func aResponseWithoutContentTypeIsSniffed() throws {
        var warc = WARCBuilder()
        warc.response("https://news.example.com/untyped", headers: [], body: StoryPages.bytes(3))
        warc.response("https://news.example.com/data", headers: [], body: Array("{\"a\": 1}".utf8))
        #expect(summary(try items(warc.plain, name: "untyped.warc")) == ["page https://news.example.com/untyped", "ignored non-HTML response"])
    }

    @Test func aFileThatIsNotWARCIsNamed() throws {
        let path = try folder.write("fake.warc", "<html><body>not a crawl</body></html>")
        let reader = try WARCReader(path: path)
        #expect(throws: ArchivingError.badWARC(source: "\(path)#0", reason: "not a WARC file")) { try reader.next() }
    }

    @Test func aTruncatedRecordIsAnErrorAfterTheGoodOnes() throws {
        var warc = WARCBuilder()
        warc.response("https://news.example.com/a", body: StoryPages.bytes(1))
        warc.response("https://news.example.com/b", body: StoryPages.bytes(2))
        let cut = Array(warc.plain.dropLast(200))
        let path = try folder.write("cut.warc", cut)
        let reader = try WARCReader(path: path)
        guard case .page(let first) = try reader.next() else {
            Issue.record("the first record was not read")
            return
        }
        #expect(first.targetURI == "https://news.example.com/a")
        #expect(throws: ArchivingError.self) { try reader.next() }
    }

    @Test func aCorruptGzipMemberIsABadGzipFile() throws {
        var bytes = try Self.crawl().gzippedPerRecord()
        for index in 400..<500 { bytes[index] ^= 0x5A }
        let path = try folder.write("corrupt.warc.gz", bytes)
        let reader = try WARCReader(path: path)
        #expect {
            while try reader.next() != nil {}
        } throws: { error in
            guard case ArchivingError.compressed(let failedPath, _) = error else { return false }
            return failedPath == path
        }
    }
}
