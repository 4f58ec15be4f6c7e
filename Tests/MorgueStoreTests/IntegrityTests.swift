import Foundation
import GRDB
import Testing
@testable import MorgueStore

@Suite("Integrity")
struct IntegrityTests {
    @Test("a used archive passes every integrity check")
    func sound() throws {
        let folder = try TemporaryFolder()
        let archive = try Archive(path: folder.file("archive.sqlite"))
        try archive.archive(article: Fixtures.fullArticle(), capture: Fixtures.capture("<p>1</p>"))
        try archive.archive(article: Fixtures.fullArticle(), capture: Fixtures.capture("<p>2</p>"))
        _ = try archive.archive([
            Fixtures.item(title: "A", text: "aaa", html: "<p>a</p>"),
            Fixtures.item(title: "B", text: "bbb", html: "<p>b</p>"),
        ])
        #expect(try archive.integrityProblems() == [])
    }

    @Test("a search index out of step with the articles is reported")
    func staleSearchIndex() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("archive.sqlite")
        let archive = try Archive(path: path)
        try archive.archive(article: Fixtures.fullArticle(), capture: Fixtures.capture("<p>1</p>"))
        try DatabaseQueue(path: path).write { db in
            try db.execute(sql: "DROP TRIGGER article_search_after_update")
            try db.execute(sql: "UPDATE article SET text = 'replaced behind the index''s back'")
        }

        let problems = try archive.integrityProblems()
        #expect(problems.count == 1)
        #expect(problems.first?.contains("search index") == true)
    }

    @Test("a capture pointing at a missing article is reported")
    func danglingCapture() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("archive.sqlite")
        let archive = try Archive(path: path)
        try archive.archive(article: Fixtures.fullArticle(), capture: Fixtures.capture("<p>1</p>"))
        var configuration = Configuration()
        configuration.foreignKeysEnabled = false
        try DatabaseQueue(path: path, configuration: configuration).write { db in
            try db.execute(sql: "UPDATE capture SET article_id = 999")
        }

        let problems = try archive.integrityProblems()
        #expect(problems.contains { $0.contains("capture") && $0.contains("article") })
    }
}
