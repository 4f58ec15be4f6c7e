import Foundation
import MorgueStore
import Testing

/// `morgue import` at scale: stopping with Ctrl-C, surviving `kill -9`,
/// progress, the JSON summary, WARC files.
@Suite struct ImportRunTests {
    let sandbox: Sandbox
    let folder: String

    init() throws {
        sandbox = try Sandbox()
        folder = sandbox.file("saved")
    }

    /// `count` different stories.
    func writeStories(_ count: Int) throws {
        for seed in 0..<count {
            try sandbox.write("saved/\(seed % 10)/story-\(seed).html", Pages.story(title: "Budget report number \(seed)", seed: seed))
        }
    }

    /// The archive's own check, and the number of articles and captures.
    func inspectArchive() throws -> (problems: [String], articles: Int, captures: Int) {
        let archive = try Archive(path: sandbox.db)
        return (try archive.integrityProblems(), try archive.count, try archive.captureCount)
    }

    static let pageCount = 400

    @Test func ctrlCWritesThePagesInFlightPrintsTheSummaryAndExits130() throws {
        try writeStories(Self.pageCount)
        let running = try RunningMorgue(sandbox, ["import", folder, "--jobs", "2", "--batch-size", "5"])
        #expect(running.waitForStdout(containing: "archived #"), "no page was archived")
        running.send(SIGINT)
        let (run, killed) = running.finish()
        #expect(killed == nil, "\(run)")
        #expect(run.status == 130, "\(run)")
        let summary = try #require(run.stderrLines.first { $0.hasPrefix("archived ") }, "\(run)")
        let interrupted = try #require(run.stderrLines.last, "\(run)")
        #expect(interrupted.hasPrefix("interrupted after "), "\(run)")
        #expect(!interrupted.contains("after \(Self.pageCount) of"), "the import was stopped before its end: \(run)")

        // Every page listed as archived is in the archive, and nothing else.
        let listed = run.stdoutLines.filter { $0.contains("] archived #") }.count
        #expect(summary.hasPrefix("archived \(listed),"), "\(run)")
        let archive = try inspectArchive()
        #expect(archive.problems.isEmpty)
        #expect(archive.articles == listed)

        let again = try sandbox.morgue("import", folder, "--quiet", "--jobs", "2")
        #expect(again.status == 0, "\(again)")
        #expect(again.stderrLines.first == "archived \(Self.pageCount - listed), already archived \(listed), skipped 0, failed 0", "\(again)")
        let finished = try inspectArchive()
        #expect(finished.articles == Self.pageCount)
        #expect(finished.captures == Self.pageCount)
    }

    @Test func killedMidImportTheArchiveIsSoundAndTheNextRunFinishesIt() throws {
        try writeStories(Self.pageCount)
        let running = try RunningMorgue(sandbox, ["import", folder, "--jobs", "2", "--batch-size", "5"])
        #expect(running.waitForStdout(containing: "archived #"), "no page was archived")
        running.send(SIGKILL)
        let (run, killed) = running.finish()
        #expect(killed == SIGKILL, "\(run)")
        let partial = try inspectArchive()
        #expect(partial.problems.isEmpty, "integrity: \(partial.problems)")
        #expect(partial.articles > 0)
        #expect(partial.articles < Self.pageCount, "the import was killed before its end")
        #expect(partial.captures == partial.articles)

        let again = try sandbox.morgue("import", folder, "--quiet", "--jobs", "2")
        #expect(again.status == 0, "\(again)")
        #expect(again.stderrLines.first == "archived \(Self.pageCount - partial.articles), already archived \(partial.articles), skipped 0, failed 0", "\(again)")
        let finished = try inspectArchive()
        #expect(finished.problems.isEmpty)
        #expect(finished.articles == Self.pageCount)
        #expect(finished.captures == Self.pageCount, "no page was stored twice")
    }

