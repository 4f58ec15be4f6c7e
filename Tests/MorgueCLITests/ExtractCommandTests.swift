import Foundation
import Testing

/// `morgue extract`: prints the article, stores nothing.
@Suite struct ExtractCommandTests {
    let sandbox: Sandbox

    init() throws {
        sandbox = try Sandbox()
    }

    /// No archive appeared, neither the one `MORGUE_DB` names nor the default.
    func expectNothingStored() {
        #expect(!FileManager.default.fileExists(atPath: sandbox.db))
        #expect(!FileManager.default.fileExists(atPath: sandbox.file("xdg-data")))
    }

    @Test func jsonIsTheArticle() throws {
        let page = try sandbox.copyFixture("reuters-dateline")
        let run = try sandbox.morgue("extract", page, "--url", "https://news.example.com/story", "--format", "json")
        #expect(run.status == 0, "\(run)")
        #expect(run.stderr.isEmpty, "\(run)")
        let article = try Readers.object(run.stdout)
        #expect(article["id"] == nil)
        #expect(article["archived_at"] == nil)
        #expect(article["url"] as? String == "https://news.example.com/story")
        #expect(article["is_article"] as? Bool == true)
        #expect(((article["text"] as? String)?.count ?? 0) > 200)
        #expect((article["title"] as? String)?.isEmpty == false)
        #expect(try sandbox.morgue("extract", page, "--url", "https://news.example.com/story").stdout == run.stdout,
                "json is the default format")
        expectNothingStored()
    }

    @Test func markdownHasFrontMatterAndTheHeadline() throws {
        let page = try sandbox.copyFixture("no-byline")
        let title = try Readers.object(try sandbox.morgue("extract", page).stdout)["title"] as? String
        let run = try sandbox.morgue("extract", page, "--format", "markdown")
        #expect(run.status == 0, "\(run)")
        #expect(run.stderr.isEmpty, "\(run)")
        let document = try #require(Readers.frontMatter(run.stdout), "\(run)")
        #expect(document.scalars["title"] == title)
        #expect(document.scalars["archive_id"] == nil)
        let headline = try #require(document.body.split(separator: "\n").first { !$0.isEmpty })
        #expect(Readers.unescapingMarkdown(String(headline.dropFirst(2))) == title)
        expectNothingStored()
    }

    @Test func textStartsWithTheHeadline() throws {
        let page = try sandbox.copyFixture("ap-wire-story")
        let article = try Readers.object(try sandbox.morgue("extract", page).stdout)
        let run = try sandbox.morgue("extract", page, "--format", "text")
        #expect(run.status == 0, "\(run)")
        #expect(run.stderr.isEmpty, "\(run)")
        #expect(run.stdoutLines.first == article["title"] as? String)
        let firstParagraph = try #require((article["text"] as? String)?.components(separatedBy: "\n\n").first)
        #expect(run.stdout.contains(firstParagraph))
        expectNothingStored()
    }

    @Test func aSectionFrontIsPrintedAsNotAnArticle() throws {
        let page = try sandbox.copyFixture(Fixtures.sectionFront)
        let run = try sandbox.morgue("extract", page)
        #expect(run.status == 0, "\(run)")
        let article = try Readers.object(run.stdout)
        #expect(article["is_article"] as? Bool == false)
        #expect((article["notes"] as? [String])?.isEmpty == false)
        expectNothingStored()
    }

    @Test func explainAddsWhatWasDropped() throws {
        let page = try sandbox.copyFixture("ap-wire-story")
        let run = try sandbox.morgue("extract", page, "--explain")
        #expect(run.status == 0, "\(run)")
        let article = try Readers.object(run.stdout)
        #expect((article["removed"] as? [[String: Any]])?.isEmpty == false)
        #expect((article["content_roots"] as? [String])?.isEmpty == false)
        // The article's fields print as `--format json` prints them, in the contract's order, the explanation after.
        let plain = try sandbox.morgue("extract", page, "--format", "json")
        let body = String(plain.stdout.dropLast(2))  // "\n}\n" closes the plain document
        #expect(run.stdout.hasPrefix(body.dropLast()))
        #expect(run.stdout.contains("\"removed\""))
        expectNothingStored()
    }
}
