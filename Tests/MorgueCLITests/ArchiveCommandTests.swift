import Foundation
import Testing

/// `morgue archive`: saved files, their provenance, repeats, and the archive location.
@Suite struct ArchiveCommandTests {
    let sandbox: Sandbox

    init() throws {
        sandbox = try Sandbox()
    }

    @Test func archivesAFileThenFindsItAlreadyArchived() throws {
        let page = try sandbox.copyFixture("ap-wire-story", as: "story.html")
        let url = "https://news.example.com/2024/05/01/wildland-firefighters"
        let extracted = try Readers.object(try sandbox.morgue("extract", page, "--url", url, "--format", "json").stdout)
        let title = try #require(extracted["title"] as? String)

        let first = try sandbox.morgue("archive", page, "--url", url)
        #expect(first.status == 0, "\(first)")
        #expect(first.stdoutLines == ["archived #1: \(title)"], "\(first)")
        #expect(first.stderr.isEmpty, "\(first)")

        let second = try sandbox.morgue("archive", page, "--url", url)
        #expect(second.status == 0, "\(second)")
        #expect(second.stdoutLines == ["\(page): already archived as #1"], "\(second)")
        #expect(second.stderr.isEmpty, "\(second)")

        let list = try sandbox.morgue("list")
        #expect(list.status == 0, "\(list)")
        #expect(list.stdoutLines.count == 1, "\(list)")
        #expect(list.stdoutLines.first.flatMap(Readers.listedID) == 1)
        #expect(list.stdoutLines.first.map(Readers.listedTitle) == title)
    }

    @Test func recordsTheGivenURLAsTheArticlesURL() throws {
        let page = try sandbox.copyFixture("no-byline")
        let url = "https://www.example.gov/news/leaf-collection"
        #expect(try sandbox.morgue("archive", page, "--url", url).status == 0)
        let shown = try Readers.object(try sandbox.morgue("show", "1", "--format", "json").stdout)
        #expect(shown["url"] as? String == url)
    }

    @Test func recordsTheSavedFromCommentWhenNoURLIsGiven() throws {
        let saved = "https://www.example.org/local/2024/06/02/council.html"
        let page = try sandbox.write(
            "saved.html", Array("<!-- saved from url=(\(String(format: "%04d", saved.count)))\(saved) -->\n".utf8)
                + Fixtures.bytes("no-byline"))
        #expect(try sandbox.morgue("archive", page).status == 0)
        let shown = try Readers.object(try sandbox.morgue("show", "1", "--format", "json").stdout)
        #expect(shown["url"] as? String == saved)
    }

    @Test func usesTheArchiveNamedByMorgueDB() throws {
        let page = try sandbox.copyFixture("no-byline")
        let run = try sandbox.morgue("archive", page)
        #expect(run.status == 0, "\(run)")
        #expect(FileManager.default.fileExists(atPath: sandbox.db))
        #expect(!FileManager.default.fileExists(atPath: sandbox.file("xdg-data/morgue/archive.sqlite")))
    }

    @Test func dbOptionWinsOverMorgueDB() throws {
        let page = try sandbox.copyFixture("no-byline")
        let other = sandbox.file("other/archive.sqlite")
        let run = try sandbox.morgue("archive", page, "--db", other)
        #expect(run.status == 0, "\(run)")
        #expect(FileManager.default.fileExists(atPath: other))
        #expect(!FileManager.default.fileExists(atPath: sandbox.db))
        #expect(try sandbox.morgue("list", "--db", other).stdoutLines.count == 1)
        #expect(try sandbox.morgue("list").stdoutLines.isEmpty)
    }

    @Test func withoutMorgueDBTheArchiveIsUnderXDGDataHome() throws {
        let page = try sandbox.copyFixture("no-byline")
        let run = try sandbox.morgue("archive", page, environment: ["MORGUE_DB": ""])
        #expect(run.status == 0, "\(run)")
        #expect(FileManager.default.fileExists(atPath: sandbox.file("xdg-data/morgue/archive.sqlite")))
    }

    @Test func aSectionFrontIsNotStoredAndExitsWithOne() throws {
        let page = try sandbox.copyFixture(Fixtures.sectionFront, as: "front.html")
        let run = try sandbox.morgue("archive", page)
        #expect(run.status == 1, "\(run)")
        #expect(run.stdout.isEmpty, "\(run)")
        #expect(run.stderrLines.count == 1, "\(run)")
        #expect(run.stderr.hasPrefix("\(page): not an article"), "\(run)")
        #expect(run.stderr.contains("--keep-non-articles"), "\(run)")
        #expect(try sandbox.morgue("list").stdoutLines.isEmpty)

        let kept = try sandbox.morgue("archive", page, "--keep-non-articles")
        #expect(kept.status == 0, "\(kept)")
        #expect(kept.stdout.hasPrefix("archived #1: "), "\(kept)")
        #expect(try sandbox.morgue("list").stdoutLines.count == 1)
    }

    @Test func severalPagesGetALineEachAndASummary() throws {
        let one = try sandbox.copyFixture("ap-wire-story")
        let two = try sandbox.copyFixture("reuters-dateline")
        let empty = try sandbox.write("empty.html", [])
        let run = try sandbox.morgue("archive", one, two, empty, one)
        #expect(run.status == 1, "\(run)")
        #expect(run.stdoutLines.count == 3, "\(run)")
        #expect(run.stdoutLines[0].hasPrefix("archived #1: "), "\(run)")
        #expect(run.stdoutLines[1].hasPrefix("archived #2: "), "\(run)")
        #expect(run.stdoutLines[2] == "\(one): already archived as #1", "\(run)")
        #expect(run.stderrLines == [
            "\(empty): empty page",
            "archived 2, already archived 1, skipped 0, failed 1 (empty page: 1)",
        ], "\(run)")
    }
}