    @Test func summaryJSONHasTheCountsAndEveryFailedAndSkippedPage() throws {
        for name in Fixtures.stories { try sandbox.copyFixture(name, as: "saved/\(name).html") }
        let empty = try sandbox.write("saved/empty.html", [])
        let front = try sandbox.copyFixture(Fixtures.sectionFront, as: "saved/front.html")
        let run = try sandbox.morgue("import", folder, "--quiet", "--summary-json", "report.json")
        #expect(run.status == 1, "\(run)")
        let summary = try Readers.object(String(decoding: try Data(contentsOf: URL(fileURLWithPath: sandbox.file("report.json"))), as: UTF8.self))
        #expect(summary["archived"] as? Int == 3)
        #expect(summary["already_archived"] as? Int == 0)
        #expect(summary["new_captures"] as? Int == 0)
        #expect(summary["skipped_count"] as? Int == 1)
        #expect(summary["failed_count"] as? Int == 1)
        #expect(summary["files_total"] as? Int == 5)
        #expect(summary["files_done"] as? Int == 5)
        #expect(summary["interrupted"] as? Bool == false)
        let failed = try #require(summary["failed"] as? [[String: Any]])
        #expect(failed.count == 1)
        #expect(failed.first?["source"] as? String == empty)
        #expect(failed.first?["reason"] as? String == "empty page")
        #expect(failed.first?["message"] as? String == "\(empty): empty page")
        let skipped = try #require(summary["skipped"] as? [[String: Any]])
        #expect(skipped.first?["source"] as? String == front)
        #expect((skipped.first?["reason"] as? String)?.hasPrefix("not an article") == true)

        let again = try sandbox.morgue("import", folder, "--quiet", "--summary-json", "again.json")
        let second = try Readers.object(String(decoding: try Data(contentsOf: URL(fileURLWithPath: sandbox.file("again.json"))), as: UTF8.self))
        #expect(again.status == 1)
        #expect(second["already_archived"] as? Int == 3)
        #expect(second["recalled"] as? Int == 5)
        #expect((second["failed"] as? [[String: Any]])?.first?["source"] as? String == empty)
    }

    @Test func progressIsPrintedAsPlainLinesWhenStderrIsNotATerminal() throws {
        try writeStories(6)
        let run = try sandbox.morgue("import", folder, "--progress-interval", "0")
        #expect(run.status == 0, "\(run)")
        let lines = run.stderrLines.filter { $0.hasPrefix("progress: ") }
        #expect(!lines.isEmpty, "\(run)")
        let pattern = #"^progress: \d/6 files, \d+\.\d articles/s, ETA (--|\d+s), 0 failed$"#
        #expect(lines.allSatisfy { $0.range(of: pattern, options: .regularExpression) != nil }, "\(lines)")
        #expect(lines.last?.hasPrefix("progress: 6/6 files") == true, "\(lines)")
        #expect(!run.stderr.contains("\r"), "no terminal redraws when stderr is not a terminal")
    }

