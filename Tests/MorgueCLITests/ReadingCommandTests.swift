import Foundation
import Testing

/// `morgue list` and `morgue show` over an archive the test fills.
@Suite struct ReadingCommandTests {
    let sandbox: Sandbox

    init() throws {
        sandbox = try Sandbox()
    }

    /// Archives the stories one run each and returns the titles `archive` reported, by id.
    func archiveStories() throws -> [Int: String] {
        var titles: [Int: String] = [:]
        for (index, name) in Fixtures.stories.enumerated() {
            let page = try sandbox.copyFixture(name)
            let run = try sandbox.morgue("archive", page, "--url", "https://news.example.com/\(name)")
            let prefix = "archived #\(index + 1): "
            let line = try #require(run.stdoutLines.first, "\(run)")
            #expect(line.hasPrefix(prefix), "\(run)")
            titles[index + 1] = String(line.dropFirst(prefix.count))
        }
        return titles
    }

    @Test func listShowsIDsAndTitlesNewestFirst() throws {
        let titles = try archiveStories()
        let run = try sandbox.morgue("list")
        #expect(run.status == 0, "\(run)")
        #expect(run.stderr.isEmpty, "\(run)")
        #expect(run.stdoutLines.compactMap(Readers.listedID) == [3, 2, 1], "\(run)")
        #expect(run.stdoutLines.map(Readers.listedTitle) == [titles[3], titles[2], titles[1]], "\(run)")
        // The site column shows the page's site name, or the URL's host when the page names none.
        for (line, id) in zip(run.stdoutLines, [3, 2, 1]) {
            let shown = try sandbox.morgue("show", String(id), "--format", "json")
            let object = try #require(try JSONSerialization.jsonObject(with: Data(shown.stdout.utf8)) as? [String: Any])
            let site = (object["site_name"] as? String) ?? "news.example.com"
            #expect(line.contains(String(site.prefix(20))), "\(line) should name \(site)")
        }
    }

    @Test func listLimitAndAnEmptyArchive() throws {
        #expect(try sandbox.morgue("list").stdout.isEmpty)
        _ = try archiveStories()
        let run = try sandbox.morgue("list", "--limit", "2")
        #expect(run.stdoutLines.compactMap(Readers.listedID) == [3, 2], "\(run)")
    }

    @Test func showJSONIsTheStoredArticle() throws {
        let titles = try archiveStories()
        let run = try sandbox.morgue("show", "2", "--format", "json")
        #expect(run.status == 0, "\(run)")
        #expect(run.stderr.isEmpty, "\(run)")
        let shown = try Readers.object(run.stdout)
        #expect(shown["id"] as? Int == 2)
        #expect(shown["title"] as? String == titles[2])
        #expect(shown["url"] as? String == "https://news.example.com/\(Fixtures.stories[1])")
        #expect(shown["is_article"] as? Bool == true)
        #expect(shown["archived_at"] is String)

        // The same record as the export, and the same article as extracting the page again.
        let exported = try Readers.objects(try sandbox.morgue("export", "--format", "json").stdout)
        let record = try #require(exported.first { $0["id"] as? Int == 2 })
        #expect(try Readers.canonical(shown) == Readers.canonical(record))
        let page = sandbox.file(Fixtures.stories[1] + ".html")
        var extracted = try Readers.object(
            try sandbox.morgue("extract", page, "--url", "https://news.example.com/\(Fixtures.stories[1])", "--format", "json").stdout)
        extracted["id"] = 2
        extracted["archived_at"] = shown["archived_at"]
        #expect(try Readers.canonical(shown) == Readers.canonical(extracted))
    }

    @Test func showMarkdownHasFrontMatterAndTheHeadline() throws {
        let titles = try archiveStories()
        let run = try sandbox.morgue("show", "1", "--format", "markdown")
        #expect(run.status == 0, "\(run)")
        #expect(run.stderr.isEmpty, "\(run)")
        let document = try #require(Readers.frontMatter(run.stdout), "\(run)")
        #expect(document.scalars["title"] == titles[1])
        #expect(document.scalars["archive_id"] == "1")
        #expect(document.scalars["url"] == "https://news.example.com/\(Fixtures.stories[0])")
        let shown = try Readers.object(try sandbox.morgue("show", "1", "--format", "json").stdout)
        #expect(document.scalars["content_hash"] == shown["content_hash"] as? String)
        let headline = try #require(document.body.split(separator: "\n").first { !$0.isEmpty })
        #expect(headline.hasPrefix("# "))
        #expect(Readers.unescapingMarkdown(String(headline.dropFirst(2))) == titles[1])
    }

    @Test func showTextHasTheHeadlineThenTheStory() throws {
        let titles = try archiveStories()
        let run = try sandbox.morgue("show", "3", "--format", "text")
        #expect(run.status == 0, "\(run)")
        #expect(run.stderr.isEmpty, "\(run)")
        #expect(run.stdoutLines.first == titles[3])
        let shown = try Readers.object(try sandbox.morgue("show", "3", "--format", "json").stdout)
        let firstParagraph = try #require((shown["text"] as? String)?.components(separatedBy: "\n\n").first)
        #expect(run.stdout.contains(firstParagraph))
        #expect(try sandbox.morgue("show", "3").stdout == run.stdout, "text is the default format")
    }
}
