import Foundation
import Testing

/// `morgue extract --format ndjson`: many pages in one run.
@Suite struct ExtractNDJSONTests {
    let sandbox: Sandbox

    init() throws {
        sandbox = try Sandbox()
    }

    @Test func oneArticleALineForAFolderAndFilesABadPageNamedOnStderr() throws {
        for (index, name) in Fixtures.stories.enumerated() {
            try sandbox.copyFixture(name, as: "saved/\(index)-\(name).html")
        }
        let bad = try sandbox.write("saved/1-logo.html", [0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10] + Array(repeating: 0, count: 100))
        let loose = try sandbox.write("loose.html", Pages.story(title: "A loose page", seed: 3))
        let run = try sandbox.morgue("extract", sandbox.file("saved"), loose, "--format", "ndjson")
        #expect(run.status == 1, "\(run)")
        #expect(run.stderrLines == ["\(bad): binary file, not an HTML page"], "\(run)")
        let lines = run.stdoutLines
        #expect(lines.count == 4, "\(run)")
        let articles = try lines.map(Readers.object)
        // In the order of the files, each the same article `extract --format json` prints.
        for (index, name) in Fixtures.stories.enumerated() {
            let single = try Readers.object(try sandbox.morgue("extract", sandbox.file("saved/\(index)-\(name).html")).stdout)
            #expect(try Readers.canonical(articles[index]) == Readers.canonical(single))
        }
        #expect(articles[3]["title"] as? String == "A loose page")
        #expect(lines.allSatisfy { $0.hasPrefix("{\"title\":") }, "keys keep the article's order")
    }

    @Test func aGoodRunExitsWithZero() throws {
        let one = try sandbox.write("one.html", Pages.story(title: "First", seed: 1))
        let two = try sandbox.write("two.html", Pages.story(title: "Second", seed: 2))
        let run = try sandbox.morgue("extract", one, two, "--format", "ndjson")
        #expect(run.status == 0, "\(run)")
        #expect(try run.stdoutLines.map { try Readers.object($0)["title"] as? String } == ["First", "Second"])
        #expect(run.stderr.isEmpty)
    }

    @Test func severalPagesNeedNDJSON() throws {
        let one = try sandbox.write("one.html", Pages.story(title: "First", seed: 1))
        let run = try sandbox.morgue("extract", one, one, "--format", "json")
        #expect(run.status == 2, "\(run)")
        #expect(run.stderr.contains("--format ndjson"), "\(run)")
    }

    @Test func aMissingPathIsNamedAndTheRestGoOn() throws {
        let one = try sandbox.write("one.html", Pages.story(title: "First", seed: 1))
        let missing = sandbox.file("missing")
        let run = try sandbox.morgue("extract", missing, one, "--format", "ndjson")
        #expect(run.status == 1, "\(run)")
        #expect(run.stderrLines == ["\(missing): no such file or folder"], "\(run)")
        #expect(run.stdoutLines.count == 1)
    }
}