    /// `morgue import` on a terminal (a pseudo-terminal made by `script`); stdout and stderr come back together.
    /// `NO_COLOR` is taken from `environment` only, never from the test's own.
    func importOnATerminal(environment: [String: String]) throws -> String {
        let binary = try #require(MorgueBinary.path)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
        process.arguments = ["-qec", "'\(binary)' import '\(folder)'", "/dev/null"]
        var variables = sandbox.environment(environment)
        if environment["NO_COLOR"] == nil { variables.removeValue(forKey: "NO_COLOR") }
        process.environment = variables
        let output = Pipe()
        process.standardOutput = output
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    @Test func aTerminalGetsOneLineRedrawnInPlaceWithFailuresInRed() throws {
        try writeStories(4)
        try sandbox.write("saved/empty.html", [])
        let shown = try importOnATerminal(environment: ["TERM": "xterm"])
        #expect(shown.contains("\r[####################] 5/5 files"), "\(shown.debugDescription)")
        #expect(shown.contains("\u{1B}[31m1 failed\u{1B}[0m"), "\(shown.debugDescription)")
        #expect(shown.contains("archived 4, already archived 0, skipped 0, failed 1"))
    }

    @Test func noColorKeepsTheTerminalLinePlain() throws {
        try writeStories(4)
        try sandbox.write("saved/empty.html", [])
        let shown = try importOnATerminal(environment: ["TERM": "xterm", "NO_COLOR": "1"])
        #expect(shown.contains("files"), "\(shown.debugDescription)")
        #expect(shown.contains("1 failed"), "\(shown.debugDescription)")
        #expect(!shown.contains("\u{1B}"), "\(shown.debugDescription)")
    }

    @Test func quietPrintsNoProgress() throws {
        try writeStories(6)
        let run = try sandbox.morgue("import", folder, "--quiet", "--progress-interval", "0")
        #expect(run.status == 0, "\(run)")
        #expect(run.stdout.isEmpty, "\(run)")
        #expect(run.stderrLines == ["archived 6, already archived 0, skipped 0, failed 0"], "\(run)")
    }

    @Test func importsTheHTMLResponsesOfAWARCFile() throws {
        var warc = ""
        func record(_ type: String, _ uri: String, _ block: String) {
            warc += "WARC/1.0\r\nWARC-Type: \(type)\r\nWARC-Date: 2024-05-01T12:00:00Z\r\nWARC-Target-URI: \(uri)\r\n"
            warc += "Content-Type: application/http; msgtype=\(type)\r\nContent-Length: \(block.utf8.count)\r\n\r\n\(block)\r\n\r\n"
        }
        for seed in 0..<3 {
            let uri = "https://news.example.com/\(seed)"
            let body = Pages.story(title: "Crawled story \(seed)", seed: seed)
            record("request", uri, "GET /\(seed) HTTP/1.1\r\nHost: news.example.com\r\n\r\n")
            record("response", uri, "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + body)
        }
        let path = try sandbox.write("crawl.warc", warc)
        let run = try sandbox.morgue("import", path)
        #expect(run.status == 0, "\(run)")
        #expect(run.stdoutLines.filter { $0.hasPrefix("[1/1] archived #") }.count == 3, "\(run)")
        #expect(run.stderrLines == ["archived 3, already archived 0, skipped 0, failed 0, WARC records not pages 3 (request record: 3)"], "\(run)")
        let listed = try sandbox.morgue("list")
        #expect(listed.stdoutLines.contains { $0.contains("Crawled story 1") }, "\(listed)")
    }

    @Test func theParserSaysNothingOnStderrFromExtractionThreads() throws {
        // Bytes windows-1252 leaves undefined make libxml2 report a conversion error.
        let paragraph = Array("<p>Council members met on Tuesday to settle the budget for the year ahead, after a long hearing.".utf8)
            + [0x81, 0x8D, 0x8F, 0x90, 0x9D] + Array("</p>".utf8)
        for index in 0..<4 {
            let page = Array("<html><head><meta charset=\"windows-1252\"><title>Page \(index)</title></head><body><article>".utf8)
                + Array(repeating: paragraph, count: 6).flatMap { $0 } + Array("</article></body></html>".utf8)
            try sandbox.write("saved/page-\(index).html", page)
        }
        let run = try sandbox.morgue("import", folder, "--jobs", "2", "--quiet", "--keep-non-articles")
        #expect(run.stderrLines.count == 1, "\(run)")
        #expect(run.stderrLines.first?.hasPrefix("archived ") == true, "\(run)")
    }

    @Test func helpNamesJobsAndTheSummaryFile() throws {
        let run = try sandbox.morgue("import", "--help")
        #expect(run.stdout.contains("--jobs"), "\(run)")
        #expect(run.stdout.contains("--summary-json"), "\(run)")
        #expect(!run.stdout.contains("--batch-size"), "internal options stay hidden")
    }

    @Test func jobsBelowOneIsAUsageError() throws {
        let run = try sandbox.morgue("import", folder, "--jobs", "0")
        #expect(run.status == 2, "\(run)")
    }
}
