import Foundation
import Testing

/// `morgue export` as Markdown files, a JSON array and NDJSON.
@Suite struct ExportCommandTests {
    let sandbox: Sandbox

    init() throws {
        sandbox = try Sandbox()
        for name in Fixtures.stories {
            let run = try sandbox.morgue("archive", try sandbox.copyFixture(name))
            #expect(run.status == 0, "\(run)")
        }
    }

    /// The archive's ids and titles, as `list` shows them.
    func listed() throws -> [Int: String] {
        var titles: [Int: String] = [:]
        for row in try sandbox.morgue("list").stdoutLines {
            titles[try #require(Readers.listedID(row))] = Readers.listedTitle(row)
        }
        return titles
    }

    @Test func markdownWritesOneDatedFilePerArticle() throws {
        let out = sandbox.file("clips")
        let run = try sandbox.morgue("export", "--format", "markdown", "--out", out)
        #expect(run.status == 0, "\(run)")
        #expect(run.stdout.isEmpty, "\(run)")
        #expect(run.stderrLines == ["exported 3 articles to \(out)"], "\(run)")

        let names = try FileManager.default.contentsOfDirectory(atPath: out).sorted()
        #expect(names.count == 3)
        let titles = try listed()
        var ids: [Int] = []
        for name in names {
            #expect(name.range(of: #"^\d{4}-\d{2}-\d{2}-[a-z0-9]+(-[a-z0-9]+)*\.md$"#, options: .regularExpression) != nil, "\(name)")
            let day = String(name.prefix(10))
            #expect(Self.isCalendarDay(day), "\(name)")
            let text = try String(contentsOfFile: out + "/" + name, encoding: .utf8)
            let document = try #require(Readers.frontMatter(text), "no valid front matter in \(name)")
            let id = try #require(document.scalars["archive_id"].flatMap { Int($0) }, "\(name)")
            ids.append(id)
            #expect(document.scalars["title"] == titles[id])
            #expect(document.scalars["content_hash"]?.count == 64)
            let archivedDay = try #require(document.scalars["archived"]?.prefix(10))
            #expect(day == document.scalars["published"].map { String($0.prefix(10)) } ?? String(archivedDay), "\(name)")
        }
        #expect(ids.sorted() == [1, 2, 3])
    }

    @Test func exportingMarkdownAgainReplacesTheSameFiles() throws {
        let out = sandbox.file("clips")
        _ = try sandbox.morgue("export", "--format", "markdown", "--out", out)
        let first = try FileManager.default.contentsOfDirectory(atPath: out).sorted()
        let again = try sandbox.morgue("export", "--format", "markdown", "--out", out)
        #expect(again.status == 0, "\(again)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: out).sorted() == first)
    }

    @Test func jsonIsAnArrayOfTheArchivedArticles() throws {
        let run = try sandbox.morgue("export", "--format", "json")
        #expect(run.status == 0, "\(run)")
        #expect(run.stderr.isEmpty, "\(run)")
        let records = try Readers.objects(run.stdout)
        let titles = try listed()
        #expect(records.compactMap { $0["id"] as? Int }.sorted() == [1, 2, 3])
        for record in records {
            let id = try #require(record["id"] as? Int)
            #expect(record["title"] as? String == titles[id])
            #expect(record["text"] is String)
        }
        #expect(try sandbox.morgue("export").stdout == run.stdout, "json is the default format")
    }

    @Test func jsonGoesToTheFileOutNames() throws {
        let file = sandbox.file("archive.json")
        let run = try sandbox.morgue("export", "--format", "json", "--out", file)
        #expect(run.status == 0, "\(run)")
        #expect(run.stdout.isEmpty, "\(run)")
        #expect(try Readers.objects(try String(contentsOfFile: file, encoding: .utf8)).count == 3)
    }

    @Test func ndjsonIsOneObjectPerLine() throws {
        let run = try sandbox.morgue("export", "--format", "ndjson")
        #expect(run.status == 0, "\(run)")
        #expect(run.stderr.isEmpty, "\(run)")
        #expect(run.stdout.hasSuffix("\n"))
        let lines = run.stdoutLines
        #expect(lines.count == 3)
        let records = try lines.map(Readers.object)
        #expect(records.compactMap { $0["id"] as? Int } == [1, 2, 3])
        let array = try Readers.objects(try sandbox.morgue("export", "--format", "json").stdout)
        for (line, element) in zip(records, array) {
            #expect(try Readers.canonical(line) == Readers.canonical(element))
        }
    }

    @Test func anEmptyArchiveExportsAnEmptyArray() throws {
        let empty = try Sandbox()
        let run = try empty.morgue("export", "--format", "json")
        #expect(run.status == 0, "\(run)")
        #expect(try Readers.objects(run.stdout).isEmpty)
        #expect(try empty.morgue("export", "--format", "ndjson").stdout.isEmpty)
    }

    @Test func markdownIntoAFileIsRefused() throws {
        let file = try sandbox.write("notes.txt", "mine")
        let run = try sandbox.morgue("export", "--format", "markdown", "--out", file)
        #expect(run.status == 1, "\(run)")
        #expect(run.stdout.isEmpty, "\(run)")
        #expect(run.stderrLines.count == 1, "\(run)")
        #expect(run.stderr.contains(file), "\(run)")
        #expect(try String(contentsOfFile: file, encoding: .utf8) == "mine")
    }

    static func isCalendarDay(_ text: String) -> Bool {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd"
        return formatter.date(from: text).map { formatter.string(from: $0) == text } ?? false
    }
}
