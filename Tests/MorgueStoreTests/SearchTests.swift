import Foundation
import Testing
@testable import MorgueStore

@Suite("Full-text search")
struct SearchTests {
    /// An archive holding three articles, and their ids.
    private func populated(_ folder: TemporaryFolder) throws -> (Archive, [String: Int64]) {
        let archive = try Archive(path: folder.file("archive.sqlite"), now: SteppingClock().now)
        let items: [(String, String, String)] = [
            ("stats", "中国经济数据", "国家统计局周二公布的数据显示，工业产出增长。"),
            ("climate", "Glaciers retreat faster", "Scientists said warming oceans are melting glaciers."),
            ("budget", "Council passes budget", "The city council voted 7-2 on the 100% plan (final_vote)."),
        ]
        var ids: [String: Int64] = [:]
        for (key, title, text) in items {
            ids[key] = try archive.archive(
                article: Fixtures.article(title: title, text: text), capture: Fixtures.capture("<p>\(key)</p>")
            ).articleID
        }
        return (archive, ids)
    }

    @Test("a Chinese word inside a longer compound is found")
    func cjkSubstring() throws {
        let folder = try TemporaryFolder()
        let (archive, ids) = try populated(folder)
        #expect(try archive.search("统计局").map(\.id) == [ids["stats"]!])
    }

    @Test("an English word is found in the text, whatever its case")
    func englishWord() throws {
        let folder = try TemporaryFolder()
        let (archive, ids) = try populated(folder)
        #expect(try archive.search("warming").map(\.id) == [ids["climate"]!])
        #expect(try archive.search("GLACIERS").map(\.id) == [ids["climate"]!])
    }

    @Test("a word of the title is found")
    func titleWord() throws {
        let folder = try TemporaryFolder()
        let (archive, ids) = try populated(folder)
        #expect(try archive.search("Council").map(\.id) == [ids["budget"]!])
    }

    @Test("every term must appear")
    func allTerms() throws {
        let folder = try TemporaryFolder()
        let (archive, ids) = try populated(folder)
        #expect(try archive.search("glaciers oceans").map(\.id) == [ids["climate"]!])
        #expect(try archive.search("glaciers budget").isEmpty)
    }

    @Test("terms shorter than three characters still match as substrings")
    func shortTerms() throws {
        let folder = try TemporaryFolder()
        let (archive, ids) = try populated(folder)
        #expect(try archive.search("7-").map(\.id) == [ids["budget"]!])
        #expect(try archive.search("经济").map(\.id) == [ids["stats"]!])
    }

    @Test("search syntax and LIKE wildcards in the query are taken literally")
    func hostileQuery() throws {
        let folder = try TemporaryFolder()
        let (archive, ids) = try populated(folder)
        #expect(try archive.search("100%").map(\.id) == [ids["budget"]!])
        #expect(try archive.search("%").map(\.id) == [ids["budget"]!])
        #expect(try archive.search("l_").map(\.id) == [ids["budget"]!])
        #expect(try archive.search("\"warming oceans\"").map(\.id) == [ids["climate"]!])
        #expect(try archive.search("\"oceans warming\"").isEmpty)
        #expect(try archive.search("NEAR( OR * ^").isEmpty)
        #expect(try archive.search("title:Council").isEmpty)
    }

    @Test("an empty query finds nothing")
    func emptyQuery() throws {
        let folder = try TemporaryFolder()
        let (archive, _) = try populated(folder)
        #expect(try archive.search("   ").isEmpty)
        #expect(try archive.search("\"\"").isEmpty)
    }

    @Test("the result rows summarise the article")
    func summaryRows() throws {
        let folder = try TemporaryFolder()
        let (archive, ids) = try populated(folder)
        let hit = try #require(try archive.search("glaciers").first)
        #expect(hit.id == ids["climate"])
        #expect(hit.title == "Glaciers retreat faster")
    }

    @Test("the limit caps the results")
    func limit() throws {
        let folder = try TemporaryFolder()
        let (archive, _) = try populated(folder)
        #expect(try archive.search("e").count == 2)
        #expect(try archive.search("e", limit: 1).count == 1)
    }
}

@Suite("Search query parsing")
struct SearchQueryTests {
    @Test("spaces separate terms; quotes group them")
    func terms() {
        #expect(SearchQuery("  prime   minister ").terms == ["prime", "minister"])
        #expect(SearchQuery("\"prime minister\" resigns").terms == ["prime minister", "resigns"])
        #expect(SearchQuery("\"unclosed quote").terms == ["unclosed quote"])
    }

    @Test("the FTS5 expression quotes every term")
    func matchExpression() {
        #expect(SearchQuery("统计局 warming").matchExpression == "\"统计局\" AND \"warming\"")
        #expect(SearchQuery("ab").matchExpression == nil)
    }

    @Test("LIKE patterns escape wildcards")
    func likePattern() {
        #expect(SearchQuery.likePattern("5%_a\\") == "%5\\%\\_a\\\\%")
    }
}
