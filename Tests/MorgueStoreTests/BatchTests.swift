import Foundation
import Testing
@testable import MorgueStore

@Suite("Batch writes")
struct BatchTests {
    @Test("a batch returns one outcome per item, in order, later items seeing earlier ones")
    func outcomes() throws {
        let folder = try TemporaryFolder()
        let archive = try Archive(path: folder.file("archive.sqlite"))
        let items = [
            Fixtures.item(title: "One", text: "first story", html: "<p>1</p>"),
            Fixtures.item(title: "Two", text: "second story", html: "<p>2</p>"),
            Fixtures.item(title: "One", text: "first story", html: "<p>1</p>"),
            Fixtures.item(title: "One", text: "first story", html: "<p>1 again</p>"),
        ]

        let outcomes = try archive.archive(items)

        #expect(outcomes.count == 4)
        guard outcomes.count == 4 else { return }
        #expect(outcomes[0] == .archived(articleID: outcomes[0].articleID))
        #expect(outcomes[1] == .archived(articleID: outcomes[1].articleID))
        #expect(outcomes[0].articleID != outcomes[1].articleID)
        #expect(outcomes[2] == .alreadyArchived(articleID: outcomes[0].articleID))
        #expect(outcomes[3] == .newCapture(articleID: outcomes[0].articleID))
        #expect(try archive.count == 2)
        #expect(try archive.captureCount == 3)
    }

    @Test("a failing item rolls the whole batch back and is named in the error")
    func atomic() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("archive.sqlite")
        let archive = try Archive(path: path)
        try archive.archive(article: Fixtures.fullArticle(), capture: Fixtures.capture("<p>before</p>"))
        var broken = Fixtures.item(title: "Broken", text: "impossible status", html: "<p>broken</p>")
        broken.capture.httpStatus = 1000
        let items = [
            Fixtures.item(title: "Good", text: "a good story", html: "<p>good</p>"),
            broken,
            Fixtures.item(title: "Late", text: "never reached", html: "<p>late</p>"),
        ]

        let error = #expect(throws: StoreError.self) { try archive.archive(items) }

        guard case .batchItemFailed(let errorPath, let index, let source, _)? = error else {
            Issue.record("expected batchItemFailed, got \(String(describing: error))")
            return
        }
        #expect(errorPath == path)
        #expect(index == 1)
        #expect(source == "https://example.com/page")
        #expect(try archive.count == 1)
        #expect(try archive.captureCount == 1)
        #expect(try archive.search("good story").isEmpty)
        #expect(try !archive.hasCapture(sha256: items[0].capture.sha256))
        #expect(try archive.integrityProblems().isEmpty)
    }

    @Test("an empty batch writes nothing")
    func empty() throws {
        let folder = try TemporaryFolder()
        let archive = try Archive(path: folder.file("archive.sqlite"))
        #expect(try archive.archive([]).isEmpty)
        #expect(try archive.count == 0)
    }
}
