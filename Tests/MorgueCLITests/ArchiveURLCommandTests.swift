import MorgueTestSupport
import Foundation
import Testing

/// `morgue archive URL` against a server on the loopback interface.
@Suite struct ArchiveURLCommandTests {
    let sandbox: Sandbox

    init() throws {
        sandbox = try Sandbox()
    }

    @Test func archivesALivePageUnderItsFinalURL() throws {
        let story = try Fixtures.bytes("reuters-dateline")
        let server = try LoopbackServer { request, _ in
            switch request.path {
            case "/s/1": return .redirect(to: "/business/story.html", status: 301)
            case "/business/story.html":
                return .response(status: 200, headers: [("Content-Type", "text/html; charset=utf-8")], body: story)
            default: return .html("missing", status: 404)
            }
        }
        defer { server.stop() }
        let url = server.url("/s/1")
        let run = try sandbox.morgue("archive", url)
        #expect(run.status == 0, "\(run)")
        #expect(run.stderr.isEmpty, "\(run)")
        #expect(run.stdoutLines.count == 1 && run.stdout.hasPrefix("\(url): archived #1: "), "\(run)")
        #expect(server.requests.first?.headers["user-agent"]?.hasPrefix("morgue/") == true)

        let shown = try Readers.object(try sandbox.morgue("show", "1", "--format", "json").stdout)
        #expect(shown["url"] as? String == server.url("/business/story.html"))

        let again = try sandbox.morgue("archive", url)
        #expect(again.status == 0, "\(again)")
        #expect(again.stdoutLines == ["\(url): already archived as #1"], "\(again)")
    }

    @Test func aMissingPageIsOneLineOnStderr() throws {
        let server = try LoopbackServer { _, _ in .html("<html><body>gone</body></html>", status: 404) }
        defer { server.stop() }
        let url = server.url("/gone")
        let run = try sandbox.morgue("archive", url)
        #expect(run.status == 1, "\(run)")
        #expect(run.stdout.isEmpty, "\(run)")
        #expect(run.stderrLines == ["\(url): the server answered HTTP 404"], "\(run)")
    }

    @Test func aPDFIsRefusedAsNotHTML() throws {
        let server = try LoopbackServer { _, _ in
            .response(status: 200, headers: [("Content-Type", "application/pdf")], body: Array("%PDF-1.7\n".utf8))
        }
        defer { server.stop() }
        let url = server.url("/report.pdf")
        let run = try sandbox.morgue("archive", url)
        #expect(run.status == 1, "\(run)")
        #expect(run.stdout.isEmpty, "\(run)")
        #expect(run.stderrLines.count == 1, "\(run)")
        #expect(run.stderr.hasPrefix("\(url): not an HTML page"), "\(run)")
    }
}
