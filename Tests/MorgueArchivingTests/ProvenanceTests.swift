import Foundation
import MorgueStore
import Testing
@testable import MorgueArchiving

/// Where saved pages came from: the URL and date their saving tool wrote,
/// else their own canonical URL; the same story saved twice is one article.
@Suite struct ProvenanceTests {
    let folder: TemporaryFolder
    let archive: Archive

    init() throws {
        folder = try TemporaryFolder()
        archive = try Archive(path: folder.file("archive.sqlite"))
    }

    func onlyCapture() throws -> CaptureSummary {
        let summary = try #require(try archive.list(limit: 2).first)
        return try #require(try archive.captures(articleID: summary.id).first)
    }

    @Test func theCanonicalURLIsTheCapturesURLWhenNothingElseIs() throws {
        let canonical = "https://news.example.com/2024/05/01/budget.html"
        let path = try folder.write("budget.html", StoryPages.bytes(1, head: "<link rel=\"canonical\" href=\"\(canonical)\">"))
        _ = try Archiver(archive: archive).archiveFile(path)
        #expect(try onlyCapture().requestedURL == canonical)
    }

    @Test func theOpenGraphURLServesWhenThereIsNoCanonicalLink() throws {
        let url = "https://news.example.com/2024/05/01/og.html"
        let path = try folder.write("og.html", StoryPages.bytes(2, head: "<meta property=\"og:url\" content=\"\(url)\">"))
        _ = ParallelImporter(archive: archive).run([path])
        #expect(try onlyCapture().requestedURL == url)
    }

    @Test func theSavedFromCommentWinsOverTheCanonicalURL() throws {
        let saved = "https://www.example.org/amp/budget"
        let comment = "<!-- saved from url=(\(String(format: "%04d", saved.count)))\(saved) -->\n"
        let path = try folder.write("saved.html", StoryPages.bytes(
            3, head: "<link rel=\"canonical\" href=\"https://www.example.org/budget\">", prefix: comment))
        _ = ParallelImporter(archive: archive).run([path])
        #expect(try onlyCapture().requestedURL == saved)
    }

    @Test func singleFilesURLAndSaveDateAreTheCapturesURLAndFetchTime() throws {
        let header = """
            <!--
             Page saved with SingleFile\u{20}
             url: https://www.example.net/world/2024/06/01/flood-story.html\u{20}
             saved date: Sat Jun 01 2024 09:15:02 GMT+0200 (Central European Summer Time)
            -->

            """
        let path = try folder.write("flood.html", StoryPages.bytes(4, prefix: header))
        _ = ParallelImporter(archive: archive).run([path])
        let capture = try onlyCapture()
        #expect(capture.requestedURL == "https://www.example.net/world/2024/06/01/flood-story.html")
        #expect(capture.fetchedAt == ISO8601DateFormatter().date(from: "2024-06-01T07:15:02Z"))
    }

    @Test func theAMPAndCanonicalCopiesOfAStoryAreOneArticleWithTwoCaptures() throws {
        let canonical = "https://news.example.com/2024/05/01/budget.html"
        let title = "County board passes budget after long hearing"
        let page = try folder.write("saved/budget.html", StoryPages.bytes(
            5, title: title, head: "<link rel=\"canonical\" href=\"\(canonical)\"><link rel=\"amphtml\" href=\"\(canonical)?amp\">"))
        let amp = try folder.write("saved/budget-amp.html", Array("""
            <!doctype html>
            <html amp lang="en">
            <head><meta charset="utf-8"><title>\(title)</title>
            <link rel="canonical" href="\(canonical)">
            <script async src="https://cdn.ampproject.org/v0.js"></script>
            <style amp-boilerplate>body{visibility:hidden}</style>
            </head>
            <body>
            <article>
            <h1>\(title)</h1>
            \(StoryPages.paragraphs.map { "<p>\($0) (Report 5.)</p>" }.joined(separator: "\n"))
            </article>
            </body>
            </html>
            """.utf8))
        let report = ParallelImporter(archive: archive).run([folder.file("saved")])
        #expect(report.batch.archived == 1)
        #expect(report.batch.newCaptures == 1)
        let article = try #require(try archive.articles(url: canonical).first)
        let captures = try archive.captures(articleID: article.id)
        #expect(Set(captures.map(\.source)) == [.file(path: page), .file(path: amp)])
        #expect(captures.allSatisfy { $0.requestedURL == canonical })
    }

    @Test func twoCopiesOfAStorySavedAtDifferentTimesAreOneArticleWithTwoCaptures() throws {
        func singleFile(_ date: String) -> String {
            "<!--\n Page saved with SingleFile \n url: https://news.example.com/s \n saved date: \(date)\n-->\n"
        }
        try folder.write("saved/monday.html", StoryPages.bytes(6, prefix: singleFile("Mon May 06 2024 10:00:00 GMT+0000 (UTC)")))
        try folder.write("saved/tuesday.html", StoryPages.bytes(6, prefix: singleFile("Tue May 07 2024 10:00:00 GMT+0000 (UTC)")))
        let report = ParallelImporter(archive: archive).run([folder.file("saved")])
        #expect(report.batch.archived == 1)
        #expect(report.batch.newCaptures == 1)
        let article = try #require(try archive.list(limit: 5).first)
        let times = try archive.captures(articleID: article.id).compactMap(\.fetchedAt)
        #expect(Set(times) == [
            ISO8601DateFormatter().date(from: "2024-05-06T10:00:00Z")!, ISO8601DateFormatter().date(from: "2024-05-07T10:00:00Z")!,
        ])
    }
}
