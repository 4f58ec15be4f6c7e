import Foundation
import Testing

/// What a user sees for the usual mistakes: a clear one-line error on
/// stderr, nothing on stdout, and exit code 1 (2 for a usage error).
@Suite struct BadInputTests {
    let sandbox: Sandbox

    init() throws {
        sandbox = try Sandbox()
    }

    /// Checks the one-line error and that nothing was archived.
    func expectOneLineError(_ run: MorgueRun, naming subject: String, saying reason: String) throws {
        #expect(run.status == 1, "\(run)")
        #expect(run.stdout.isEmpty, "\(run)")
        #expect(run.stderrLines.count == 1, "\(run)")
        #expect(run.stderr.hasPrefix(subject + ": "), "\(run)")
        #expect(run.stderr.contains(reason), "\(run)")
        #expect(try sandbox.morgue("list").stdoutLines.isEmpty)
    }

    @Test func aMissingFile() throws {
        let path = sandbox.file("nowhere/story.html")
        try expectOneLineError(try sandbox.morgue("archive", path), naming: path, saying: "no such file")
    }

    @Test func anEmptyFile() throws {
        let path = try sandbox.write("empty.html", [])
        try expectOneLineError(try sandbox.morgue("archive", path), naming: path, saying: "empty page")
    }

    @Test func aBinaryFile() throws {
        let path = try sandbox.write("photo.html", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + Array(repeating: 0, count: 120))
        try expectOneLineError(try sandbox.morgue("archive", path), naming: path, saying: "binary file")
    }

    @Test func aFolderGivenToArchive() throws {
        let folder = sandbox.file("pages")
        try sandbox.copyFixture("no-byline", as: "pages/one.html")
        let run = try sandbox.morgue("archive", folder)
        try expectOneLineError(run, naming: folder, saying: "is a folder")
        #expect(run.stderr.contains("morgue import"), "\(run)")
    }

    @Test func anUnreachableURL() throws {
        // Nothing listens on the discard port.
        let url = "http://127.0.0.1:9/"
        try expectOneLineError(try sandbox.morgue("archive", url, "--timeout", "5"), naming: url, saying: "cannot reach the server")
    }

    @Test func anFTPURL() throws {
        let url = "ftp://ftp.example.com/pub/story.html"
        try expectOneLineError(try sandbox.morgue("archive", url), naming: url, saying: "only http and https")
    }

    @Test func aCorruptGzipFile() throws {
        let path = try sandbox.write("story.html.gz", [0x1F, 0x8B, 0x08, 0x00, 0x01, 0x02, 0x03, 0x04, 0x05])
        try expectOneLineError(try sandbox.morgue("archive", path), naming: path, saying: "bad gzip file")
    }

    @Test func extractOfAMissingEmptyOrBinaryFile() throws {
        let missing = sandbox.file("gone.html")
        let empty = try sandbox.write("empty.html", [])
        let binary = try sandbox.write("photo.html", [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10] + Array(repeating: 0, count: 64))
        for (path, reason) in [(missing, "no such file"), (empty, "empty page"), (binary, "binary file")] {
            try expectOneLineError(try sandbox.morgue("extract", path), naming: path, saying: reason)
        }
    }

    @Test func aFeedSavedAsAPageIsRefusedByExtractAndImport() throws {
        let feed = try sandbox.write("headlines.html", """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0"><channel><title>Headlines</title>
            <item><title>Harbour reopens</title><link>https://example.com/harbour</link><description>The quay is open again.</description></item>
            </channel></rss>
            """)
        try expectOneLineError(try sandbox.morgue("extract", feed), naming: feed, saying: "an RSS or Atom feed, not an HTML page")
        // The second import recalls the failure from the archive's import records, with the same reason.
        for _ in 1...2 {
            let run = try sandbox.morgue("import", feed)
            #expect(run.status == 1, "\(run)")
            #expect(run.stderr.contains("failed 1 (a feed, not a page: 1)"), "\(run)")
        }
        #expect(try sandbox.morgue("list").stdout.isEmpty)
    }

    @Test func showOfAnIDThatIsNotThere() throws {
        let run = try sandbox.morgue("show", "42")
        #expect(run.status == 1, "\(run)")
        #expect(run.stdout.isEmpty, "\(run)")
        #expect(run.stderrLines == ["no article #42 in \(sandbox.db)"], "\(run)")
    }

    @Test func anArchiveThatIsNotAnArchive() throws {
        let notAnArchive = try sandbox.write("notes.sqlite", "these are my notes, not a database\n")
        let run = try sandbox.morgue("list", "--db", notAnArchive)
        #expect(run.status == 1, "\(run)")
        #expect(run.stdout.isEmpty, "\(run)")
        #expect(run.stderrLines.count == 1, "\(run)")
        #expect(run.stderr.contains(notAnArchive), "\(run)")
    }
}

/// Usage errors: exit code 2, the error and a usage line on stderr, nothing on stdout.
@Suite struct UsageErrorTests {
    let sandbox: Sandbox

    init() throws {
        sandbox = try Sandbox()
    }

    func expectUsageError(_ run: MorgueRun, mentioning words: String) {
        #expect(run.status == 2, "\(run)")
        #expect(run.stdout.isEmpty, "\(run)")
        #expect(run.stderrLines.first?.hasPrefix("Error: ") == true, "\(run)")
        #expect(run.stderrLines.first?.contains(words) == true, "\(run)")
        #expect(run.stderrLines.contains { $0.hasPrefix("Usage: morgue") }, "\(run)")
    }

    @Test func anUnknownSubcommand() throws {
        expectUsageError(try sandbox.morgue("frobnicate"), mentioning: "frobnicate")
    }

    @Test func anUnknownOption() throws {
        expectUsageError(try sandbox.morgue("list", "--colour"), mentioning: "--colour")
    }

    @Test func aBadOptionValue() throws {
        expectUsageError(try sandbox.morgue("list", "--limit", "0"), mentioning: "--limit")
        expectUsageError(try sandbox.morgue("show", "abc"), mentioning: "abc")
        expectUsageError(try sandbox.morgue("export", "--format", "pdf"), mentioning: "pdf")
    }

    @Test func archiveWithNothingToArchive() throws {
        expectUsageError(try sandbox.morgue("archive"), mentioning: "saved page or URL")
    }

    @Test func urlWithMoreThanOneFile() throws {
        let one = try sandbox.copyFixture("no-byline")
        let two = try sandbox.copyFixture("reuters-dateline")
        expectUsageError(try sandbox.morgue("archive", one, two, "--url", "https://example.com/a"), mentioning: "--url")
        #expect(!FileManager.default.fileExists(atPath: sandbox.db))
    }

    @Test func aProvenanceThatIsNotAWebURL() throws {
        let page = try sandbox.copyFixture("no-byline")
        for url in ["news.example.com/story", "file:///etc/passwd", "https://", "not a url"] {
            expectUsageError(try sandbox.morgue("archive", page, "--url", url), mentioning: "--url")
            expectUsageError(try sandbox.morgue("extract", page, "--url", url), mentioning: "--url")
        }
        #expect(!FileManager.default.fileExists(atPath: sandbox.db))
    }

    @Test func markdownExportWithoutAFolder() throws {
        expectUsageError(try sandbox.morgue("export", "--format", "markdown"), mentioning: "--out")
    }

    @Test func helpGoesToStdout() throws {
        let run = try sandbox.morgue("--help")
        #expect(run.status == 0, "\(run)")
        #expect(run.stdout.contains("USAGE: morgue"), "\(run)")
        #expect(run.stderr.isEmpty, "\(run)")
    }
}
