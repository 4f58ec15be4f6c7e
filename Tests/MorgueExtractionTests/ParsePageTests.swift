import Testing
import MorgueDOM
@testable import MorgueExtraction

@Suite struct ParsePageTests {
    @Test func refusesEmptyAndBinaryInput() {
        #expect(throws: ExtractionError.empty) { try ParsePage.run(PageInput(bytes: Array("  \n ".utf8))) }
        #expect(throws: ExtractionError.binary) { try ParsePage.run(PageInput(bytes: [0x89, 0x50, 0x4E, 0x47, 0, 0, 1])) }
    }

    @Test func refusesFeedsButNotPagesThatMentionOne() throws {
        let rss = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Headlines</title>"
            + "<item><title>Harbour reopens</title><link>https://example.com/1</link></item></channel></rss>"
        #expect(throws: ExtractionError.feed) { try ParsePage.run(PageInput(bytes: Array(rss.utf8))) }
        let atom = "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Headlines</title></feed>"
        #expect(throws: ExtractionError.feed) { try ParsePage.run(PageInput(bytes: Array(atom.utf8))) }
        let page = "<!doctype html><html><body><p>Subscribe: <code>&lt;rss&gt;</code> or <a href=\"/feed\">feed</a></p></body></html>"
        #expect(try ParsePage.run(PageInput(bytes: Array(page.utf8))).body != nil)
    }

    @Test func aNulByteLateInThePageDoesNotEndTheDocument() throws {
        let head = "<html><body><p>first paragraph</p>" + String(repeating: " ", count: ParsePage.sniffLength)
        let bytes = Array(head.utf8) + [0, 0] + Array("<p>second paragraph</p></body></html>".utf8)
        let document = try ParsePage.run(PageInput(bytes: bytes))
        let text = TextNormalization.collapse(document.body?.textContent ?? "")
        #expect(text == "first paragraph second paragraph")
    }
}
