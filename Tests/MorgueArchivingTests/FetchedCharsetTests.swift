import MorgueTestSupport
import Foundation
import MorgueFetch
import MorgueStore
import Testing
@testable import MorgueArchiving

/// Pages whose charset only the HTTP header gives, or gives wrongly.
@Suite struct FetchedCharsetTests {
    /// Archives one page served with `contentType` and returns the stored article's text.
    private func archivedText(_ body: [UInt8], contentType: String) async throws -> String? {
        let server = try LoopbackServer { _, _ in .response(status: 200, headers: [("Content-Type", contentType)], body: body) }
        defer { server.stop() }
        let archive = try Archive.temporary()
        let result = try await Archiver(archive: archive).archiveURL(server.url("/page"), fetcher: Fetcher(options: FetchTestOptions.quick))
        guard case .archived(let id, _) = result else {
            Issue.record("expected the page archived, got \(result)")
            return nil
        }
        return try archive.article(id: id)?.article.text
    }

    /// A story page whose first paragraph is `quote`, in bytes as given,
    /// after `prefix` (a byte-order mark); `meta` goes in the head.
    private func page(quote: [UInt8], prefix: [UInt8] = [], meta: String = "") -> [UInt8] {
        let story = StoryPages.html(title: "Charset", slug: "charset", extra: "<p>QUOTE</p>")
            .replacingOccurrences(of: "<head>", with: "<head>" + meta)
        let parts = story.components(separatedBy: "QUOTE")
        return prefix + Array(parts[0].utf8) + quote + Array(parts[1].utf8)
    }

    /// “Mayor’s plan” — approved, café; in windows-1252 bytes.
    private let windows1252Quote: [UInt8] = [0x93] + Array("Mayor".utf8) + [0x92] + Array("s plan".utf8) + [0x94, 0x20, 0x97]
        + Array(" approved, caf".utf8) + [0xE9]
    private let decodedQuote = "\u{201C}Mayor\u{2019}s plan\u{201D} \u{2014} approved, café"

    @Test(arguments: ["text/html; charset=windows-1252", "text/html; charset=ISO-8859-1"])
    func windows1252DeclaredOnlyInTheHeader(contentType: String) async throws {
        let text = try #require(try await archivedText(page(quote: windows1252Quote), contentType: contentType))
        #expect(text.contains(decodedQuote))
    }

    @Test func theHeaderWinsOverAMetaTagThatSaysOtherwise() async throws {
        let body = page(quote: windows1252Quote, meta: "<meta charset=\"utf-8\">")
        let text = try #require(try await archivedText(body, contentType: "text/html; charset=windows-1252"))
        #expect(text.contains(decodedQuote))
    }

    @Test func aByteOrderMarkWinsOverTheHeader() async throws {
        let body = page(quote: Array(decodedQuote.utf8), prefix: [0xEF, 0xBB, 0xBF])
        let text = try #require(try await archivedText(body, contentType: "text/html; charset=windows-1252"))
        #expect(text.contains(decodedQuote))
    }

    @Test func withoutACharsetInTheHeaderTheMetaTagDecides() async throws {
        // "Привет, мир" in KOI8-R.
        let koi8r: [UInt8] = [0xF0, 0xD2, 0xC9, 0xD7, 0xC5, 0xD4, 0x2C, 0x20, 0xCD, 0xC9, 0xD2]
        let body = page(quote: koi8r, meta: "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=koi8-r\">")
        let text = try #require(try await archivedText(body, contentType: "text/html"))
        #expect(text.contains("Привет, мир"))
    }

    @Test func aPageTheHeaderCallsUTF8ThatIsNotStillDecodes() async throws {
        // Latin-1 "é" (0xE9) and a stray continuation byte inside otherwise UTF-8 text.
        let quote = Array("Before caf".utf8) + [0xE9] + Array(" and ".utf8) + [0x80] + Array(" after: naïve “quotes”".utf8)
        let text = try #require(try await archivedText(page(quote: quote), contentType: "text/html; charset=utf-8"))
        // Each bad byte becomes U+FFFD, as in a browser; the rest stays UTF-8.
        #expect(text.contains("Before caf\u{FFFD} and \u{FFFD} after: naïve “quotes”"))
        #expect(text.contains("Paragraph 5 of the charset story"))
    }
}
