import MorgueTestSupport
import Foundation
import Testing

/// `morgue archive` with URLs, `--from` lists and the fetching flags, run
/// as a program against a loopback server.
@Suite struct ArchiveURLsCommandTests {
    private func server() throws -> LoopbackServer {
        try LoopbackServer { request, _ in
            request.path == "/missing" ? .html("gone", status: 404) : FetchingCLI.story(request.path)
        }
    }

    @Test func aListFileWithCommentsAndBlankLines() async throws {
        let server = try server()
        defer { server.stop() }
        let db = try FetchingCLI.temporaryArchive()
        let list = (db as NSString).deletingLastPathComponent + "/urls.txt"
        try """
            # morning list
            \(server.url("/a"))

               \(server.url("/b"))   # second
            # \(server.url("/commented"))
            \(server.url("/c"))
            """.write(toFile: list, atomically: true, encoding: .utf8)
        let result = try await FetchingCLI.run(["archive", "--from", list, "--db", db, "--delay", "0"])
        #expect(result.status == 0)
        for path in ["/a", "/b", "/c"] {
            #expect(result.stdout.contains("\(server.url(path)): archived #"), "\(path)")
            #expect(server.hits(path) == 1)
        }
        #expect(server.hits("/commented") == 0)
        #expect(result.stderr.contains("archived 3, already archived 0, skipped 0, failed 0"))
    }

    @Test func aListOnStandardInput() async throws {
        let server = try server()
        defer { server.stop() }
        let db = try FetchingCLI.temporaryArchive()
        let result = try await FetchingCLI.run(
            ["archive", "--from", "-", "--db", db, "--delay", "0"], stdin: "\(server.url("/x"))\n# done\n")
        #expect(result.status == 0)
        #expect(result.stdout.contains("\(server.url("/x")): archived #"))
    }

    @Test func aFailedURLMakesTheExitCodeOneAndIsNamedInTheSummary() async throws {
        let server = try server()
        defer { server.stop() }
        let result = try await FetchingCLI.run([
            "archive", server.url("/ok"), server.url("/missing"), "--db", try FetchingCLI.temporaryArchive(), "--delay", "0",
        ])
        #expect(result.status == 1)
        #expect(result.stderr.contains("\(server.url("/missing")): the server answered HTTP 404"))
        #expect(result.stderr.contains("failed 1 (HTTP 404: 1)"))
    }

    @Test func theSameURLAgainIsAlreadyArchived() async throws {
        let server = try server()
        defer { server.stop() }
        let db = try FetchingCLI.temporaryArchive()
        _ = try await FetchingCLI.run(["archive", server.url("/same"), "--db", db])
        let again = try await FetchingCLI.run(["archive", server.url("/same"), "--db", db])
        #expect(again.status == 0)
        #expect(again.stdout == "\(server.url("/same")): already archived as #1\n")
    }

    @Test func fetchingFlagsReachTheFetcher() async throws {
        let server = try server()
        defer { server.stop() }
        let db = try FetchingCLI.temporaryArchive()
        let agent = try await FetchingCLI.run(["archive", server.url("/agent"), "--db", db, "--user-agent", "newsroom-bot/3"])
        #expect(agent.status == 0)
        #expect(server.requests.last?.headers["user-agent"] == "newsroom-bot/3")
        let small = try await FetchingCLI.run(["archive", server.url("/big"), "--db", db, "--max-size", "1KB"])
        #expect(small.status == 1)
        #expect(small.stderr.contains("larger than the 1 KB limit"))
    }

    @Test(arguments: [
        ["--jobs", "0"], ["--per-host", "0"], ["--delay", "-1"], ["--max-size", "lots"], ["--timeout", "0"],
        ["--max-redirects", "-1"], ["--user-agent", ""],
    ])
    func badFlagsAreUsageErrors(flags: [String]) async throws {
        let result = try await FetchingCLI.run(["archive", "http://127.0.0.1:9/x", "--db", try FetchingCLI.temporaryArchive()] + flags)
        #expect(result.status == 2)
    }

    @Test func aMissingListFileIsAClearError() async throws {
        let result = try await FetchingCLI.run(["archive", "--from", "/nonexistent/urls.txt", "--db", try FetchingCLI.temporaryArchive()])
        #expect(result.status == 1)
        #expect(result.stderr == "/nonexistent/urls.txt: no such file (the list of URLs for --from)\n")
    }

    @Test func nothingToArchiveIsAUsageError() async throws {
        let result = try await FetchingCLI.run(["archive", "--db", try FetchingCLI.temporaryArchive()])
        #expect(result.status == 2)
    }
}
