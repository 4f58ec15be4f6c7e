import Testing
@testable import MorgueFetch

@Suite struct HTMLContentTypeTests {
    @Test(arguments: ["text/html", "text/html; charset=utf-8", "TEXT/HTML;charset=ISO-8859-1", " text/html ", "application/xhtml+xml"])
    func htmlTypesAreAccepted(contentType: String) {
        #expect(HTMLContentType.classify(contentType) == .html)
    }

    @Test(arguments: ["application/pdf", "image/jpeg", "application/json", "text/plain", "text/htmlx", "application/octet-stream"])
    func otherTypesAreNot(contentType: String) {
        #expect(HTMLContentType.classify(contentType) == .other)
    }

    @Test func missingOrEmptyTypeIsUnknown() {
        #expect(HTMLContentType.classify(nil) == .unknown)
        #expect(HTMLContentType.classify("") == .unknown)
        #expect(HTMLContentType.classify("  ; charset=utf-8") == .unknown)
    }

    @Test(arguments: [
        "<!DOCTYPE html><html>", "\n\n  <html lang=en>", "\u{FEFF}<html>", "<HEAD><title>x</title>",
        "<p>text", "<!-- comment -->", "<div class=a>", "<Body>",
    ])
    func htmlBodiesSniffAsHTML(start: String) {
        #expect(HTMLContentType.sniffsAsHTML(Array(start.utf8)))
    }

    @Test(arguments: ["%PDF-1.7", "{\"a\": 1}", "GIF89a", "<?xml version=\"1.0\"?><rss>", "<pre>x", "<html", "plain text <html>"])
    func otherBodiesDoNot(start: String) {
        #expect(!HTMLContentType.sniffsAsHTML(Array(start.utf8)))
    }
}
