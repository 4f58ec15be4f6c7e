import Foundation
import Testing
@testable import MorgueStore

@Suite("Listing and walking the archive")
struct ListingTests {
    private func archiveOfFive(_ folder: TemporaryFolder, clock: @escaping @Sendable () -> Date) throws -> (Archive, [Int64]) {
        let archive = try Archive(path: folder.file("archive.sqlite"), now: clock)
        var ids: [Int64] = []
        for n in 1...5 {
            ids.append(try archive.archive(
                article: Fixtures.article(title: "Story \(n)", text: "text \(n)", url: "https://example.com/\(n)"),
                capture: Fixtures.capture("<p>\(n)</p>")
            ).articleID)
        }
        return (archive, ids)
    }

    @Test("the listing is newest first and pages with limit and offset")
    func newestFirst() throws {
        let folder = try TemporaryFolder()
        let (archive, ids) = try archiveOfFive(folder, clock: SteppingClock().now)

        #expect(try archive.list(limit: 10).map(\.id) == ids.reversed())
        #expect(try archive.list(limit: 2).map(\.id) == [ids[4], ids[3]])
        #expect(try archive.list(limit: 2, offset: 2).map(\.id) == [ids[2], ids[1]])
        #expect(try archive.list(limit: 2, offset: 4).map(\.id) == [ids[0]])
        let first = try #require(try archive.list(limit: 1).first)
        #expect(first.title == "Story 5")
        #expect(first.url == "https://example.com/5")
    }

    @Test("articles archived in the same instant list by id, newest first")
    func sameInstant() throws {
        let folder = try TemporaryFolder()
        let instant = Date(timeIntervalSince1970: 1_700_000_000)
        let (archive, ids) = try archiveOfFive(folder, clock: { instant })
        #expect(try archive.list(limit: 10).map(\.id) == ids.reversed())
    }

    @Test("walking every article visits each once, oldest first, across pages")
    func walk() throws {
        let folder = try TemporaryFolder()
        let (archive, ids) = try archiveOfFive(folder, clock: SteppingClock().now)

        for pageSize in [1, 2, 5, 100] {
            var articles = archive.allArticles(pageSize: pageSize)
            var seen: [Int64] = []
            while let stored = try articles.next() {
                seen.append(stored.id)
                #expect(stored.article.title == "Story \(seen.count)")
                #expect(stored.captures.count == 1)
            }
            #expect(seen == ids, "page size \(pageSize)")
            #expect(try articles.next() == nil)
        }
    }

    @Test("walking an empty archive ends at once")
    func walkEmpty() throws {
        let folder = try TemporaryFolder()
        let archive = try Archive(path: folder.file("archive.sqlite"))
        var articles = archive.allArticles()
        #expect(try articles.next() == nil)
    }

    @Test("count follows articles, captureCount follows captures")
    func counts() throws {
        let folder = try TemporaryFolder()
        let (archive, _) = try archiveOfFive(folder, clock: SteppingClock().now)
        try archive.archive(
            article: Fixtures.article(title: "Story 1", text: "text 1"), capture: Fixtures.capture("<p>1 mirror</p>"))
        #expect(try archive.count == 5)
        #expect(try archive.captureCount == 6)
    }

    @Test("an article is found by its canonical URL as well as its URL")
    func byCanonicalURL() throws {
        let folder = try TemporaryFolder()
        let archive = try Archive(path: folder.file("archive.sqlite"))
        let article = Fixtures.fullArticle()
        let id = try archive.archive(article: article, capture: Fixtures.capture("<p>u</p>")).articleID

        #expect(try archive.articles(url: try #require(article.url)).map(\.id) == [id])
        #expect(try archive.articles(url: try #require(article.canonicalURL)).map(\.id) == [id])
        #expect(try archive.articles(url: "https://example.com/nothing").isEmpty)
    }
}
